import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelApp } from '../../../components/panel/PanelApp';
import { detect } from '../../../lib/detection';
import { setLang } from '../../../lib/i18n';
import type { Result } from '../../../lib/messaging';
import type { Highlighter } from '../../../lib/panel/highlights';
import { buildPanelView, type PanelView } from '../../../lib/panel/view';

/** A click as the reader makes it: the panel acts only on trusted events (lib/panel/trusted.ts). */
function userClick(el: Element) {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

const ARTICLE = `<article><h1>Ministers to decide on the UN Convention against Cybercrime</h1>
<p>The United Nations Convention against Cybercrime closes for signature on 31 December 2026.</p></article>`;

const highlighter: Highlighter = {
  set: () => undefined,
  flash: () => undefined,
  hit: () => null,
  clear: () => undefined,
};

function article() {
  const doc = new DOMParser().parseFromString(ARTICLE, 'text/html');
  const result = detect(doc, { timeBudgetMs: 60_000 });
  expect(result.match).toBe(true);
  return result;
}

/** A campaign-view answer the test releases when it wants. */
function deferredView() {
  let release!: (r: Result<PanelView>) => void;
  const answer = new Promise<Result<PanelView>>((ok) => (release = ok));
  const view = buildPanelView({
    articleLang: 'en',
    userLang: 'en',
    country: 'GB',
    now: new Date('2026-11-28T00:00:00Z'),
  });
  return { answer, release: () => release({ ok: true, data: view }) };
}

/** Render the panel for the test article, its campaign view coming from `requestView`. */
function mount(requestView: (lang: string) => Promise<Result<PanelView>>) {
  render(
    <PanelApp
      result={article()}
      marks={[]}
      highlighter={highlighter}
      initialOpen={false}
      onDismissed={() => undefined}
      requestView={requestView}
    />,
  );
}

afterEach(() => cleanup());

describe('in-page panel before and after the campaign view arrives', () => {
  it('shows its tab at once, and the panel once the view is there', async () => {
    setLang('en');
    const v = deferredView();
    const asked: string[] = [];
    mount((lang) => (asked.push(lang), v.answer));
    // The tab is there before any campaign data: the reader sees the article has context.
    const tab = screen.getByRole('button', { name: /Treaty Lens/i });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('tl-panel')).toBeNull();
    expect(asked).toEqual(['en']);

    v.release();
    await waitFor(() => expect(document.getElementById('tl-panel')).not.toBeNull());
    expect(document.getElementById('tl-panel')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('a tab pressed before the view arrives opens the panel, focused, when it does', async () => {
    setLang('en');
    const v = deferredView();
    mount(() => v.answer);
    userClick(screen.getByRole('button', { name: /Treaty Lens/i }));
    // Nothing to expand yet: the tab must not claim otherwise.
    expect(screen.getByRole('button', { name: /Treaty Lens/i }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    v.release();
    await waitFor(() =>
      expect(document.getElementById('tl-panel')?.getAttribute('aria-hidden')).toBeNull(),
    );
    await waitFor(() => expect(document.activeElement?.id).toBe('tl-title'));
  });
});
