/**
 * The interface language, chosen as a reader chooses it: the options page's "Interface
 * language" menu (stored in the settings; every extension page speaks it when it opens).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './harness';

/** Open the options page and wait for its language menu. */
export async function openOptions(s: ChromiumSession): Promise<Page> {
  const options = await s.openExtensionPage('options.html');
  await options.locator('#tlo-ui-lang').waitFor({ timeout: 20000 });
  return options;
}

/** Pick `lang` (a folder name under locales/) in the options page and wait until it speaks it. */
export async function chooseUiLanguage(options: Page, lang: string): Promise<void> {
  await options.bringToFront();
  await options.locator('#tlo-ui-lang').selectOption(lang);
  await expect
    .poll(() => options.evaluate(() => document.documentElement.lang), { timeout: 10000 })
    .toBe(lang.replace('_', '-'));
  await options.locator('#tlo-ui-lang').waitFor();
}
