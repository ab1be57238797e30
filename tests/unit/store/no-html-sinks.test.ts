// The build rewrites Preact's only HTML sink (dangerouslySetInnerHTML) so AMO's linter has
// nothing to warn about; the real Preact file must match, and other modules are left alone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noHtmlSinks } from '../../../lib/build/no-html-sinks';

type Transform = (
  this: { error(msg: string): never },
  code: string,
  id: string,
) => { code: string } | null;
const transform = noHtmlSinks().transform as unknown as Transform;
const ctx = {
  error(msg: string): never {
    throw new Error(msg);
  },
};

describe('no-html-sinks build plugin', () => {
  for (const file of ['preact.module.js', 'preact.mjs']) {
    it(`removes every innerHTML assignment from ${file}`, () => {
      const path = resolve(__dirname, '../../../node_modules/preact/dist', file);
      const code = readFileSync(path, 'utf8');
      expect(code).toMatch(/\.innerHTML=/);
      const out = transform.call(ctx, code, path)!.code;
      expect(out).not.toMatch(/\.innerHTML\s*=/);
      expect(out).toMatch(/\.textContent=/);
    });
  }

  it('leaves other modules alone and fails loudly if Preact stops matching', () => {
    expect(transform.call(ctx, 'el.innerHTML=x', '/src/other.js')).toBeNull();
    expect(() =>
      transform.call(ctx, 'export {}', '/x/node_modules/preact/dist/preact.module.js'),
    ).toThrow(/Preact changed/);
  });
});
