/**
 * Build-time half of lib/i18n: merge `locales/<lang>/*.json` into the WebExtension
 * `_locales/<folder>/messages.json` files the browser reads for the manifest (__MSG_*__).
 * Runs in Node (wxt.config.ts hook), never in the extension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chrome only accepts its own list of locale folder names; map ours onto it. */
const folderNames: Record<string, string[]> = { pt: ['pt_BR', 'pt_PT'] };

export function mergedLocales(root: string): { folder: string; json: string }[] {
  const dir = join(root, 'locales');
  const out: { folder: string; json: string }[] = [];
  for (const lang of readdirSync(dir).sort()) {
    const merged: Record<string, unknown> = {};
    for (const file of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      Object.assign(merged, JSON.parse(readFileSync(join(dir, lang, file), 'utf8')));
    }
    for (const folder of folderNames[lang] ?? [lang])
      out.push({ folder, json: JSON.stringify(merged) });
  }
  return out;
}
