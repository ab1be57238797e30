import type { FollowUpAnswer, LetterRecord } from '../../lib/db';
import { formatDate, t, tn } from '../../lib/i18n';

/** Props of FollowUpList. */
export interface FollowUpListProps {
  /**
   * The due letters to list, oldest due first: the first FOLLOW_UPS_COLLAPSED (and the
   * highlighted one after them), or all of them when `all`.
   */
  due: LetterRecord[];
  /** How many are due in all. */
  total: number;
  /** Whether every due letter is asked for (the reader's "show all"). */
  all: boolean;
  onAll: (all: boolean) => void;
  highlight?: string;
  onAnswer: (letterId: string, answer: FollowUpAnswer) => void;
  onReplied: (letterId: string) => void;
  onOpen: (letterId: string) => void;
}

/** How many due follow-ups the list shows until the reader asks for all. */
export const FOLLOW_UPS_COLLAPSED = 3;

/**
 * "Did they reply?" for every letter whose follow-up is due, with the four answers. The list is
 * kept short so the ledger stays in view (the highlighted one is always shown); the caller reads
 * only the letters shown (lib/db `dueFollowUpsShown`).
 */
export function FollowUpList({
  due,
  total,
  all,
  onAll,
  highlight,
  onAnswer,
  onReplied,
  onOpen,
}: FollowUpListProps) {
  if (!due.length || !total) return null;
  // Trimmed here too, so a longer list (the answer for "all", still shown while the short one
  // is read) collapses at once.
  const shown = all ? due : due.filter((l, i) => i < FOLLOW_UPS_COLLAPSED || l.id === highlight);
  return (
    <section class="tll-followups" aria-labelledby="tll-fu-h">
      <h2 id="tll-fu-h">{tn('ledger_followups_heading', total)}</h2>
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
      {total > shown.length || all ? (
        <button
          type="button"
          class="tll-btn tll-btn--small tll-btn--quiet"
          aria-expanded={all}
          onClick={() => onAll(!all)}
        >
          {all ? t('ledger_followups_fewer') : tn('ledger_followups_all', total)}
        </button>
      ) : null}
    </section>
  );
}
