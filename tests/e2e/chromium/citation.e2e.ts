// Citations the reader chose and can see (issue 15) and a quote that is whole sentences of the
// article's body (issue 18 item 4), in real Chromium: a passage the reader selected with the
// mouse is quoted whole and shown word for word beside its checkbox; a selection a page script
// set just before "Write" is not quoted; the site is the page's host and the address has no
// query or fragment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../harness';
import { panel, panelRendered } from '../panel-root';

async function openPanel(p: Page) {
  await panelRendered(p);
  if ((await panel(p).locator('.frame').getAttribute('data-open')) !== 'true')
    await panel(p).locator('.tab').click();
  await panel(p).locator('.write-btn').waitFor({ state: 'visible' });
}

async function write(context: BrowserContext, p: Page) {
  const opened = context.waitForEvent('page', { timeout: 15000 });
  await panel(p).locator('.write-btn').click();
  const composer = await opened;
  const ctx = JSON.parse(
    Buffer.from(new URL(composer.url()).searchParams.get('ctx') ?? '', 'base64url').toString(
      'utf8',
    ),
  ) as Record<string, string>;
  return { composer, ctx };
}

describe('citations (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('quotes the whole sentence the reader selected, shown beside its checkbox', async () => {
    const url = s.server.url('/demo/en-un-treaty-vote.html');
    const page = await s.newPage(`${url}?utm_source=newsletter&utm_medium=email&uid=8812#top`);
    await openPanel(page);
    // A real double-click on a word of the last paragraph: the reader's own gesture.
    const last = page.locator('article > p').last();
    await last.scrollIntoViewIfNeeded();
    await last
      .getByText('Christmas recess', { exact: false })
      .dblclick({ position: { x: 20, y: 8 } });
    expect(await page.evaluate(() => String(getSelection()).trim().length)).toBeGreaterThan(0);
    const { composer, ctx } = await write(s.context, page);
    const sentence =
      'The committee is expected to publish a short report before the Christmas recess.';
    expect(ctx.passage).toBe(sentence);
    expect(ctx.url).toBe(url);
    expect(ctx.outlet).toBe(new URL(url).hostname);
    // The composer shows exactly this text beside the checkbox that puts it in the letter.
    await composer.getByTestId('cite-quote-text').waitFor({ timeout: 15000 });
    expect(await composer.getByTestId('cite-quote-text').textContent()).toBe(sentence);
    expect(await composer.getByTestId('cite-quote').isChecked()).toBe(true);
    await composer.close();
    await page.close();
  });

  it('does not quote a selection a page script set just before "Write"', async () => {
    const page = await s.newPage(s.server.url('/demo/en-un-treaty-vote.html'));
    await openPanel(page);
    // The page selects a sentence of its choosing when the pointer nears the panel.
    await page.evaluate(() => {
      const p = document.querySelectorAll('article > p')[5]!;
      const r = document.createRange();
      r.selectNodeContents(p);
      addEventListener(
        'pointerover',
        () => {
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
        },
        true,
      );
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const { composer, ctx } = await write(s.context, page);
    expect(ctx.passage).toBe('');
    await composer.getByTestId('cite-article').waitFor({ timeout: 15000 });
    expect(await composer.getByTestId('cite-quote').count()).toBe(0);
    await composer.close();
    await page.close();
  });

  it('does not quote the kicker or the byline even when the reader selects them', async () => {
    const page = await s.newPage(s.server.url('/demo/en-un-treaty-vote.html'));
    await openPanel(page);
    await page.locator('article .byline').click({ clickCount: 3 });
    expect(await page.evaluate(() => String(getSelection()))).toContain('Hannah Okafor');
    const { composer, ctx } = await write(s.context, page);
    expect(ctx.passage).toBe('');
    await composer.close();
    await page.close();
  });
});
