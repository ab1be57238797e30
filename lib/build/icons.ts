/**
 * Render the toolbar/store icons from the one SVG source (assets/icon.svg).
 * Runs in Node at build time (wxt.config.ts hook and scripts/icons.ts), never in the extension.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Icon sizes the manifest and the stores ask for. */
export const iconSizes = [16, 32, 48, 96, 128] as const;

/** PNG bytes for each size, rendered from assets/icon.svg. */
export function renderIcons(root: string): { size: number; png: Buffer }[] {
  const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
  return iconSizes.map((size) => ({
    size,
    png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
  }));
}
