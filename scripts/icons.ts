// Write the rendered icons to a folder for a look (the build renders them itself).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderIcons } from '../lib/build/icons';

const out = process.argv[2] ?? 'test-results/icons';
mkdirSync(out, { recursive: true });
for (const { size, png } of renderIcons(process.cwd()))
  writeFileSync(join(out, `${size}.png`), png);
console.log(`icons written to ${out}`);
