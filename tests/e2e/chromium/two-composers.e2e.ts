// Two composer tabs open on one draft (docs/security.md, "losing the user's data"): each tab
// edits a different field, and after a reload both edits are there. Each tab is its own
// extension page with its own copy of the draft in memory.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';

/** The composer's saved draft as the extension stores it (localStorage, then IndexedDB). */
const storedDraft = (p: Page) =>
  p.evaluate(() => {
    const raw = localStorage.getItem('composer.draft');
    return raw
      ? (JSON.parse(raw) as { sender: { name: string }; personal: { why: string } })
      : null;
  });

async function openComposer(s: ChromiumSession): Promise<Page> {
  const p = await s.openExtensionPage('composer.html');
  await p.getByTestId('sender-name').waitFor({ timeout: 15000 });
  return p;
}

describe('two composer tabs, one draft (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps the edits of both tabs to different fields across a reload', async () => {
    const a = await openComposer(s);
    await a.getByTestId('sender-name').fill('Ada Lovelace');
    await expect.poll(async () => (await storedDraft(a))?.sender.name).toBe('Ada Lovelace');
    // The second tab opens on the same draft.
    const b = await openComposer(s);
    await expect(b.getByTestId('sender-name').inputValue()).resolves.toBe('Ada Lovelace');

    // Tab A writes why they care; then tab B, which never saw that, corrects the name.
    const why = 'I report on surveillance in Leeds — from tab A';
    await a.getByTestId('why').fill(why);
    await expect.poll(async () => (await storedDraft(a))?.personal.why).toBe(why);
    await b.getByTestId('sender-name').fill('Ada King');
    await expect.poll(async () => (await storedDraft(b))?.sender.name).toBe('Ada King');
    // Let both tabs' debounced IndexedDB saves land, then reload.
    await a.close({ runBeforeUnload: true });
    await b.close({ runBeforeUnload: true });

    const c = await openComposer(s);
    await expect.poll(() => c.getByTestId('sender-name').inputValue()).toBe('Ada King');
    expect(await c.getByTestId('why').inputValue()).toBe(why);
    await c.reload();
    await c.getByTestId('sender-name').waitFor({ timeout: 15000 });
    await expect.poll(() => c.getByTestId('sender-name').inputValue()).toBe('Ada King');
    expect(await c.getByTestId('why').inputValue()).toBe(why);
    await c.close();
  });
});
