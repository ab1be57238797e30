import { useState } from 'preact/hooks';
import { t, tn } from '../../lib/i18n';
import { similarity, wordCount } from '../../lib/letters';
import { BidiText } from './BidiText';
import { FieldError } from './FieldError';
import { LetterLang } from './LetterLang';
import { SafetyNotice } from './SafetyNotice';
import { SendActions } from './SendActions';
import { SimilarityMeter } from './SimilarityMeter';
import type { ComposerModel } from './useComposer';

/** Props of the live preview. */
export interface LetterPreviewProps {
  model: ComposerModel;
  compact: boolean;
}

/** Live preview, one tab per recipient, with word count, similarity meter and send actions. */
export function LetterPreview({ model, compact }: LetterPreviewProps) {
  const { letters } = model;
  const [active, setActive] = useState(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  const allSent = letters.length > 0 && letters.every((l) => model.handoffs[l.recipient.id]?.sent);
  if (!letters.length) {
    return (
      <section class="tlc-section tlc-preview" aria-labelledby="tlc-h-preview">
        <h2 id="tlc-h-preview" class="tlc-h2">
          {t('composer_preview')}
        </h2>
        {model.draft.country ? <LetterLang model={model} /> : null}
        <p class="tlc-hint">{t('composer_preview_empty')}</p>
        <FieldError
          issue={model.attempted ? model.issues.find((i) => i.code === 'no_recipient') : undefined}
        />
      </section>
    );
  }
  const i = Math.min(active, letters.length - 1);
  const rl = letters[i]!;
  const words = wordCount(rl.letter.body);
  const sim = similarity(rl.letter.body, rl.template.body);
  const letterIssues = model.attempted
    ? model.issues.filter((x) => x.recipientId === rl.recipient.id && x.field !== 'recipients')
    : [];

  const onKey = (e: KeyboardEvent) => {
    const n = letters.length;
    const next =
      e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : -1;
    if (next < 0) return;
    e.preventDefault();
    setActive(next);
    (document.getElementById(`tlc-tab-${next}`) as HTMLElement | null)?.focus();
  };

  const rid = rl.recipient.id;
  const editing = editingId === rid;
  const body = editing ? (
    <div class="tlc-edit" id="tlc-tabpanel" role={letters.length > 1 ? 'tabpanel' : undefined}>
      <label class="tlc-field">
        <span class="tlc-label">{t('composer_subject')}</span>
        <input
          type="text"
          value={rl.letter.subject}
          dir={rl.letter.dir}
          lang={rl.letter.lang}
          onInput={(e) =>
            model.editLetter(rid, {
              subject: (e.currentTarget as HTMLInputElement).value,
              body: rl.letter.body,
            })
          }
          data-testid="edit-subject"
        />
      </label>
      <label class="tlc-field">
        <span class="tlc-label">{t('composer_letter_text')}</span>
        <textarea
          class="tlc-edit-body"
          rows={compact ? 12 : 24}
          value={rl.letter.body}
          dir={rl.letter.dir}
          lang={rl.letter.lang}
          onInput={(e) =>
            model.editLetter(rid, {
              subject: rl.letter.subject,
              body: (e.currentTarget as HTMLTextAreaElement).value,
            })
          }
          data-testid="edit-body"
        />
      </label>
    </div>
  ) : (
    <div
      class="tlc-paper"
      role={letters.length > 1 ? 'tabpanel' : undefined}
      id="tlc-tabpanel"
      aria-labelledby={letters.length > 1 ? `tlc-tab-${i}` : undefined}
      lang={rl.letter.lang}
      dir={rl.letter.dir}
      tabIndex={0}
      data-testid="preview"
    >
      <p class="tlc-paper-subject">
        <span class="tl-visually-hidden">{t('composer_subject')}: </span>
        <BidiText text={rl.letter.subject} />
      </p>
      {rl.letter.body.split('\n\n').map((p, k) => (
        <p key={k}>
          <BidiText text={p} />
        </p>
      ))}
    </div>
  );
  const editBar = (
    <div class="tlc-row tlc-edit-bar">
      <button
        type="button"
        class="tlc-btn tlc-btn--small"
        aria-pressed={editing}
        onClick={() => setEditingId(editing ? null : rid)}
        data-testid="edit-toggle"
      >
        {editing ? t('composer_edit_done') : t('composer_edit')}
      </button>
      {rl.edited ? (
        <>
          <span class="tlc-small tlc-muted">
            {rl.generated.body === rl.letter.body && rl.generated.subject === rl.letter.subject
              ? t('composer_edited_same')
              : t('composer_edited')}
          </span>
          <button
            type="button"
            class="tlc-btn tlc-btn--small tlc-btn--link"
            onClick={() => {
              model.editLetter(rid, null);
              setEditingId(null);
            }}
          >
            {t('composer_edit_reset')}
          </button>
        </>
      ) : null}
    </div>
  );

  return (
    <section class="tlc-section tlc-preview" aria-labelledby="tlc-h-preview">
      <h2 id="tlc-h-preview" class="tlc-h2">
        {tn('composer_preview_n', letters.length)}
      </h2>
      <LetterLang model={model} />
      {letters.length > 1 ? (
        <div class="tlc-tabs" role="tablist" aria-label={t('composer_preview_tabs')}>
          {letters.map((l, k) => (
            <button
              key={l.recipient.id}
              id={`tlc-tab-${k}`}
              type="button"
              role="tab"
              aria-selected={k === i}
              aria-controls="tlc-tabpanel"
              tabIndex={k === i ? 0 : -1}
              class="tlc-tab"
              onClick={() => setActive(k)}
              onKeyDown={onKey}
            >
              {model.handoffs[l.recipient.id]?.sent ? '✓ ' : ''}
              {l.recipient.name}
            </button>
          ))}
        </div>
      ) : null}
      {compact && !editing ? (
        <details class="tlc-collapse">
          <summary>{t('composer_preview_show', { name: rl.recipient.name })}</summary>
          {body}
        </details>
      ) : (
        body
      )}
      {editBar}
      <div class="tlc-stats">
        <span class="tlc-small tlc-muted">{tn('composer_words', words)}</span>
        <SimilarityMeter value={sim} />
      </div>
      {letterIssues.map((x) => (
        <FieldError key={x.code} issue={x} />
      ))}
      <SafetyNotice model={model} />
      {model.safety.canSend ? <SendActions model={model} rl={rl} /> : null}
      {allSent ? (
        <div class="tlc-done" role="status">
          <p>{t('composer_all_sent')}</p>
          <button type="button" class="tlc-btn" onClick={model.startOver}>
            {t('composer_start_over')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
