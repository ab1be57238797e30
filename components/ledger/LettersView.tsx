import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DeletedLetter, FollowUpAnswer, LetterQuery, LetterRows } from '../../lib/db';
import { LEDGER_PAGE_SIZE } from '../../lib/db/early';
import { useLiveQuery } from '../../lib/db/hooks';
import { loadDb, type DbModule } from '../../lib/db/lazy';
import { getLang, t } from '../../lib/i18n';
import { ErrorNotice } from './ErrorNotice';
import { useLazy } from './lazy';
import { FOLLOW_UPS_COLLAPSED, FollowUpList } from './FollowUpList';
import { LetterDetail } from './LetterDetail';
import { LetterFilters } from './LetterFilters';
import { LetterList } from './LetterList';
import { ReplyDialog } from './ReplyDialog';
import type { LedgerRoute } from './route';
import { UndoToast } from './UndoToast';

const loadCampaign = () => import('../../lib/campaign');

/** The list the ledger opens on: newest first, no filter. */
const OPENING_QUERY: LetterQuery = { sort: 'newest' };
const OPENING_KEY = JSON.stringify(OPENING_QUERY);
const PAGE_SIZE = LEDGER_PAGE_SIZE;

/**
 * Read the rows the ledger opens on. The page starts this before it renders anything, in
 * parallel with its settings and strings, and hands the answer to LettersView (`openingPage`),
 * unless the `<head>` script's early read (lib/db/early.ts) has already read the same rows.
 */
export async function readOpeningPage(): Promise<LetterRows> {
  return (await loadDb()).letterPage({ ...OPENING_QUERY, offset: 0, limit: PAGE_SIZE });
}

/** Props of LettersView. */
export interface LettersViewProps {
  route: LedgerRoute;
  go: (r: LedgerRoute) => void;
  composerUrl: string;
  pageSize?: number;
  /** `readOpeningPage()`'s answer, shown until the live query has its own. */
  openingPage?: LetterRows;
}

/** The letters section: follow-ups due, search and filters, the list, and the open letter. */
export function LettersView({
  route,
  go,
  composerUrl,
  pageSize = PAGE_SIZE,
  openingPage,
}: LettersViewProps) {
  const [query, setQuery] = useState<LetterQuery>(OPENING_QUERY);
  const [page, setPage] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [undo, setUndo] = useState<DeletedLetter | null>(null);
  const [replyFor, setReplyFor] = useState<string | null>(
    route.action === 'reply' ? (route.letter ?? null) : null,
  );

  useEffect(() => {
    if (route.action === 'reply' && route.letter) setReplyFor(route.letter);
    if (route.action === 'followup' && route.letter)
      document.getElementById(`tll-fu-${route.letter}`)?.scrollIntoView({ block: 'center' });
  }, [route.letter, route.action]);

  const queryKey = JSON.stringify(query);
  const live = useLiveQuery(
    (db) => db.letterPage({ ...query, offset: page * pageSize, limit: pageSize }),
    [queryKey, page, pageSize],
  );
  const opening =
    queryKey === OPENING_KEY && page === 0 && pageSize === PAGE_SIZE ? openingPage : undefined;
  const pageQ = { value: live.value ?? opening, error: live.error };
  // The rows go first. Everything else reads many letters (thousands in a big ledger): the
  // total (an index count, unless the page had to scan and knows it), the filter menus and the
  // follow-ups. IndexedDB would run their transactions before the rows' if they started
  // together, so they start once the first page is on screen.
  const firstPaint = pageQ.value !== undefined;
  const needCount = pageQ.value?.total === null;
  const counted = useLiveQuery(
    async (db) => (needCount ? { key: queryKey, n: await db.countLetters(query) } : null),
    [queryKey, needCount],
  );
  const total =
    pageQ.value?.total ?? (counted.value?.key === queryKey ? counted.value.n : undefined);
  const facets = useLiveQuery(
    (db) => (firstPaint ? db.letterFacets() : Promise.resolve(null)),
    [firstPaint],
  );
  // Follow-ups fall due with time, not with a database change: re-ask every minute.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(id);
  }, []);
  // The follow-ups due: a count and the few the list shows (all once the reader asks), read by
  // the `followUpAt` index (schema v4), not every due letter whole (issue 17).
  const [allDue, setAllDue] = useState(false);
  const highlight = route.action === 'followup' ? route.letter : undefined;
  const due = useLiveQuery(
    (db) =>
      firstPaint
        ? db.dueFollowUpsShown({
            ...(allDue ? {} : { first: FOLLOW_UPS_COLLAPSED }),
            ...(highlight ? { include: highlight } : {}),
          })
        : Promise.resolve(undefined),
    [tick, firstPaint, allDue, highlight],
  );
  const open = useLiveQuery(
    async (db) =>
      route.letter
        ? { letter: await db.getLetter(route.letter), replies: await db.repliesFor(route.letter) }
        : null,
    [route.letter],
  );
  const replyLetter = useLiveQuery(
    async (db) => (replyFor ? db.getLetter(replyFor) : undefined),
    [replyFor],
  );
  // Country names come from the campaign data, which the first screen does not otherwise need.
  const campaign = useLazy(loadCampaign, !!facets.value?.countries.length);
  const countries = useMemo(
    () =>
      (facets.value?.countries ?? []).map((code) => ({
        code,
        name: campaign ? campaign.countryName(code, getLang()) : code,
      })),
    [facets.value, campaign],
  );

  // The buttons' writes load lib/db (already loaded by the live queries once the list shows).
  const run = async (fn: (db: DbModule) => Promise<unknown>) => {
    try {
      setError(null);
      await fn(await loadDb());
    } catch (e) {
      setError(e);
    }
  };
  const onQuery = (q: LetterQuery) => {
    setQuery(q);
    setPage(0);
  };
  const openLetter = (id: string) => go({ view: 'letters', letter: id });
  const onAnswer = (id: string, a: FollowUpAnswer) => run((db) => db.answerFollowUp(id, a));
  const onDelete = (id: string) =>
    run(async (db) => {
      const d = await db.deleteLetter(id);
      if (d) setUndo(d);
      go({ view: 'letters' });
    });

  const letter = open.value?.letter;
  return (
    <div class="tll-letters">
      <ErrorNotice error={error ?? pageQ.error} onDismiss={() => setError(null)} />
      <FollowUpList
        due={due.value?.letters ?? []}
        total={due.value?.total ?? 0}
        all={allDue}
        onAll={setAllDue}
        highlight={highlight}
        onAnswer={(id, a) => void onAnswer(id, a)}
        onReplied={(id) => setReplyFor(id)}
        onOpen={openLetter}
      />
      <LetterFilters
        query={query}
        onChange={onQuery}
        recipients={facets.value?.recipients ?? []}
        countries={countries}
      />
      <div class={`tll-split${letter ? ' tll-split--open' : ''}`}>
        {pageQ.value ? (
          <LetterList
            letters={pageQ.value.items}
            total={total}
            page={page}
            pageSize={pageSize}
            selected={route.letter}
            onPage={setPage}
            onOpen={openLetter}
          />
        ) : (
          <p class="tll-hint" aria-busy="true">
            {t('ledger_loading')}
          </p>
        )}
        {letter ? (
          <LetterDetail
            letter={letter}
            replies={open.value?.replies ?? []}
            composerUrl={composerUrl}
            onClose={() => go({ view: 'letters' })}
            onLogReply={() => setReplyFor(letter.id)}
            onConfirmSent={() => void run((db) => db.confirmSent(letter.id))}
            onDelete={() => void onDelete(letter.id)}
            onRemoveReply={(id) => void run((db) => db.removeReply(id))}
          />
        ) : route.letter && open.value ? (
          <p class="tll-hint">{t('ledger_letter_gone')}</p>
        ) : null}
      </div>
      {replyFor && replyLetter.value ? (
        <ReplyDialog
          recipientName={replyLetter.value.recipient.name || t('ledger_recipient_unknown')}
          onClose={() => setReplyFor(null)}
          onSave={(r) =>
            run(async (db) => {
              await db.logReply(replyFor, r);
              setReplyFor(null);
            })
          }
        />
      ) : null}
      {undo ? (
        <UndoToast
          message={t('ledger_deleted', {
            name: undo.letter.recipient.name || t('ledger_recipient_unknown'),
          })}
          onUndo={() =>
            void run(async (db) => {
              await db.restoreLetter(undo);
              setUndo(null);
              openLetter(undo.letter.id);
            })
          }
          onExpire={() => setUndo(null)}
        />
      ) : null}
    </div>
  );
}
