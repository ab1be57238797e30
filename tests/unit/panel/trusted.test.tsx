// Issue 15: every action of the in-page panel honours only the reader's own (trusted) events,
// and the reader's country is not rendered until the reader acted on the panel. Before this,
// opening had no isTrusted check (a page's .click() on the tab opened it and saved "open on every
// site"), and the country was rendered into the (open) shadow root as soon as the view arrived.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '../../../components/panel/PanelApp';
import { detect } from '../../../lib/detection';
import { setLang } from '../../../lib/i18n';
import type { Highlighter } from '../../../lib/panel/highlights';
import { buildPanelView } from '../../../lib/panel/view';

const ARTICLE = `<article><h1>Ministers to decide on the UN Convention against Cybercrime</h1>
<p>The United Nations Convention against Cybercrime closes for signature on 31 December 2026.</p></article>`;
const highlighter: Highlighter = {
  set: () => undefined,
  flash: () => undefined,
  hit: () => null,
  clear: () => undefined,
};

function userEvent(el: Element, type = 'click') {
  const e = new MouseEvent(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

/** Messages the panel sent to the background. */
let sent: { type: string; payload: unknown }[] = [];
beforeEach(() => {
  sent = [];
  setLang('en');
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    sent.push(m as { type: string; payload: unknown });
    return Promise.resolve({ ok: true, data: null });
  });
});
afterEach(() => cleanup());

function mount(initialOpen: boolean, guessed = false) {
  const doc = new DOMParser().parseFromString(ARTICLE, 'text/html');
  const built = buildPanelView({
    articleLang: 'en',
    userLang: 'en',
    country: 'DE',
    now: new Date('2026-11-28T00:00:00Z'),
  });
  const view = guessed ? { ...built, country: { ...built.country!, guessed: true } } : built;
  render(
    <PanelApp
      result={detect(doc, { timeBudgetMs: 60_000 })}
      marks={[]}
      highlighter={highlighter}
      initialOpen={initialOpen}
      onDismissed={() => undefined}
      requestView={async () => ({ ok: true, data: view })}
    />,
  );
}
const frame = () => document.querySelector('.frame') as HTMLElement;
const q = (sel: string) => document.querySelector(sel) as HTMLElement;

describe('panel actions from page scripts', () => {
  it('ignore untrusted clicks on the tab: not opened, nothing saved', async () => {
    mount(false);
    await waitFor(() => expect(document.getElementById('tl-panel')).not.toBeNull());
    q('.tab').click();
    fireEvent.click(q('.tab'));
    await new Promise((r) => setTimeout(r, 50));
    expect(frame().dataset.open).toBe('false');
    expect(sent.filter((m) => m.type === 'content:preference')).toEqual([]);
    // The reader's own click opens it and remembers that.
    userEvent(q('.tab'));
    await waitFor(() => expect(frame().dataset.open).toBe('true'));
    await waitFor(() => expect(sent.map((m) => m.type)).toContain('content:preference'));
  });

  it('ignore untrusted clicks on pause, site off, write, close and mentions', async () => {
    mount(true);
    await waitFor(() => expect(frame().dataset.open).toBe('true'));
    for (const sel of [
      '.pause-btn',
      '.site-off-btn',
      '.write-btn',
      '.not-now-btn',
      '.close-btn',
      '.mention',
    ])
      q(sel).click();
    fireEvent.keyDown(frame(), { key: 'Escape' });
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual([]);
    expect(frame().dataset.open).toBe('true');
  });
});

describe('the reader’s country', () => {
  it('is not rendered by a panel that opened by itself until the reader acts on it', async () => {
    mount(true);
    await waitFor(() => expect(frame().dataset.open).toBe('true'));
    expect(frame().textContent).not.toMatch(/Germany/);
    expect(frame().querySelector('.country-name')).toBeNull();
    // A page's synthetic events reveal nothing.
    q('.country-show').click();
    fireEvent.pointerDown(frame());
    await new Promise((r) => setTimeout(r, 20));
    expect(frame().textContent).not.toMatch(/Germany/);
    userEvent(q('.country-show'));
    await waitFor(() => expect(q('.country-name').textContent).toBe('Germany'));
  });

  it('appears after the reader’s click, not between press and release (the click would miss)', async () => {
    mount(true);
    await waitFor(() => expect(frame().dataset.open).toBe('true'));
    // The ask line goes above "Write to my government": inserted on the press, it would move
    // the button from under the pointer before the release.
    userEvent(q('.write-btn'), 'pointerdown');
    await new Promise((r) => setTimeout(r, 20));
    expect(frame().querySelector('.ask')).toBeNull();
    userEvent(q('.write-btn'), 'click');
    await waitFor(() => expect(q('.country-name').textContent).toBe('Germany'));
    expect(sent.map((m) => m.type)).toContain('content:openComposer');
  });

  it('is rendered when the reader opened the panel with a real click', async () => {
    mount(false);
    await waitFor(() => expect(document.getElementById('tl-panel')).not.toBeNull());
    expect(document.body.textContent).not.toMatch(/Germany/);
    userEvent(q('.tab'));
    await waitFor(() => expect(q('.country-name').textContent).toBe('Germany'));
  });

  it('says "Your country: X · Change" (a guess says so); only the reader’s click opens the settings', async () => {
    for (const guessed of [false, true]) {
      cleanup();
      sent = [];
      mount(false, guessed);
      await waitFor(() => expect(document.getElementById('tl-panel')).not.toBeNull());
      userEvent(q('.tab'));
      await waitFor(() =>
        expect(q('.your-country').textContent).toBe(
          guessed
            ? "Your country (a guess from your browser's language): Germany · Change"
            : 'Your country: Germany · Change',
        ),
      );
      q('.country-change').click();
      await new Promise((r) => setTimeout(r, 20));
      expect(sent.map((m) => m.type)).not.toContain('content:openOptions');
      userEvent(q('.country-change'));
      await waitFor(() => expect(sent.map((m) => m.type)).toContain('content:openOptions'));
    }
  });
});
