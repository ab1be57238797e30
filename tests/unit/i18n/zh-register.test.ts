import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A product UI addresses the reader formally and the same way everywhere (issue 18): the
// Chinese catalogs say 您, never the informal 你 (mixing both read as careless).
describe('zh_CN register', () => {
  const dir = resolve(__dirname, '../../../locales/zh_CN');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${file} addresses the reader as 您`, () => {
      const catalog = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Record<
        string,
        { message: string }
      >;
      const informal = Object.entries(catalog)
        .filter(([, v]) => v.message.includes('你'))
        .map(([k]) => k);
      expect(informal).toEqual([]);
    });
  }

  it('the Chinese store listing addresses the reader as 您 too', () => {
    const listing = readFileSync(resolve(__dirname, '../../../store/zh_CN.md'), 'utf8');
    expect(listing.includes('你')).toBe(false);
  });
});
