/**
 * The panel's "Write to my government" for a state rated Not Free (issue 13, item 11): the same
 * safety notice as the composer's, before anything opens — write without the name, with it, or
 * not at all — and the answer travels to the composer with the article context.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PanelApp } from '../../../components/panel/PanelApp';
import { detect } from '../../../lib/detection';
import { setLang } from '../../../lib/i18n';
import { decodeContext } from '../../../lib/letters/context';
import type { Highlighter } from '../../../lib/panel/highlights';
import { buildPanelView } from '../../../lib/panel/view';

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

function mount(country: string) {
  const doc = new DOMParser().parseFromString(ARTICLE, 'text/html');
  const view = buildPanelView({
    articleLang: 'en',
    userLang: 'en',
    country,
    now: new Date('2026-11-28T00:00:00Z'),
  });
  render(
    <PanelApp
      result={detect(doc, { timeBudgetMs: 60_000 })}
      marks={[]}
      highlighter={highlighter}
      initialOpen={true}
      onDismissed={() => undefined}
      requestView={() => Promise.resolve({ ok: true, data: view })}
    />,
  );
}

/** Messages the panel sends, answered as the background would. */
function spySend() {
  const sent: { type: string; payload: Record<string, unknown> }[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((m: unknown) => {
    sent.push(m as (typeof sent)[number]);
    return Promise.resolve({ ok: true, data: { where: 'tab' } });
  }) as typeof browser.runtime.sendMessage);
  return sent;
}

const writeBtn = () => screen.findByRole('button', { name: 'Write to my government' });
const composerOpens = (sent: ReturnType<typeof spySend>) =>
  sent.filter((m) => m.type === 'content:openComposer');

afterEach(() => cleanup());

describe('panel safety notice', () => {
  it('builds the view with the index for a Not Free state only', () => {
    const ru = buildPanelView({
      articleLang: 'en',
      userLang: 'en',
      country: 'RU',
      now: new Date(),
    });
    // Isolated (FSI … PDI): in an Arabic sentence the Latin name stays one run.
    expect(ru.country?.risk?.index).toBe('\u2068Freedom House, Freedom in the World 2025\u2069');
    expect(ru.country?.risk?.date).toMatch(/February 26, 2025|26 February 2025/);
    expect(ru.country?.risk?.url).toMatch(/^https:\/\/freedomhouse\.org\//);
    const fr = buildPanelView({
      articleLang: 'en',
      userLang: 'en',
      country: 'FR',
      now: new Date(),
    });
    expect(fr.country?.risk).toBeUndefined();
  });

  it('asks before opening the composer, and passes "without my name" on', async () => {
    setLang('en');
    const sent = spySend();
    mount('RU');
    userClick(await writeBtn());
    const notice = await screen.findByRole('group', { name: 'Before you sign with your name' });
    expect(notice.textContent).toContain('Freedom House, Freedom in the World 2025');
    expect(notice.textContent).toMatch(/February 26, 2025|26 February 2025/);
    expect(notice.textContent).toContain('Russia');
    expect(composerOpens(sent)).toHaveLength(0);
    userClick(screen.getByRole('button', { name: 'Write without my name' }));
    await waitFor(() => expect(composerOpens(sent)).toHaveLength(1));
    expect(composerOpens(sent)[0]!.payload.safety).toBe('anonymous');
  });

  it('"Continue with my name" opens the composer with that answer', async () => {
    setLang('en');
    const sent = spySend();
    mount('CN');
    userClick(await writeBtn());
    userClick(await screen.findByRole('button', { name: 'Continue with my name' }));
    await waitFor(() => expect(composerOpens(sent)).toHaveLength(1));
    expect(composerOpens(sent)[0]!.payload.safety).toBe('named');
  });

  it('"Don\'t write" opens nothing', async () => {
    setLang('en');
    const sent = spySend();
    mount('RU');
    userClick(await writeBtn());
    userClick(await screen.findByRole('button', { name: 'Don’t write' }));
    await screen.findByText('Nothing was opened or sent.');
    expect(screen.queryByRole('group', { name: 'Before you sign with your name' })).toBeNull();
    expect(composerOpens(sent)).toHaveLength(0);
  });

  it('opens the composer at once for a state not rated Not Free', async () => {
    setLang('en');
    const sent = spySend();
    mount('FR');
    userClick(await writeBtn());
    await waitFor(() => expect(composerOpens(sent)).toHaveLength(1));
    expect(composerOpens(sent)[0]!.payload.safety).toBeUndefined();
  });

  it('the composer URL keeps the answer, and only the two allowed values', () => {
    const enc = (o: object) =>
      btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const base = { url: 'https://news.example/a', title: 'T', outlet: '', passage: '', lang: 'en' };
    expect(decodeContext(enc({ ...base, safety: 'anonymous' }))?.safety).toBe('anonymous');
    expect(decodeContext(enc({ ...base, safety: 'yes' }))).toBeNull();
    expect(decodeContext(enc(base))?.safety).toBeUndefined();
  });
});
