import type { LetterRecord, ReplyRecord } from '../../lib/db';
import { followUpDueAt } from '../../lib/db/dates';
import { formatDate, t } from '../../lib/i18n';
import { StateBadge } from './StateBadge';

/** Props of LetterDetail. */
export interface LetterDetailProps {
  letter: LetterRecord;
  replies: ReplyRecord[];
  composerUrl: string;
  onClose: () => void;
  onLogReply: () => void;
  onConfirmSent: () => void;
  onDelete: () => void;
  onRemoveReply: (id: string) => void;
}

const dateTime: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** One letter in full: recipient, text, history, replies, and what can be done with it. */
export function LetterDetail(p: LetterDetailProps) {
  const l = p.letter;
  const due = followUpDueAt(l);
  const again = `${p.composerUrl}?again=${encodeURIComponent(l.id)}`;
  return (
    <article class="tll-detail" aria-labelledby="tll-detail-h">
      <header class="tll-detail-head">
        <div>
          <h2 id="tll-detail-h">{l.recipient.name || t('ledger_recipient_unknown')}</h2>
          <p class="tll-hint">
            {[l.recipient.role, l.recipient.country].filter(Boolean).join(' · ')}
            {l.recipient.email ? ` · ${l.recipient.email}` : ''}
          </p>
        </div>
        <button type="button" class="tll-btn tll-btn--small tll-btn--quiet" onClick={p.onClose}>
          {t('ledger_close')}
        </button>
      </header>
      <p>
        <StateBadge state={l.state} />{' '}
        {l.channel ? <span class="tll-hint">{t(`ledger_channel_${l.channel}`)}</span> : null}
      </p>
      <div class="tll-actions">
        <a class="tll-btn tll-btn--primary" href={again}>
          {t('ledger_write_again')}
        </a>
        {l.state === 'draft' || l.state === 'handed_off' ? (
          <button type="button" class="tll-btn" onClick={p.onConfirmSent}>
            {t('ledger_confirm_sent')}
          </button>
        ) : null}
        {l.state !== 'draft' ? (
          <button type="button" class="tll-btn" onClick={p.onLogReply}>
            {t('ledger_log_reply')}
          </button>
        ) : null}
        <button type="button" class="tll-btn tll-btn--danger" onClick={p.onDelete}>
          {t('ledger_delete')}
        </button>
      </div>
      {due ? (
        <p class="tll-hint">{t('ledger_followup_due_on', { date: formatDate(due) })}</p>
      ) : null}
      <h3>{l.subject || t('ledger_no_subject')}</h3>
      <div class="tll-body" lang={l.lang} dir="auto">
        {l.body}
      </div>
      {l.article ? (
        <p class="tll-hint">
          {t('ledger_from_article')}{' '}
          <a href={l.article.url} target="_blank" rel="noopener noreferrer">
            {l.article.title || l.article.url}
          </a>
          {l.article.outlet ? ` (${l.article.outlet})` : ''}
        </p>
      ) : null}
      <h3>{t('ledger_replies')}</h3>
      {p.replies.length === 0 ? <p class="tll-hint">{t('ledger_no_replies')}</p> : null}
      <ul class="tll-replies">
        {p.replies.map((r) => (
          <li key={r.id}>
            <p>
              <strong>{t(`ledger_reply_kind_${r.kind}`)}</strong> ·{' '}
              {formatDate(r.receivedOn.length === 10 ? `${r.receivedOn}T12:00:00Z` : r.receivedOn)}
            </p>
            {r.notes ? <p>{r.notes}</p> : null}
            {r.text ? (
              <details>
                <summary>{t('ledger_reply_show_text')}</summary>
                <div class="tll-body" dir="auto">
                  {r.text}
                </div>
              </details>
            ) : null}
            <button
              type="button"
              class="tll-btn tll-btn--small tll-btn--quiet"
              onClick={() => p.onRemoveReply(r.id)}
            >
              {t('ledger_reply_remove')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('ledger_history')}</h3>
      <ol class="tll-history">
        {l.history.map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{formatDate(h.at, undefined, dateTime)}</time> —{' '}
            {t(`ledger_history_${h.state}`)}
            {h.channel ? ` (${t(`ledger_channel_${h.channel}`)})` : ''}
          </li>
        ))}
      </ol>
    </article>
  );
}
