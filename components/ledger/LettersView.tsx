import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  answerFollowUp,
  confirmSent,
  deleteLetter,
  dueFollowUps,
  getLetter,
  letterFacets,
  logReply,
  queryLetters,
  removeReply,
  repliesFor,
  restoreLetter,
  type DeletedLetter,
  type FollowUpAnswer,
  type LetterQuery,
} from '../../lib/db';
import { useLiveQuery } from '../../lib/db/hooks';
import { countryName } from '../../lib/campaign';
import { getLang, t } from '../../lib/i18n';
import { ErrorNotice } from './ErrorNotice';
import { FollowUpList } from './FollowUpList';
import { LetterDetail } from './LetterDetail';
import { LetterFilters } from './LetterFilters';
import { LetterList } from './LetterList';
import { ReplyDialog } from './ReplyDialog';
import type { LedgerRoute } from './route';
import { UndoToast } from './UndoToast';

/** Props of LettersView. */
export interface LettersViewProps {
  route: LedgerRoute;
  go: (r: LedgerRoute) => void;
  composerUrl: string;
  pageSize?: number;
}

/** The letters section: follow-ups due, search and filters, the list, and the open letter. */
export function LettersView({ route, go, composerUrl, pageSize = 50 }: LettersViewProps) {
  const [query, setQuery] = useState<LetterQuery>({ sort: 'newest' });
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

  const pageQ = useLiveQuery(
    () => queryLetters({ ...query, offset: page * pageSize, limit: pageSize }),
    [JSON.stringify(query), page, pageSize],
  );
  // The first page of rows goes first: facets and follow-ups read many letters (thousands in a
  // big ledger) and IndexedDB runs their transactions before the page's if they start together.
  const firstPaint = pageQ.value !== undefined;
  const facets = useLiveQuery(
    () => (firstPaint ? letterFacets() : Promise.resolve(null)),
    [firstPaint],
  );
  // Follow-ups fall due with time, not with a database change: re-ask every minute.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(id);
  }, []);
  const due = useLiveQuery(
    () => (firstPaint ? dueFollowUps() : Promise.resolve([])),
    [tick, firstPaint],
  );
  const open = useLiveQuery(
    async () =>
      route.letter
        ? { letter: await getLetter(route.letter), replies: await repliesFor(route.letter) }
        : null,
    [route.letter],
  );
  const replyLetter = useLiveQuery(
    async () => (replyFor ? getLetter(replyFor) : undefined),
    [replyFor],
  );
  const countries = useMemo(
    () =>
      (facets.value?.countries ?? []).map((code) => ({ code, name: countryName(code, getLang()) })),
    [facets.value],
  );

  const run = async (fn: () => Promise<unknown>) => {
    try {
      setError(null);
      await fn();
    } catch (e) {
      setError(e);
    }
  };
  const onQuery = (q: LetterQuery) => {
    setQuery(q);
    setPage(0);
  };
  const openLetter = (id: string) => go({ view: 'letters', letter: id });
  const onAnswer = (id: string, a: FollowUpAnswer) => run(() => answerFollowUp(id, a));
  const onDelete = (id: string) =>
    run(async () => {
      const d = await deleteLetter(id);
      if (d) setUndo(d);
      go({ view: 'letters' });
    });

  const letter = open.value?.letter;
  return (
    <div class="tll-letters">
      <ErrorNotice error={error ?? pageQ.error} onDismiss={() => setError(null)} />
      <FollowUpList
        due={due.value ?? []}
        highlight={route.action === 'followup' ? route.letter : undefined}
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
            total={pageQ.value.total}
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
            onConfirmSent={() => void run(() => confirmSent(letter.id))}
            onDelete={() => void onDelete(letter.id)}
            onRemoveReply={(id) => void run(() => removeReply(id))}
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
            run(async () => {
              await logReply(replyFor, r);
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
            void run(async () => {
              await restoreLetter(undo);
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
