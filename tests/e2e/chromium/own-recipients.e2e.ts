// "Your own recipients" in real Chromium: a recipient added in the options page appears in the
// composer's recipient list, an edit shows there too, and after a delete it is gone — one store
// (lib/db) for both pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe } from '../axe';
import { launchChromium, type ChromiumSession } from '../harness';

/** Reload the composer and wait until its "Recipients you added" list shows exactly `names`. */
async function expectInComposer(composer: Page, names: string[]): Promise<void> {
  await composer.reload();
  await composer.getByTestId('sender-name').waitFor({ timeout: 15000 });
  const list = composer.locator('ul[aria-label="Recipients you added"] .tlc-recipient-name');
  await expect.poll(() => list.allTextContents(), { timeout: 10000 }).toEqual(names);
}

describe('own recipients (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('options → composer: added, edited and deleted recipients show up there', async () => {
    const options = await s.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Your own recipients' }).waitFor({ timeout: 15000 });
    const statusEl = options.getByTestId('own-recipients-status');
    // Names in the status sentence are wrapped in FSI … PDI (direction isolates).
    const status = {
      textContent: async () => (await statusEl.textContent())?.replace(/[\u2068\u2069]/g, ''),
    };

    await options.getByRole('button', { name: 'Add a recipient' }).click();
    await options.getByTestId('own-recipient-name').fill('Councillor Rosa Díaz');
    await options.getByTestId('own-recipient-email').fill('not an address');
    await options.getByTestId('own-recipient-save').click();
    await options
      .getByText('This is not an email address. It should look like name@example.org.')
      .waitFor();
    // The open form with an error in it: axe finds nothing serious or critical.
    const found = await runAxe(options, { include: ['section[aria-labelledby="tlo-recipients"]'] });
    expect(found, formatViolations(found)).toEqual([]);
    await options.getByTestId('own-recipient-email').fill('rosa.diaz@council.example.org');
    await options.getByTestId('own-recipient-contactForm').fill('http://council.example.org/write');
    await options.getByTestId('own-recipient-save').click();
    await expect.poll(() => status.textContent()).toBe('Councillor Rosa Díaz was added.');

    const composer = await s.openExtensionPage('composer.html');
    await expectInComposer(composer, ['Councillor Rosa Díaz']);

    await options.getByRole('button', { name: 'Edit Councillor Rosa Díaz' }).click();
    await options.getByTestId('own-recipient-name').fill('Rosa Díaz');
    await options.getByTestId('own-recipient-save').click();
    await expect.poll(() => status.textContent()).toBe('Changes to Rosa Díaz were saved.');
    await expectInComposer(composer, ['Rosa Díaz']);

    // A second person, so that the composer's list is there to show that the first is gone.
    await options.getByRole('button', { name: 'Add a recipient' }).click();
    await options.getByTestId('own-recipient-name').fill('أمل حداد');
    await options.getByTestId('own-recipient-phone').fill('+961 1 000 000');
    await options.getByTestId('own-recipient-save').click();
    await expect.poll(() => status.textContent()).toBe('أمل حداد was added.');

    await options.getByRole('button', { name: 'Delete Rosa Díaz' }).click();
    await expect.poll(() => status.textContent()).toMatch('Rosa Díaz was deleted.');
    await expect.poll(() => options.getByTestId('own-recipient').count()).toBe(1);
    await expectInComposer(composer, ['أمل حداد']);
    // The composer still offers adding someone by hand.
    expect(await composer.getByText('+ Add someone else').count()).toBe(1);
  });
});
