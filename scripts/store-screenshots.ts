/**
 * `npm run store:screenshots [-- --lang en,fr,ar] [--only panel,composer,ledger,options]
 *  [--out store/screenshots] [--no-build]`
 *
 * Drives the real, built extension in Chromium (the end-to-end harness) through what a reader
 * does — an article with the panel open, the composer opened from it, a sent letter with a
 * logged reply in the ledger, the options — and writes 1280×800 PNGs named `<lang>-<surface>.png`.
 * The UI language is chosen the way a user would, in the options page. Builds the Chrome
 * extension first unless `--no-build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../tests/e2e/harness';
import { panel } from '../tests/e2e/panel-root';

const SIZE = { width: 1280, height: 800 };

/** Per UI language: a demo article in that language, a country and a sender. */
const setups: Record<string, { article: string; country: string; sender: string }> = {
  en: { article: '/demo/en-un-treaty-vote.html', country: 'DE', sender: 'Alex Morgan' },
  fr: { article: '/demo/fr-convention-onu.html', country: 'FR', sender: 'Camille Martin' },
  es: { article: '/demo/es-convencion-onu.html', country: 'ES', sender: 'Lucía García' },
  de: { article: '/demo/de-uebereinkommen.html', country: 'DE', sender: 'Jonas Weber' },
  pt: { article: '/demo/pt-convencao.html', country: 'PT', sender: 'Ana Costa' },
  ar: { article: '/demo/ar-ittifaqiya.html', country: 'EG', sender: 'ليلى حسن' },
};
const surfaces = ['panel', 'composer', 'ledger', 'options'] as const;
type Surface = (typeof surfaces)[number];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState();
  await page.waitForFunction(() => !!document.documentElement.dir, undefined, { timeout: 15000 });
  await page.locator('h1, h2').first().waitFor({ state: 'visible', timeout: 15000 });
  // Fonts, live queries and transitions.
  await page.waitForTimeout(800);
}

async function chooseLanguage(s: ChromiumSession, lang: string, country: string): Promise<void> {
  const options = await s.openExtensionPage('options.html');
  await settle(options);
  await options.selectOption('#tlo-ui-lang', lang);
  await options.selectOption('#tlo-country', country);
  await options.waitForTimeout(600);
  await options.close();
}

async function shoot(
  page: Page,
  out: string,
  lang: string,
  surface: Surface | 'panel-safety',
): Promise<void> {
  const file = join(out, `${lang}-${surface}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

async function run(): Promise<void> {
  const langs = arg('lang', 'en').split(',');
  const only = new Set(arg('only', surfaces.join(',')).split(',') as Surface[]);
  const out = resolve(arg('out', 'store/screenshots'));
  mkdirSync(out, { recursive: true });
  if (!process.argv.includes('--no-build')) {
    const b = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { stdio: 'inherit' });
    if (b.status !== 0) throw new Error('build failed');
  }
  for (const lang of langs) {
    const setup = setups[lang];
    if (!setup) throw new Error(`no demo article for "${lang}" (have: ${Object.keys(setups)})`);
    // A fresh profile per language: nothing from the previous run shows up.
    const s = await launchChromium({ viewport: SIZE, locale: lang });
    try {
      await chooseLanguage(s, lang, setup.country);

      const article = await s.newPage(s.server.url(setup.article));
      await panel(article).locator('.frame').waitFor({ state: 'attached', timeout: 20000 });
      if ((await panel(article).locator('.frame').getAttribute('data-open')) !== 'true')
        await panel(article).locator('.tab').click();
      await article.waitForTimeout(900);
      if (only.has('panel')) await shoot(article, out, lang, 'panel');

      const opened = s.context.waitForEvent('page', { timeout: 20000 });
      await panel(article).locator('.write-btn').click();
      // Where the reader's country is rated Not Free, the panel first offers an anonymous
      // letter (lib/campaign/risk.ts): shoot that notice too, then write anonymously.
      await article.waitForTimeout(400);
      if ((await panel(article).locator('.safety-anonymous').count()) > 0) {
        if (only.has('panel')) await shoot(article, out, lang, 'panel-safety');
        await panel(article).locator('.safety-anonymous').click();
      }
      const composer = await opened;
      await composer.setViewportSize(SIZE);
      await settle(composer);
      await composer.locator('[data-testid="sender-name"]').fill(setup.sender);
      await composer
        .locator('[data-testid="why"]')
        .fill(
          lang === 'ar'
            ? 'أعمل في أمن المعلومات، وهذه الاتفاقية قد تجرّم عملي في حماية الناس.'
            : lang === 'fr'
              ? 'Je travaille dans la sécurité informatique : ce traité pourrait rendre mon travail illégal.'
              : 'I work in IT security, and this treaty could make the work that keeps people safe a crime.',
        );
      await composer.locator('[data-testid="why"]').blur();
      await composer.evaluate(() => window.scrollTo(0, 0));
      await composer.waitForTimeout(700);
      if (only.has('composer')) await shoot(composer, out, lang, 'composer');

      if (only.has('ledger')) {
        // Send by copying, confirm, and log a reply, so the ledger has something to show.
        await composer.locator('[data-testid="send-clipboard"]').first().click();
        await composer.locator('[data-testid="confirm-sent"]').first().click();
        const ledger = await s.openExtensionPage('ledger.html');
        await settle(ledger);
        await ledger.locator('.tll-row').first().click();
        await ledger.locator('.tll-detail .tll-actions button').nth(0).waitFor();
        await ledger.waitForTimeout(600);
        await shoot(ledger, out, lang, 'ledger');
      }
      if (only.has('options')) {
        const options = await s.openExtensionPage('options.html');
        await settle(options);
        await shoot(options, out, lang, 'options');
      }
    } finally {
      await s.close({ allowProblems: true });
    }
  }
}

run().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
