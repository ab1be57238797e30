import { useEffect, useState } from 'preact/hooks';
import type { LetterRecord } from '../../lib/db';
import { letterDate } from '../../lib/db/dates';
import { bcp47, t, tn } from '../../lib/i18n';
import { StateBadge } from './StateBadge';

/** Props of LetterList. */
export interface LetterListProps {
  letters: LetterRecord[];
  /** How many letters match; undefined while they are still being counted. */
  total: number | undefined;
  page: number;
  pageSize: number;
  selected?: string;
  onPage: (page: number) => void;
  onOpen: (id: string) => void;
}

/**
 * The fewest CSS pixels a row can take: its padding and two lines at the pages' font size
 * (about 70 px, 44 px here to leave room for zoom and smaller fonts). A first render of
 * `innerHeight / ROW_MIN_PX` rows fills the window whatever comes above the list.
 */
const ROW_MIN_PX = 44;

/**
 * How many rows the list's first frame shows: as many as can be in the window (issue 17, tenth
 * round). Diffing and laying out all 50 rows of a page was most of the main thread's time
 * between the ledger's data and its first frame; the rest follow one frame later, below the
 * fold, so nothing above it moves.
 */
export function firstBatch(height = globalThis.innerHeight): number {
  return Math.max(1, Math.ceil((height || 0) / ROW_MIN_PX));
}

/** One page of letters (the ledger paginates, so 10,000 letters render as fast as 50). */
export function LetterList({
  letters,
  total,
  page,
  pageSize,
  selected,
  onPage,
  onOpen,
}: LetterListProps) {
  // When the list first shows, only the rows the window can hold; the rest once that frame is
  // on screen (Preact runs effects after the frame is painted). Later pages render whole.
  const [batch, setBatch] = useState<number | null>(firstBatch);
  useEffect(() => setBatch(null), []);
  const rows = batch !== null && batch < letters.length ? letters.slice(0, batch) : letters;
  // Until the count arrives the rows show without it, and without the pager.
  const pages = total === undefined ? 1 : Math.max(1, Math.ceil(total / pageSize));
  const empty = total === 0 || (page === 0 && letters.length === 0);
  // One formatter for the page, as `formatDate` would build, rather than one per row.
  const dates = new Intl.DateTimeFormat(bcp47(), { dateStyle: 'medium' });
  return (
    <section class="tll-list" aria-labelledby="tll-list-h">
      <h2 id="tll-list-h" class="tll-visually-hidden">
        {t('ledger_list_heading')}
      </h2>
      <p class="tll-count" role="status" aria-busy={total === undefined ? 'true' : undefined}>
        {total === undefined ? null : tn('ledger_count', total)}
      </p>
      {empty ? <p class="tll-empty">{t('ledger_empty_filtered')}</p> : null}
      <ul class="tll-rows">
        {rows.map((l) => (
          <li key={l.id}>
            <button
              type="button"
              class={`tll-row${l.id === selected ? ' tll-row--selected' : ''}`}
              aria-current={l.id === selected ? 'true' : undefined}
              onClick={() => onOpen(l.id)}
            >
              <span class="tll-row-main">
                <span class="tll-row-name">
                  {l.recipient.name || t('ledger_recipient_unknown')}
                </span>
                <span class="tll-row-subject">{l.subject || t('ledger_no_subject')}</span>
              </span>
              <span class="tll-row-meta">
                <StateBadge state={l.state} />
                <time dateTime={letterDate(l)}>{dates.format(new Date(letterDate(l)))}</time>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav class="tll-pager" aria-label={t('ledger_pages')}>
          <button
            type="button"
            class="tll-btn tll-btn--small"
            disabled={page === 0}
            onClick={() => onPage(page - 1)}
          >
            {t('ledger_prev')}
          </button>
          <span>{t('ledger_page_of', { page: page + 1, pages })}</span>
          <button
            type="button"
            class="tll-btn tll-btn--small"
            disabled={page >= pages - 1}
            onClick={() => onPage(page + 1)}
          >
            {t('ledger_next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
