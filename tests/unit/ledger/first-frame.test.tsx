// Issue 17, tenth round: the ledger's list shows in its first frame only the rows the window can
// hold, and the rest of the page one frame later; once settled it is the same list as before.
// Rendered with preact's own render() (not the testing library's, whose act() would run the
// effects at once), so what the first render committed can be looked at before they run.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { firstBatch, LetterList } from '../../../components/ledger/LetterList';
import { LEDGER_PAGE_SIZE } from '../../../lib/db/early';
import { makeLetters } from '../../../scripts/bench/letters';
import { setLang } from '../../../lib/i18n';

const subjects = (root: Element) =>
  [...root.querySelectorAll('.tll-rows > li .tll-row-subject')].map((n) => n.textContent);

/** Until Preact's effects have run (after the next animation frame) and re-rendered. */
const afterFrame = () =>
  new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(() => setTimeout(ok, 0), 0)));

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('the ledger list’s first frame', () => {
  it('fills the window, whatever the window', () => {
    for (const h of [1, 400, 800, 1080, 2160]) expect(firstBatch(h) * 44).toBeGreaterThanOrEqual(h);
    expect(firstBatch(0)).toBe(1);
  });

  it('renders the rows the window can hold first, then the whole page in order', async () => {
    setLang('en');
    const letters = makeLetters(LEDGER_PAGE_SIZE);
    const all = letters.map((l) => l.subject);
    const n = firstBatch();
    expect(n).toBeLessThan(LEDGER_PAGE_SIZE);
    root = document.body.appendChild(document.createElement('div'));
    render(
      <LetterList
        letters={letters}
        total={undefined}
        page={0}
        pageSize={LEDGER_PAGE_SIZE}
        onPage={() => undefined}
        onOpen={() => undefined}
      />,
      root,
    );
    // The first frame: the newest rows, in order, in the same one list.
    expect(subjects(root)).toEqual(all.slice(0, n));
    expect(root.querySelectorAll('ul')).toHaveLength(1);
    await afterFrame();
    // Settled: every row of the page, in order, in the same list element (nothing remounted).
    const ul = root.querySelector('ul');
    expect(subjects(root)).toEqual(all);
    expect(root.querySelector('ul')).toBe(ul);
    expect(root.querySelectorAll('.tll-rows > li')).toHaveLength(LEDGER_PAGE_SIZE);
  });
});
