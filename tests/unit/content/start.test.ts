import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startContent } from '../../../lib/content';
import { MACHINE_CODE_AT, pageMayMatch, startPrefilter } from '../../../lib/content/prefilter';
import { detect, hasAnchor, NO_ANCHOR } from '../../../lib/detection';
import { LIMITS } from '../../../lib/content/controller';
import { lens } from '../../../lib/content/types';
import type { HelloAnswer } from '../../../lib/content/types';
import { seenByReader } from '../../../lib/content/visible';

// happy-dom has no layout: every passage would count as unseen. Whether hidden text is refused
// is proven in real browsers (tests/e2e/*/page-attacks.e2e.ts); here the text counts as seen.
vi.mock('../../../lib/content/visible', () => ({
  seenByReader: vi.fn(() => true),
  stylesheetsPending: () => false,
}));

const ARTICLE = `<article><h1>Ministers to decide on the UN Convention against Cybercrime</h1>
<p>The United Nations Convention against Cybercrime closes for signature on 31 December 2026.</p>
<p>Critics point to Article 28 of the treaty, which lets authorities compel technical assistance.</p></article>`;
const WEATHER = `<article><h1>A mild week ahead</h1><p>Rain returns on Sunday, forecasters said.</p></article>`;

/** Put fixture markup into the test document (parsed, never assigned as HTML). */
function load(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}

/**
 * Add code that names the treaty, as tag managers and style loaders do: a script, a style, text
 * put into an existing script, a script's text changed, a style put into an SVG already on the
 * page. None of it is text the extraction reads. (Code inside an element added in the same batch
 * is read with the element's text: the watch skips code nodes, not code within added markup.)
 */
async function addCode(settle: () => Promise<unknown>) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  await settle();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = '{"topic":"UN Convention against Cybercrime"}';
  const style = document.createElement('style');
  style.textContent = '.cybercrime-treaty { color: red }';
  const svgStyle = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  svgStyle.textContent = '.cybercrime {}';
  document.body.append(script, style);
  svg.append(svgStyle);
  script.append(' /* cybercrime */');
  script.firstChild!.textContent = '{"topic":"the cybercrime treaty"}';
}

type Msg = { type: string; payload: Record<string, unknown> };

/** Answer hello like the background would, and record every message. */
function background(hello: HelloAnswer) {
  const seen: Msg[] = [];
  fakeBrowser.runtime.onMessage.addListener(((m: Msg) => {
    seen.push(m);
    if (m.type === 'content:hello') return Promise.resolve({ ok: true, data: hello });
    return Promise.resolve({ ok: true, data: {} });
  }) as never);
  return seen;
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('page scripts start-up: pre-filter and detector (fake browser)', () => {
  let ac: AbortController;
  beforeAll(() => {
    // Compile the detector's patterns once, so no run below ends undecided on its time budget.
    load(ARTICLE);
    detect(document, { timeBudgetMs: 60_000 });
  });
  beforeEach(() => {
    vi.stubGlobal('browser', fakeBrowser);
    delete (globalThis as { __treatyLens?: unknown }).__treatyLens;
    ac = new AbortController();
  });
  afterEach(() => {
    ac.abort();
    document.body.textContent = '';
    vi.unstubAllGlobals();
  });

  it('asks the background first, then reports a matching article', async () => {
    load(ARTICLE);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    startContent(ac.signal);
    await flush();
    // On a match the campaign view is asked for at once, in parallel with the report that
    // makes the background inject the panel (which then uses that answer).
    expect(seen.map((m) => m.type)).toEqual([
      'content:hello',
      'content:campaign',
      'content:detected',
    ]);
    expect(seen[1]!.payload).toEqual({ lang: 'en' });
    expect(seen[2]!.payload).toMatchObject({ match: true, lang: 'en', panelLoaded: false });
    expect(lens().result?.mentions.length).toBeGreaterThan(0);
    expect(lens().view?.lang).toBe('en');
    // The visibility check gets the detection's own text nodes: it need not read and match
    // the article a second time to find the mentions' ranges.
    const [, checked, analysis] = vi.mocked(seenByReader).mock.lastCall!;
    expect(checked).toBe(lens().result);
    expect(analysis?.ex.nodes.length).toBeGreaterThan(0);
    expect(analysis?.hits.length).toBe(lens().result?.mentions.length);
  });

  it('says hello while the page is still loading and detects once it is parsed', async () => {
    load(ARTICLE);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    // The manifest runs the detector at document_start.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      startContent(ac.signal);
      await flush();
      expect(seen.map((m) => m.type)).toEqual(['content:hello']);
      expect(lens().result).toBeUndefined();
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await flush();
    expect(seen.map((m) => m.type)).toContain('content:detected');
    expect(lens().result?.match).toBe(true);
  });

  it('on a page without any anchor stem, only new text with one is worth a new detection', async () => {
    load(WEATHER);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    startContent(ac.signal);
    await flush();
    const first = lens().last;
    expect(first?.reasons[0]).toBe(NO_ANCHOR);
    const wait = () => new Promise((r) => setTimeout(r, LIMITS.debounceMs + 150));
    // A ticker that never says "cyber": no detection runs.
    const ticker = document.createElement('p');
    ticker.textContent = 'Markets: FTSE up 0.4%';
    document.body.append(ticker);
    ticker.firstChild!.textContent = 'Markets: FTSE up 0.5%';
    await wait();
    expect(lens().last).toBe(first);
    // Code naming the treaty is not text: no detection runs either.
    await addCode(wait);
    await wait();
    expect(lens().last).toBe(first);
    // Late content that names the treaty: detection runs and reports the match.
    const late = new DOMParser().parseFromString(ARTICLE, 'text/html').body.firstElementChild!;
    document.body.replaceChildren(late);
    await wait();
    expect(lens().last).not.toBe(first);
    expect(seen.map((m) => m.type)).toContain('content:detected');
  });

  it('stays silent on a non-matching article', async () => {
    load(WEATHER);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    startContent(ac.signal);
    await flush();
    expect(seen.map((m) => m.type)).toEqual(['content:hello']);
    await expect(lens().check!()).resolves.toEqual({ match: false });
    expect(seen.map((m) => m.type)).toEqual(['content:hello']);
  });

  it('does nothing in "only when I click" mode until check() is called', async () => {
    load(ARTICLE);
    const seen = background({ run: false, reason: 'click', panelOpen: false });
    startContent(ac.signal);
    await flush();
    expect(seen.map((m) => m.type)).toEqual(['content:hello']);
    expect(lens().result).toBeUndefined();
    await expect(lens().check!()).resolves.toEqual({ match: true });
    await flush();
    expect(seen.map((m) => m.type)).toEqual([
      'content:hello',
      'content:campaign',
      'content:detected',
    ]);
    // The reader asked: the panel opens.
    expect(lens().hello?.panelOpen).toBe(true);
  });

  it('draws the collapsed tab itself on a match, in the panel language, before panel.js', async () => {
    load(ARTICLE);
    background({
      run: true,
      reason: 'ok',
      panelOpen: false,
      userLang: 'fr',
      tab: { en: ['Context', 'Open Treaty Lens'], fr: ['Contexte', 'Ouvrir Treaty Lens'] },
    });
    startContent(ac.signal);
    await vi.waitFor(() => expect(lens().host).toBeDefined());
    const tab = lens().host!.container.querySelector('button.tab')!;
    // The article is English, which the campaign has, so the panel speaks English.
    expect(tab.textContent).toContain('Context');
    expect(tab.getAttribute('aria-label')).toBe('Open Treaty Lens');
    expect(document.querySelectorAll('treaty-lens-panel')).toHaveLength(1);
    // Only the reader's own click asks the panel to open when it arrives.
    (tab as HTMLButtonElement).click();
    expect(lens().openOnArrival).toBeUndefined();
    lens().stop!();
    expect(document.querySelector('treaty-lens-panel')).toBeNull();
  });

  /** The pre-filter's hello answer: with the tab's strings, so the detector draws the tab. */
  const WITH_TAB: HelloAnswer = {
    run: true,
    reason: 'ok',
    panelOpen: false,
    tab: { en: ['Context', 'Open Treaty Lens'] },
  };

  it("asks for the panel's code only once the drawn tab has had its frame", async () => {
    load(ARTICLE);
    const seen = background(WITH_TAB);
    // Frames are held back until released, like a busy renderer's.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    startContent(ac.signal);
    await vi.waitFor(() => expect(lens().host).toBeDefined());
    await flush();
    // Nothing more before the tab's frame: the campaign view would be built and decoded
    // while the frame is due, the panel's code compiled.
    expect(seen.map((m) => m.type)).toEqual(['content:hello']);
    expect(frames).toHaveLength(1);
    frames.shift()!(performance.now());
    await vi.waitFor(() => expect(seen.map((m) => m.type)).toContain('content:detected'));
    // The view first, so it is on its way while the panel's code is injected.
    expect(seen.map((m) => m.type)).toEqual([
      'content:hello',
      'content:campaign',
      'content:detected',
    ]);
  });

  it('a page stopped while its tab awaits the frame gets no panel', async () => {
    load(ARTICLE);
    const seen = background(WITH_TAB);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    startContent(ac.signal);
    await vi.waitFor(() => expect(frames).toHaveLength(1));
    // The reader switched the site off (or paused) before the frame was drawn.
    lens().stop!();
    frames.shift()!(performance.now());
    await flush();
    expect(seen.map((m) => m.type)).not.toContain('content:detected');
  });

  it('a hidden tab, which draws no frames, reports its match at once', async () => {
    load(ARTICLE);
    const seen = background(WITH_TAB);
    vi.stubGlobal('requestAnimationFrame', () => 0);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      startContent(ac.signal);
      await vi.waitFor(() => expect(lens().host).toBeDefined());
      await vi.waitFor(() => expect(seen.map((m) => m.type)).toContain('content:detected'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('a tab hidden while its frame is awaited reports then', async () => {
    load(ARTICLE);
    const seen = background(WITH_TAB);
    vi.stubGlobal('requestAnimationFrame', () => 0);
    startContent(ac.signal);
    await vi.waitFor(() => expect(lens().host).toBeDefined());
    await flush();
    expect(seen.map((m) => m.type)).not.toContain('content:detected');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(seen.map((m) => m.type)).toContain('content:detected'));
  });

  it('starts once per frame', async () => {
    load(ARTICLE);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    startContent(ac.signal);
    startContent(ac.signal);
    await flush();
    expect(seen.filter((m) => m.type === 'content:hello')).toHaveLength(1);
  });

  // The every-page pre-filter (lib/content/prefilter.ts): a page without a stem never messages
  // the background and never loads the detector; a page with one asks once, and the detector
  // the background then injects takes that answer instead of asking again.
  it('says nothing on a page without a stem, nor for a ticker; asks once when a stem arrives', async () => {
    load(WEATHER);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    startPrefilter(ac.signal);
    await flush();
    expect(seen).toEqual([]);
    const ticker = document.createElement('p');
    ticker.textContent = 'Markets: FTSE up 0.4%';
    document.body.append(ticker);
    ticker.firstChild!.textContent = 'Markets: FTSE up 0.5%';
    await flush();
    expect(seen).toEqual([]);
    // Nor for code that names the treaty: the detector would never read it.
    await addCode(flush);
    await flush();
    expect(seen).toEqual([]);
    // A name added in two pieces in one batch is still seen.
    const late = document.createElement('p');
    late.append('The UN Cyber', 'crime treaty');
    document.body.append(late);
    await flush();
    expect(seen).toEqual([{ type: 'content:hello', payload: { url: location.href, stem: true } }]);
    document.body.append(document.createElement('p'), 'cyber again');
    await flush();
    expect(seen).toHaveLength(1);
  });

  it('asks with stem: true on a page with a stem; the injected detector takes that answer', async () => {
    load(ARTICLE);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    startPrefilter(ac.signal);
    expect(lens().pre).toBe(true);
    await flush();
    expect(seen.map((m) => m.payload)).toEqual([{ url: location.href, stem: true }]);
    // What the background's injection of detector.js runs:
    startContent(ac.signal);
    await vi.waitFor(() => expect(lens().result?.match).toBe(true));
    await flush();
    expect(seen.map((m) => m.type)).toEqual([
      'content:hello',
      'content:campaign',
      'content:detected',
    ]);
    expect(lens().result?.match).toBe(true);
  });

  it('while the page is parsed, a stem in its <title> asks at once; another title waits for the text', async () => {
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    const title = document.title;
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      load(WEATHER);
      startPrefilter(ac.signal);
      document.title = 'UN cybercrime treaty: what changes';
      await flush();
      expect(seen.map((m) => m.payload)).toEqual([{ url: location.href, stem: true }]);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
      document.title = title;
    }
    // Once parsed, the text is not read again: the detector is on its way.
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await flush();
    expect(seen).toHaveLength(1);
  });

  /** Run `step` as if the head were being parsed: loading, no <body> yet, an empty title. */
  async function whileHeadParsed(step: () => Promise<void>) {
    const title = document.title;
    const body = document.body;
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      load(WEATHER);
      document.title = '';
      body.remove();
      await step();
    } finally {
      delete (document as { readyState?: unknown }).readyState;
      document.documentElement.append(body);
      document.title = title;
    }
  }

  it('while the head is parsed, the watch waits for a title; a stem in it asks at once', async () => {
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    const script = document.createElement('script');
    await whileHeadParsed(async () => {
      startPrefilter(ac.signal);
      document.head.append(script); // a script before the title: nothing to test yet
      await flush();
      expect(seen).toEqual([]);
      document.title = 'UN cybercrime treaty: what changes';
      await flush();
      expect(seen.map((m) => m.payload)).toEqual([{ url: location.href, stem: true }]);
    });
    script.remove();
  });

  it('while the head is parsed, the title is tested once: the first one found decides', async () => {
    // One test instead of one in every callback until <body> (one for each script or pause in
    // the head): a title changed later while the page is parsed waits for the text's read.
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    await whileHeadParsed(async () => {
      startPrefilter(ac.signal);
      document.title = 'Ministers meet on Thursday';
      await flush();
      document.title = 'UN cybercrime treaty: what changes';
      await flush();
      expect(seen).toEqual([]);
    });
    // Once parsed, the text decides (the weather report has no stem).
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await flush();
    expect(seen).toEqual([]);
  });

  it('the title is tested padded to where V8 compiles machine code at once, with the same answers', () => {
    // V8 compiles a pattern first used on a text of 1,000 characters or more to machine code at
    // once (the scan needs that code), not to bytecode first; spaces change no answer.
    expect(MACHINE_CODE_AT).toBeGreaterThanOrEqual(1000);
    for (const t of [
      'UN cybercrime treaty',
      'Ad hoc',
      'Ad hoc committee',
      'Hà',
      'Hà Nội',
      'Signed in Ha',
      'resolution 79/',
      'Cy\u00adber',
      'ｃｙｂｅｒ',
      'e\u0301',
      'Ministers meet on Thursday',
      '',
    ])
      expect(hasAnchor(t.padEnd(MACHINE_CODE_AT)), t).toBe(hasAnchor(t));
  });

  it('a title without a stem sends nothing before the page is parsed, then the text decides', async () => {
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    const title = document.title;
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      load(ARTICLE);
      startPrefilter(ac.signal);
      document.title = 'Ministers meet on Thursday';
      await flush();
      expect(seen).toEqual([]);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
      document.title = title;
    }
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await flush();
    expect(seen.map((m) => m.payload)).toEqual([{ url: location.href, stem: true }]);
  });

  it('detects before the hello answer is back and reports only after it', async () => {
    load(ARTICLE);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    let answer!: (v: { ok: true; data: HelloAnswer }) => void;
    lens().helloP = new Promise((ok) => (answer = ok));
    // Detection reads the clock (its time budget): that it did shows it ran.
    const clock = vi.spyOn(performance, 'now');
    startContent(ac.signal);
    await flush();
    expect(clock).toHaveBeenCalled();
    expect(seen).toEqual([]);
    expect(lens().result).toBeUndefined();
    clock.mockRestore();
    answer({ ok: true, data: { run: true, reason: 'ok', panelOpen: false } });
    await flush();
    expect(seen.map((m) => m.type)).toEqual(['content:campaign', 'content:detected']);
    expect(lens().result?.match).toBe(true);
  });

  it('an early detection is never reported when the answer says not to run', async () => {
    load(ARTICLE);
    const seen = background({ run: false, reason: 'click', panelOpen: false });
    let answer!: (v: { ok: true; data: HelloAnswer }) => void;
    lens().helloP = new Promise((ok) => (answer = ok));
    startContent(ac.signal);
    await flush();
    answer({ ok: true, data: { run: false, reason: 'click', panelOpen: false } });
    await flush();
    expect(seen).toEqual([]);
    expect(lens().result).toBeUndefined();
    expect(lens().last).toBeUndefined();
  });

  it('a page that changed between that early detection and the answer is detected again', async () => {
    load(ARTICLE);
    const seen = background({ run: true, reason: 'ok', panelOpen: false });
    let answer!: (v: { ok: true; data: HelloAnswer }) => void;
    lens().helloP = new Promise((ok) => (answer = ok));
    startContent(ac.signal);
    await flush();
    // The early run saw the article; the page then replaced it with a weather report.
    load(WEATHER);
    answer({ ok: true, data: { run: true, reason: 'ok', panelOpen: false } });
    await flush();
    expect(lens().last?.match).toBe(false);
    expect(seen.map((m) => m.type)).not.toContain('content:detected');
  });

  it('a page it cannot read within its budget is not turned away', () => {
    // Its only stem in script text, which is never read; the text before it is long enough to
    // be tested in several chunks, with a look at the clock between them.
    load(
      `<div><p>${'plain text '.repeat(20_000)}</p></div><script>${'x'.repeat(300)} cyber</script>`,
    );
    let t = 0;
    expect(pageMayMatch(document, () => (t += 10), 20)).toBe(true);
    expect(pageMayMatch(document, () => 0, 20)).toBe(false);
  });
});
