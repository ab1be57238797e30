import { describe, expect, it } from 'vitest';
import { parse, run, runFile } from './helpers';

// Issue 18 item 14: a front page is a list of teasers, not an article, even when its teasers
// name the Convention; an article keeps matching when it ends with a list of linked stories.
const story = (n: number) =>
  `<p>Story ${n}: delegates met again in New York to discuss the UN Convention against Cybercrime and what it asks of states.</p>`;
const teaser = (n: number, inside: boolean) =>
  inside
    ? `<a class="card" href="/s/${n}.html"><h2>UN Convention against Cybercrime, part ${n}</h2><p>What the UN Convention against Cybercrime means for reporters and researchers, part ${n}.</p></a>`
    : `<article class="teaser"><h2><a href="/s/${n}.html">UN Convention against Cybercrime, part ${n}</a></h2><p>What the UN Convention against Cybercrime means for reporters and researchers, part ${n}.</p></article>`;
const front = (inside: boolean, head = '') =>
  parse(
    `<!doctype html><html lang="en"><head><title>The Daily Example</title></head><body>${head}<main>${[1, 2, 3, 4, 5, 6].map((n) => teaser(n, inside)).join('')}</main></body></html>`,
  );

describe('teaser lists are not articles', () => {
  it('the demo home page does not match', () => {
    const r = runFile('demo/index.html');
    expect(r.match).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/teaser list/);
  });

  it('cards that are links, and headings with links above summaries, do not match', () => {
    expect(run(front(true)).match).toBe(false);
    expect(run(front(false)).match).toBe(false);
    // A linked logo in <h1> is not a headline of the page's own.
    expect(run(front(false, '<h1><a href="/">The Daily Example</a></h1>')).match).toBe(false);
  });

  it('an article followed by a list of linked stories still matches', () => {
    const doc = parse(
      `<!doctype html><html lang="en"><head><title>t</title></head><body><main><article><h1>Delegates weigh the UN Convention against Cybercrime</h1>${[1, 2, 3, 4, 5, 6, 7].map(story).join('')}<section><h2>More</h2>${[1, 2, 3, 4, 5, 6].map((n) => `<h3><a href="/s/${n}.html">Related story ${n}</a></h3>`).join('')}</section></article></main></body></html>`,
    );
    expect(run(doc).match).toBe(true);
  });

  it('a brief with a headline of its own and teasers beside it still matches', () => {
    const doc = parse(
      `<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>UN Convention against Cybercrime opens for signature</h1>${story(1)}${[1, 2, 3, 4].map((n) => `<h3><a href="/s/${n}.html">Other news ${n}</a></h3>`).join('')}</main></body></html>`,
    );
    expect(run(doc).match).toBe(true);
  });
});
