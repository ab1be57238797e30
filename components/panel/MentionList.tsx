import { useState } from 'preact/hooks';
import { t, tn } from '../../lib/i18n';
import type { Mention } from '../../lib/content/types';

/** Props of {@link MentionList}. */
export interface MentionListProps {
  mentions: Mention[];
  /** Article numbers cited near the mentions, in page order, unique. */
  articles: string[];
  /** Each mention's whole sentence from the page, by index ('' or missing: not known yet). */
  sentences?: string[];
  /** Scroll to and flash mention `i` (`kind: 'mention'`) or the first reference to an article. */
  onShow(target: { kind: 'mention'; index: number } | { kind: 'article'; article: string }): void;
  /** Show the hover card for a target while its list item has focus; null hides it. */
  onPreview(
    target: { kind: 'mention'; index: number } | { kind: 'article'; article: string } | null,
  ): void;
  /** Wraps click handlers so only the reader's own clicks act (lib/panel/trusted.ts). */
  guard?: <E extends Event>(fn: (e: E) => void) => (e: E) => void;
}

/** About this many characters either side of the mention are shown. */
const AROUND = 50;
/** A whole sentence up to this long is shown whole. */
const SENTENCE_MAX = 280;
/** Mentions shown before "Show all". */
const FIRST = 3;

function Snippet({ mention, sentence }: { mention: Mention; sentence?: string }) {
  const whole = sentence && sentence.includes(mention.text) ? sentence : '';
  if (whole && [...whole].length <= SENTENCE_MAX) {
    const k = whole.indexOf(mention.text);
    return (
      <span>
        {whole.slice(0, k)}
        <mark>{mention.text}</mark>
        {whole.slice(k + mention.text.length)}
      </span>
    );
  }
  const ctx = whole || mention.context.replace(/^…\s*|\s*…$/g, '');
  const i = ctx.indexOf(mention.text);
  if (i < 0) return <span>{ctx || mention.text}</span>;
  let from = Math.max(0, i - AROUND);
  let to = Math.min(ctx.length, i + mention.text.length + AROUND);
  // Cut at spaces so the snippet does not start or end mid-word.
  if (from > 0) from = ctx.indexOf(' ', from) + 1 || from;
  if (to < ctx.length) to = Math.max(i + mention.text.length, ctx.lastIndexOf(' ', to));
  return (
    <span>
      {from > 0 && '… '}
      {ctx.slice(from, i)}
      <mark>{mention.text}</mark>
      {ctx.slice(i + mention.text.length, to)}
      {to < ctx.length && ' …'}
    </span>
  );
}

/** "In this article": each mention (and cited article) scrolls to and flashes its passage. */
export function MentionList({
  mentions,
  articles,
  sentences = [],
  onShow,
  onPreview,
  guard = (fn) => fn,
}: MentionListProps) {
  const [all, setAll] = useState(false);
  const shown = all ? mentions.slice(0, 50) : mentions.slice(0, FIRST);
  return (
    <section aria-labelledby="tl-h-mentions">
      <h3 id="tl-h-mentions">
        {t('panel_in_article')} <span class="count">{tn('panel_mentions', mentions.length)}</span>
      </h3>
      <ol class="mentions">
        {shown.map((m, index) => (
          <li key={index}>
            <button
              type="button"
              class="mention"
              title={t('panel_mention_go')}
              onClick={guard(() => onShow({ kind: 'mention', index }))}
              onFocus={() => onPreview({ kind: 'mention', index })}
              onBlur={() => onPreview(null)}
            >
              <Snippet mention={m} sentence={sentences[index]} />
            </button>
          </li>
        ))}
      </ol>
      {mentions.length > FIRST && (
        <button
          type="button"
          class="link-btn more-btn"
          aria-expanded={all}
          onClick={guard(() => setAll(!all))}
        >
          {all ? t('panel_mentions_fewer') : t('panel_mentions_all', { count: mentions.length })}
        </button>
      )}
      {articles.length > 0 && (
        <div class="refs">
          <p class="small muted">{t('panel_article_refs')}</p>
          <ul class="chips">
            {articles.map((a) => (
              <li key={a}>
                <button
                  type="button"
                  class="chip chip-btn"
                  onClick={guard(() => onShow({ kind: 'article', article: a }))}
                  onFocus={() => onPreview({ kind: 'article', article: a })}
                  onBlur={() => onPreview(null)}
                >
                  {t('panel_article_label', { n: a })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
