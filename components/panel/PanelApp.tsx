import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dirOf, getLang, registerStrings, setLang, t } from '../../lib/i18n';
import { send, type Result } from '../../lib/messaging';
import type { Detection } from '../../lib/content/types';
import type { Highlighter, Mark } from '../../lib/panel/highlights';
import { sourceDate } from '../../lib/panel/format';
import { citedArticles } from '../../lib/panel/marks';
import { isUserEvent, onUser } from '../../lib/panel/trusted';
import { articleContext } from '../../lib/panel/page';
import { watchSelection, type SelectionWatch } from '../../lib/panel/selection';
import { sentencesAround } from '../../lib/panel/sentences';
import type { PanelView } from '../../lib/panel/view';
import { CountrySection } from './CountrySection';
import { FactItem } from './FactItem';
import { GlobalStatusSection } from './GlobalStatusSection';
import { HighlightCard, type HighlightCardProps } from './HighlightCard';
import { LensIcon } from './LensIcon';
import { MentionList } from './MentionList';
import { PanelTab } from './PanelTab';

/** Props of {@link PanelApp}. */
export interface PanelAppProps {
  result: Detection;
  marks: Mark[];
  highlighter: Highlighter;
  initialOpen: boolean;
  /** The user switched the site off or paused: remove everything. */
  onDismissed(): void;
  /**
   * The campaign view in a language (the background builds it). Defaults to asking the
   * background; the mounted panel passes the answer the content script already asked for.
   */
  requestView?(lang: string): Promise<Result<PanelView>>;
}

/** Ask the background for the campaign view in a language. */
export const askView = (lang: string) =>
  send<'content:campaign', PanelView>('content:campaign', { lang });

type Target = { kind: 'mention'; index: number } | { kind: 'article'; article: string };
type Card = Omit<HighlightCardProps, 'dir'>;

/** The × of the panel's close button and of the toast's. */
const CloseIcon = ({ size }: { size: number }) => (
  <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
    <path
      d="M6 6l12 12M18 6L6 18"
      fill="none"
      stroke="currentColor"
      stroke-width="2.2"
      stroke-linecap="round"
    />
  </svg>
);

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The in-page context panel: a tab at the page edge that opens a side panel / bottom sheet. */
export function PanelApp({
  result,
  marks,
  highlighter,
  initialOpen,
  onDismissed,
  requestView = askView,
}: PanelAppProps) {
  const [view, setView] = useState<PanelView | null>(null);
  const [open, setOpen] = useState(initialOpen);
  // Dock at the page's inline end: on right-to-left pages the article sits on the right.
  const [side, setSide] = useState<'right' | 'left'>(() =>
    document.documentElement.dir === 'rtl' || document.body?.dir === 'rtl' ? 'left' : 'right',
  );
  const [card, setCard] = useState<Card | null>(null);
  const [status, setStatus] = useState('');
  const [dismissed, setDismissed] = useState<{ kind: 'siteOff' | 'pause'; msg: string } | null>(
    null,
  );
  // The reader's country is rendered only once the reader acted on the panel in this page (a
  // real click on the tab, or any real press or key inside the panel): until then a panel that
  // opened by itself shows a button in its place. Nothing of it is ever in the page before.
  const [revealed, setRevealed] = useState(false);
  const tabRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<() => void>(() => undefined);
  const focusAfter = useRef<'heading' | 'tab' | null>(null);
  const now = useMemo(() => new Date(), []);
  const selection = useRef<SelectionWatch | null>(null);

  // The reader's own selections (trusted gestures in the page, never in the panel): the only
  // passage "Write" may quote (lib/panel/selection.ts).
  useEffect(() => {
    const ac = new AbortController();
    const host = () => (frameRef.current?.getRootNode() as ShadowRoot | undefined)?.host ?? null;
    selection.current = watchSelection(
      window,
      (target) => {
        const h = host();
        return !!h && target instanceof Node && (target === h || h.contains(target));
      },
      ac.signal,
      result.lang,
    );
    return () => ac.abort();
  }, [result.lang]);

  // Each mention's whole sentence, from its own block of the page (never run together with a
  // kicker, headline or byline).
  const sentences = useMemo(
    () =>
      marks
        .filter((m) => m.kind === 'mention')
        .map((m) => {
          try {
            return sentencesAround(m.range, result.lang) ?? '';
          } catch {
            return '';
          }
        }),
    [marks, result.lang],
  );

  useEffect(() => {
    let live = true;
    void requestView(result.lang).then((r) => {
      if (!live || !r.ok) return;
      if (r.data.strings) registerStrings(r.data.lang, r.data.strings);
      setLang(r.data.lang);
      setView(r.data);
      setStatus(t('panel_announce_found'));
    });
    return () => {
      live = false;
    };
    // The campaign view depends only on the article language.
  }, [result.lang]);

  useEffect(() => {
    highlighter.set(marks);
  }, [marks, highlighter]);

  // Focus moves into the panel when it opens (once its content is there: the tab can be
  // pressed before the campaign view arrives) and back to the tab when it closes.
  useEffect(() => {
    if (focusAfter.current === 'heading' && open) {
      if (!headingRef.current) return;
      headingRef.current.focus();
    } else if (focusAfter.current === 'tab' && !open) tabRef.current?.focus();
    focusAfter.current = null;
  }, [open, view, dismissed]);

  // The button pressed goes with the panel: focus the toast's Undo instead of <body>.
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (dismissed) undoRef.current?.focus();
  }, [dismissed]);

  const cardFor = (m: Mark): Card | null => {
    if (!view) return null;
    const rect = m.range.getBoundingClientRect();
    const anchor = { left: rect.left, top: rect.top, bottom: rect.bottom };
    if (m.kind === 'mention')
      return {
        anchor,
        title: view.about?.title ?? t('panel_title'),
        lines: view.about ? [clip(view.about.text, 240)] : [],
      };
    const notes = view.articleNotes[String(parseInt(m.article ?? '', 10))] ?? [];
    return {
      anchor,
      title: t('panel_article_label', { n: m.article ?? '' }),
      lines: notes.length
        ? [t('panel_card_article_concerns'), ...notes]
        : [t('panel_card_article_none')],
    };
  };

  // Hover cards over highlighted passages: one hit test per animation frame at most.
  useEffect(() => {
    if (!view || !marks.length) return;
    const ac = new AbortController();
    let frame = 0;
    let last: Mark | null = null;
    addEventListener(
      'pointermove',
      (e) => {
        if (frame || !isUserEvent(e)) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          const hit = highlighter.hit(e.clientX, e.clientY);
          if (hit === last) return;
          last = hit;
          setCard(hit ? cardFor(hit) : null);
        });
      },
      { passive: true, signal: ac.signal },
    );
    addEventListener('scroll', () => ((last = null), setCard(null)), {
      passive: true,
      signal: ac.signal,
    });
    return () => {
      ac.abort();
      cancelAnimationFrame(frame);
    };
  }, [view, marks, highlighter]);

  const markFor = (target: Target): Mark | undefined =>
    target.kind === 'mention'
      ? marks.filter((m) => m.kind === 'mention')[target.index]
      : marks.find((m) => m.kind === 'article' && m.article === target.article);

  const show = (target: Target) => {
    const m = markFor(target);
    if (!m) return;
    const el = m.range.startContainer.parentElement;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    highlighter.flash(m.range);
    setCard(null);
  };

  const preview = (target: Target | null) => {
    const m = target && markFor(target);
    if (!m) return setCard(null);
    const r = m.range.getBoundingClientRect();
    // Only when the passage is on screen: tabbing through the list must not scroll the page.
    setCard(r.bottom > 0 && r.top < innerHeight ? cardFor(m) : null);
  };

  const setOpenRemembered = (next: boolean) => {
    setOpen(next);
    setCard(null);
    setStatus(next ? t('panel_announce_opened') : t('panel_announce_closed'));
    void send('content:preference', { kind: 'panelOpen', open: next });
  };
  const openPanel = () => {
    focusAfter.current = 'heading';
    setRevealed(true);
    setOpenRemembered(true);
  };
  const closePanel = () => {
    focusAfter.current = 'tab';
    setOpenRemembered(false);
  };

  closeRef.current = closePanel;

  // Any real click or key inside the panel is the reader acting on it: show the country. On the
  // click, not the press: the country's ask line appears above "Write to my government", and a
  // line inserted between the press and the release would move the button from under the
  // pointer and swallow the reader's first click on it.
  useEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const reveal = (e: Event) => {
      if (isUserEvent(e)) setRevealed(true);
    };
    el.addEventListener('click', reveal);
    el.addEventListener('keydown', reveal);
    return () => {
      el.removeEventListener('click', reveal);
      el.removeEventListener('keydown', reveal);
    };
  }, []);

  // Esc closes the panel while focus is inside it.
  useEffect(() => {
    const el = frameRef.current;
    if (!el || !open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !isUserEvent(e)) return;
      e.stopPropagation();
      closeRef.current();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [open, view]);

  const write = async (safety?: 'anonymous' | 'named') => {
    const quote = selection.current?.quote() ?? '';
    setSafetyOpen(false);
    setStatus(t('panel_announce_composer'));
    const r = await send('content:openComposer', {
      ...articleContext(document, location.href, result, quote),
      ...(safety ? { safety } : {}),
    });
    if (!r.ok) setStatus(t('panel_error_composer'));
  };
  // A state rated Not Free (view.country.risk): "Write to my government" first asks how to
  // send — without the name, with it, or not at all (issue 13, item 11).
  const [safetyOpen, setSafetyOpen] = useState(false);
  const risk = view?.country?.risk;
  const onWrite = () => (risk ? setSafetyOpen(true) : void write());

  const dismiss = async (kind: 'siteOff' | 'pause') => {
    const host = location.hostname;
    const r = await send(
      'content:preference',
      kind === 'siteOff' ? { kind: 'siteOff', host } : { kind: 'pause' },
    );
    if (!r.ok) return setStatus(t('panel_error_preference'));
    highlighter.clear();
    const msg =
      kind === 'siteOff'
        ? t('panel_announce_site_off', { site: host })
        : t('panel_announce_paused');
    // The toast stays, with Undo, until the reader uses or closes it (issue 18, item 10).
    setDismissed({ kind, msg });
    setStatus(msg);
  };

  const undo = async () => {
    if (!dismissed) return;
    const r = await send(
      'content:preference',
      dismissed.kind === 'siteOff'
        ? { kind: 'siteOn', host: location.hostname }
        : { kind: 'resume' },
    );
    if (!r.ok) return setStatus(t('panel_error_preference'));
    setDismissed(null);
    highlighter.set(marks);
    focusAfter.current = open ? 'heading' : 'tab';
    setStatus(t('panel_announce_undone'));
  };

  // Until the campaign view arrives, the tab alone (it needs no campaign data): the reader
  // sees at once that this article has context, and the panel fills in when it opens.
  const lang = view?.lang ?? getLang();
  const dir = dirOf(lang);
  const articles = citedArticles(marks);
  const ask =
    view?.country && revealed
      ? t(`panel_ask_${view.country.ask}`, { country: view.country.name })
      : '';

  return (
    <div
      class="frame"
      dir={dir}
      lang={lang}
      data-side={side}
      data-open={open && view ? 'true' : 'false'}
      ref={frameRef}
    >
      <div class="sr-only" role="status" aria-live="polite">
        {status}
      </div>
      {dismissed ? (
        <div class="toast" role="group" aria-label={t('panel_brand')}>
          <LensIcon size={20} />
          <span class="toast-text">{dismissed.msg}</span>
          <button
            type="button"
            class="toast-btn undo-btn"
            ref={undoRef}
            onClick={onUser(() => void undo())}
          >
            {t('panel_undo')}
          </button>
          <button
            type="button"
            class="icon-btn toast-close"
            aria-label={t('panel_toast_close')}
            title={t('panel_toast_close')}
            onClick={onUser(onDismissed)}
          >
            <CloseIcon size={16} />
          </button>
        </div>
      ) : (
        <>
          {(!open || !view) && (
            <PanelTab
              open={open && !!view}
              count={result.mentions.length}
              onToggle={onUser(openPanel)}
              buttonRef={tabRef}
            />
          )}
          {view && (
            <aside
              id="tl-panel"
              class="panel"
              aria-labelledby="tl-title"
              inert={!open}
              aria-hidden={open ? undefined : 'true'}
            >
              <header class="head">
                <div class="brand">
                  <LensIcon size={22} />
                  <span>{t('panel_brand')}</span>
                </div>
                <div class="head-actions">
                  <button
                    type="button"
                    class="icon-btn side-btn"
                    aria-label={side === 'right' ? t('panel_move_left') : t('panel_move_right')}
                    title={side === 'right' ? t('panel_move_left') : t('panel_move_right')}
                    onClick={onUser(() => setSide(side === 'right' ? 'left' : 'right'))}
                  >
                    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                      <path
                        d="M8 7l-5 5 5 5M16 7l5 5-5 5M3 12h18"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="2"
                        stroke-linecap="round"
                        stroke-linejoin="round"
                      />
                    </svg>
                  </button>
                  <button
                    type="button"
                    class="icon-btn close-btn"
                    aria-label={t('panel_close')}
                    title={t('panel_close')}
                    onClick={onUser(closePanel)}
                  >
                    <CloseIcon size={18} />
                  </button>
                </div>
                <h2 id="tl-title" ref={headingRef} tabIndex={-1}>
                  {t('panel_title')}
                </h2>
                <p class="subtitle">{t('panel_subtitle')}</p>
                {/* The primary action comes first in the tab order (issue 18, item 13): right
                    after the panel's own controls, before the mentions and the facts. */}
                <div class="cta">
                  {ask && <p class="ask">{ask}</p>}
                  <button
                    type="button"
                    class="primary write-btn"
                    aria-expanded={risk ? safetyOpen : undefined}
                    onClick={onUser(onWrite)}
                  >
                    {t('panel_write')}
                  </button>
                  {risk && safetyOpen && view.country ? (
                    <div class="safety" role="group" aria-label={t('panel_safety_title')}>
                      <p class="safety-title">{t('panel_safety_title')}</p>
                      <p>
                        {t('panel_safety_text', {
                          index: risk.index,
                          date: risk.date,
                          country: view.country.name,
                        })}{' '}
                        <a href={risk.url} target="_blank" rel="noopener noreferrer">
                          {t('panel_safety_source')}
                        </a>
                      </p>
                      <button
                        type="button"
                        class="primary safety-anonymous"
                        onClick={onUser(() => void write('anonymous'))}
                      >
                        {t('panel_safety_anonymous')}
                      </button>
                      <button
                        type="button"
                        class="safety-named"
                        onClick={onUser(() => void write('named'))}
                      >
                        {t('panel_safety_named')}
                      </button>
                      <button
                        type="button"
                        class="safety-decline"
                        onClick={onUser(() => {
                          setSafetyOpen(false);
                          setStatus(t('panel_safety_declined'));
                        })}
                      >
                        {t('panel_safety_decline')}
                      </button>
                    </div>
                  ) : null}
                  <p class="hint">{t('panel_write_hint')}</p>
                </div>
              </header>
              <div class="body">
                <MentionList
                  mentions={result.mentions}
                  articles={articles}
                  sentences={sentences}
                  onShow={show}
                  onPreview={preview}
                  guard={onUser}
                />
                {view.about && (
                  <section aria-labelledby="tl-h-about">
                    <h3 id="tl-h-about">{t('panel_about')}</h3>
                    <FactItem fact={view.about} />
                  </section>
                )}
                <GlobalStatusSection global={view.global} now={now} />
                <CountrySection
                  country={view.country}
                  hidden={!revealed}
                  onReveal={onUser(() => setRevealed(true))}
                  onChange={onUser(() => void send('content:openOptions', {}))}
                />
                {view.concerns.length > 0 && (
                  <section aria-labelledby="tl-h-concerns">
                    <h3 id="tl-h-concerns">{t('panel_concerns')}</h3>
                    {view.concerns.map((c) => (
                      <FactItem key={c.id} fact={c} collapsible />
                    ))}
                  </section>
                )}
                {view.supporters && (
                  <section aria-labelledby="tl-h-supporters">
                    <h3 id="tl-h-supporters">{t('panel_supporters')}</h3>
                    <FactItem fact={view.supporters} />
                  </section>
                )}
                <p class={view.data.stale ? 'note warn data-from' : 'asof data-from'}>
                  {t('panel_data_from', { date: sourceDate(view.data.issued) })}
                  {view.data.stale && ` ${t('panel_data_stale')}`}
                </p>
              </div>
              {/* Only the reader's own click (isTrusted, unforgeable from the page's world) may
                write, switch the site off or pause Treaty Lens everywhere (lib/panel/trusted.ts). */}
              <footer class="foot">
                <div class="secondary">
                  <button type="button" class="link-btn not-now-btn" onClick={onUser(closePanel)}>
                    {t('panel_not_now')}
                  </button>
                  <button
                    type="button"
                    class="link-btn site-off-btn"
                    onClick={onUser(() => void dismiss('siteOff'))}
                  >
                    {t('panel_site_off')}
                  </button>
                  <button
                    type="button"
                    class="link-btn pause-btn"
                    onClick={onUser(() => void dismiss('pause'))}
                  >
                    {t('panel_pause')}
                  </button>
                </div>
              </footer>
            </aside>
          )}
          {card && <HighlightCard {...card} dir={dir} />}
        </>
      )}
    </div>
  );
}
