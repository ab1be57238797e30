/**
 * The ui rows' cold condition (issue 17, sixth round; docs/performance.md): the extension's
 * IndexedDB closed, as a person finds it when they click the toolbar button with the
 * background worker asleep. Chromium keeps a database's LevelDB files open until 2 s after its
 * last connection closes; this tells, from outside the browser, whether any of the browser's
 * processes still has a file of the extension's IndexedDB folder open (Linux /proc).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How many files under `<profileDir>/Default/IndexedDB/chrome-extension_…` the processes
 * started with `--user-data-dir=<profileDir>` hold open, or null when `procRoot` cannot be read
 * (not Linux): the caller then waits a fixed time instead.
 */
export function idbFilesOpen(profileDir: string, procRoot = '/proc'): number | null {
  let pids: string[];
  try {
    pids = readdirSync(procRoot).filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const flag = `--user-data-dir=${profileDir}`;
  const folder = join(profileDir, 'Default', 'IndexedDB', 'chrome-extension_');
  let open = 0;
  for (const pid of pids) {
    try {
      // Chromium's child processes may rewrite their command line as one space-joined title.
      const args = readFileSync(join(procRoot, pid, 'cmdline'), 'utf8').split(/[\0 ]/);
      if (!args.includes(flag)) continue;
      for (const fd of readdirSync(join(procRoot, pid, 'fd'))) {
        try {
          if (readlinkSync(join(procRoot, pid, 'fd', fd)).startsWith(folder)) open++;
        } catch {
          // closed meanwhile
        }
      }
    } catch {
      // the process ended meanwhile, or is not ours to read
    }
  }
  return open;
}
