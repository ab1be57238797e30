// scripts/bench/storage-closed.ts: the cold rows wait until no process of the bench's browser
// holds a file of the extension's IndexedDB folder open. A fake /proc tree stands in.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { idbFilesOpen } from '../../../scripts/bench/storage-closed';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function proc(pid: number, args: string[], fds: string[]): void {
  mkdirSync(join(root, 'proc', String(pid), 'fd'), { recursive: true });
  writeFileSync(join(root, 'proc', String(pid), 'cmdline'), args.join('\0') + '\0');
  fds.forEach((target, i) => symlinkSync(target, join(root, 'proc', String(pid), 'fd', String(i))));
}

describe('idbFilesOpen', () => {
  it("counts only the bench browser's open files in the extension's IndexedDB folder", () => {
    root = mkdtempSync(join(tmpdir(), 'tl-proc-'));
    const profile = join(root, 'profile');
    const other = join(root, 'other-profile');
    const idb = join(profile, 'Default', 'IndexedDB', 'chrome-extension_abc_0.indexeddb.leveldb');
    proc(
      10,
      ['chromium', `--user-data-dir=${profile}`],
      [join(idb, 'LOCK'), join(idb, '000003.log'), '/dev/null'],
    );
    proc(
      11,
      ['chromium', '--type=renderer', `--user-data-dir=${profile}`],
      [join(profile, 'Default', 'Cookies')],
    );
    // Another browser (another helper's bench) with the same extension folder name.
    const otherIdb = join(
      other,
      'Default',
      'IndexedDB',
      'chrome-extension_abc_0.indexeddb.leveldb',
    );
    proc(12, ['chromium', `--user-data-dir=${other}`], [join(otherIdb, 'LOCK')]);
    mkdirSync(join(root, 'proc', 'self'));
    expect(idbFilesOpen(profile, join(root, 'proc'))).toBe(2);
    expect(idbFilesOpen(other, join(root, 'proc'))).toBe(1);
    rmSync(join(root, 'proc', '10'), { recursive: true });
    expect(idbFilesOpen(profile, join(root, 'proc'))).toBe(0);
  });

  it('returns null when there is no /proc to read', () => {
    root = mkdtempSync(join(tmpdir(), 'tl-proc-'));
    expect(idbFilesOpen(join(root, 'p'), join(root, 'nowhere'))).toBeNull();
  });
});
