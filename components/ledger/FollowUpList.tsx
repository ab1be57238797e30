import { useState } from 'preact/hooks';
import type { FollowUpAnswer, LetterRecord } from '../../lib/db';
import { formatDate, t, tn } from '../../lib/i18n';

/** Props of FollowUpList. */
export interface FollowUpListProps {
  due: LetterRecord[];
  highlight?: string;
  onAnswer: (letterId: string, answer: FollowUpAnswer) => void;
  onReplied: (letterId: string) => void;
  onOpen: (letterId: string) => void;
}

const COLLAPSED = 3;

/** "Did they reply?" for every letter whose follow-up is due, with the four answers. */
export function FollowUpList({ due, highlight, onAnswer, onReplied, onOpen }: FollowUpListProps) {
  const [all, setAll] = useState(false);
  if (!due.length) return null;
  // Keep the list short so the ledger stays in view; the highlighted one is always shown.
  const shown = all ? due : due.filter((l, i) => i < COLLAPSED || l.id === highlight);
  return (
    <section class="tll-followups" aria-labelledby="tll-fu-h">
      <h2 id="tll-fu-h">{tn('ledger_followups_heading', due.length)}</h2>
      <ul>
        {shown.map((l) => (
          <li
            key={l.id}
            id={`tll-fu-${l.id}`}
            class={`tll-followup${l.id === highlight ? ' tll-followup--highlight' : ''}`}
          >
            <p class="tll-followup-q">
              <button type="button" class="tll-linkish" onClick={() => onOpen(l.id)}>
                {t('ledger_followup_question', {
                  name: l.recipient.name || t('ledger_recipient_unknown'),
                })}
              </button>
              <span class="tll-hint">
                {t('ledger_followup_sent_on', { date: formatDate(l.sentAt ?? l.updatedAt) })}
              </span>
            </p>
            <div class="tll-actions" role="group" aria-label={t('ledger_followup_answers')}>
              <button
                type="button"
                class="tll-btn tll-btn--small tll-btn--primary"
                onClick={() => onReplied(l.id)}
              >
                {t('ledger_followup_replied')}
              </button>
              <button
                type="button"
                class="tll-btn tll-btn--small"
                onClick={() => onAnswer(l.id, 'acknowledgement')}
              >
                {t('ledger_followup_ack')}
              </button>
              <button
                type="button"
                class="tll-btn tll-btn--small"
                onClick={() => onAnswer(l.id, 'not_yet')}
              >
                {t('ledger_followup_not_yet_long')}
              </button>
              <button
                type="button"
                class="tll-btn tll-btn--small tll-btn--quiet"
                onClick={() => onAnswer(l.id, 'stop')}
              >
                {t('ledger_followup_stop')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {due.length > shown.length || all ? (
        <button
          type="button"
          class="tll-btn tll-btn--small tll-btn--quiet"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? t('ledger_followups_fewer') : tn('ledger_followups_all', due.length)}
        </button>
      ) : null}
    </section>
  );
}
