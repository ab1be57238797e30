// Issue 18 item 4 and issue 15: a letter quotes whole sentences of the article's body that the
// reader selected with a trusted gesture; the panel's snippets are whole sentences too.
import { afterEach, describe, expect, it } from 'vitest';
import { articleContext } from '../../../lib/panel/page';
import { watchSelection } from '../../../lib/panel/selection';
import { quotable, sentencesAround, touchesFurniture } from '../../../lib/panel/sentences';

const PAGE = `<article>
  <p class="kicker">World · Digital rights</p>
  <h1>MPs press government on UN cybercrime treaty</h1>
  <p class="standfirst">Five weeks before the window to sign closes, a cross-party group asks for a vote.</p>
  <p class="byline">By Inês Costa</p>
  <figure><img alt=""><figcaption>The UN cybercrime treaty was adopted in 2024. Photo: UN</figcaption></figure>
  <p id="body1">The government has not said how it will vote. A cross-party group of MPs wants the UN cybercrime treaty debated first. Ministers declined to comment.</p>
</article>`;

function load(html = PAGE): Document {
  document.documentElement.lang = 'en';
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...parsed.head.childNodes);
  document.body.replaceChildren(...parsed.body.childNodes);
  return document;
}

/** A range over the first occurrence of `needle` inside `el`'s first text node. */
function rangeOf(el: Element, needle: string): Range {
  const node = [...el.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(needle))!;
  const i = node.textContent!.indexOf(needle);
  const r = document.createRange();
  r.setStart(node, i);
  r.setEnd(node, i + needle.length);
  return r;
}

function select(r: Range) {
  const s = getSelection()!;
  s.removeAllRanges();
  s.addRange(r);
}

/** An event the browser itself would have made (happy-dom cannot; a page script never can). */
function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

afterEach(() => {
  getSelection()?.removeAllRanges();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('whole sentences from the article body', () => {
  it('a mention snippet is its whole sentence, never run together with kicker or byline', () => {
    const doc = load();
    const p = doc.getElementById('body1')!;
    expect(sentencesAround(rangeOf(p, 'UN cybercrime treaty'), 'en')).toBe(
      'A cross-party group of MPs wants the UN cybercrime treaty debated first.',
    );
    const h1 = doc.querySelector('h1')!;
    expect(sentencesAround(rangeOf(h1, 'UN cybercrime treaty'), 'en')).toBe(
      'MPs press government on UN cybercrime treaty',
    );
  });

  it('a selection mid-sentence becomes the whole sentence; furniture is never quoted', () => {
    const doc = load();
    const p = doc.getElementById('body1')!;
    expect(quotable(rangeOf(p, 'group of MPs wants'), 'en')).toBe(
      'A cross-party group of MPs wants the UN cybercrime treaty debated first.',
    );
    for (const sel of ['.kicker', '.byline', 'figcaption', 'h1']) {
      const el = doc.querySelector(sel)!;
      const r = document.createRange();
      r.selectNodeContents(el);
      expect(touchesFurniture(r), sel).toBe(true);
      expect(quotable(r, 'en'), sel).toBe('');
    }
    // A selection from the headline into the body touches furniture too.
    const across = document.createRange();
    across.setStart(doc.querySelector('h1')!.firstChild!, 0);
    across.setEnd(p.firstChild!, 10);
    expect(quotable(across, 'en')).toBe('');
  });
});

describe('only a trusted selection is quoted', () => {
  it('quotes the reader’s selection made with the keyboard (Shift+arrows)', () => {
    const doc = load();
    const ac = new AbortController();
    const w = watchSelection(window, () => false, ac.signal, 'en');
    select(rangeOf(doc.getElementById('body1')!, 'group of MPs wants'));
    window.dispatchEvent(
      trusted(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true })),
    );
    expect(w.quote()).toBe(
      'A cross-party group of MPs wants the UN cybercrime treaty debated first.',
    );
    ac.abort();
  });

  it('never quotes a selection a page script set, even when it dispatches events', () => {
    const doc = load();
    const ac = new AbortController();
    const w = watchSelection(window, () => false, ac.signal, 'en');
    select(rangeOf(doc.getElementById('body1')!, 'Ministers declined'));
    // A page script can dispatch events, but they are never trusted.
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true }));
    window.dispatchEvent(new PointerEvent('pointerup', { clientX: 1, clientY: 1 }));
    expect(w.quote()).toBe('');
    ac.abort();
  });

  it('drops the reader’s selection when the page changes it before "Write"', () => {
    const doc = load();
    const ac = new AbortController();
    const w = watchSelection(window, () => false, ac.signal, 'en');
    const p = doc.getElementById('body1')!;
    select(rangeOf(p, 'group of MPs wants'));
    window.dispatchEvent(trusted(new KeyboardEvent('keyup', { key: 'ArrowLeft', shiftKey: true })));
    expect(w.quote()).not.toBe('');
    select(rangeOf(p, 'Ministers declined')); // the page script, just before the click
    expect(w.quote()).toBe('');
    ac.abort();
  });

  it('ignores gestures inside the panel (the click on "Write" itself)', () => {
    const doc = load(`${PAGE}<div id="host"></div>`);
    const ac = new AbortController();
    const host = doc.getElementById('host')!;
    const w = watchSelection(window, (t) => t === host, ac.signal, 'en');
    select(rangeOf(doc.getElementById('body1')!, 'Ministers declined'));
    host.dispatchEvent(
      trusted(new KeyboardEvent('keyup', { key: 'Enter', shiftKey: true, bubbles: true })),
    );
    expect(w.quote()).toBe('');
    ac.abort();
  });

  it('a pointer release far from the selected text does not count', () => {
    const doc = load();
    const ac = new AbortController();
    const w = watchSelection(window, () => false, ac.signal, 'en');
    select(rangeOf(doc.getElementById('body1')!, 'Ministers declined'));
    // happy-dom lays nothing out: the selection has no rectangles, so no point is near it.
    window.dispatchEvent(trusted(new PointerEvent('pointerup', { clientX: 500, clientY: 500 })));
    expect(w.quote()).toBe('');
    ac.abort();
  });
});

describe('the context "Write" sends', () => {
  it('cites the host, no query, no passage unless the reader chose one', () => {
    const doc = load(
      `<head><meta property="og:site_name" content="The New York Times"><meta property="og:title" content="${'x'.repeat(
        900,
      )}"></head>${PAGE}`,
    );
    const ctx = articleContext(
      doc,
      'https://www.meridian.example/world/treaty?utm_source=newsletter&uid=8812#comments',
      { lang: 'en' },
    );
    expect(ctx).toEqual({
      url: 'https://www.meridian.example/world/treaty',
      title: 'MPs press government on UN cybercrime treaty',
      outlet: 'meridian.example',
      passage: '',
      lang: 'en',
    });
  });
});
