import { useEffect, useState } from 'preact/hooks';
import { liveQuery, recentLetters, type LetterRecord } from '../../lib/db';
import { formatDate, t } from '../../lib/i18n';

/** Props of the popup's recent-letters list. */
export interface RecentLettersProps {
  ledgerUrl?: string;
  limit?: number;
}

/** The last few letters from the ledger, kept live. */
export function RecentLetters({ ledgerUrl, limit = 5 }: RecentLettersProps) {
  const [letters, setLetters] = useState<LetterRecord[] | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => recentLetters(limit + 5)).subscribe({
      next: (ls) => setLetters(ls.filter((l) => l.state !== 'draft').slice(0, limit)),
      error: () => setLetters([]),
    });
    return () => sub.unsubscribe();
  }, [limit]);
  if (!letters?.length) return null;
  return (
    <section class="tlc-section tlc-recent" aria-labelledby="tlc-h-recent">
      <h2 id="tlc-h-recent" class="tlc-h2">
        {t('popup_recent')}
      </h2>
      <ul class="tlc-recent-list">
        {letters.map((l) => (
          <li key={l.id}>
            <span class="tlc-recipient-name">{l.recipient.name}</span>
            <span class={`tlc-badge tlc-badge--${l.state}`}>{t(`popup_state_${l.state}`)}</span>
            <span class="tlc-small tlc-muted">{formatDate(l.updatedAt)}</span>
          </li>
        ))}
      </ul>
      {ledgerUrl ? (
        <a class="tlc-link" href={ledgerUrl} target="_blank" rel="noopener">
          {t('popup_see_all')}
        </a>
      ) : null}
    </section>
  );
}
