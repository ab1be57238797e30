/**
 * The ledger row closes each ledger only once the page's own IndexedDB requests have answered
 * (issue 17, eighth round; docs/performance.md). Closed at its first row, a ledger's reads
 * after its first frame (the total, the filter menus, the follow-ups: thousands of letters)
 * went on in the browser's IndexedDB backend, which runs one request at a time, and its
 * main-thread work went on in the extension's renderer, which every extension page shares:
 * the next load's first `indexedDB.open` then waited up to 800 ms behind them (browser-wide
 * CDP traces), in one to four loads a run. The idle check before each load (storage-idle.ts)
 * could answer before those reads had started.
 *
 * `trackIdbActivity` runs in the page (an init script, before any page script): it wraps the
 * IndexedDB request methods, passing every call through, and counts the requests not yet
 * answered. Plain function, serialised with toString(): it must not use anything from outside.
 */

/** What the page exposes as `window.__tlIdb`. */
export interface IdbActivity {
  /** Requests made and not yet answered (success or error). */
  pending: number;
  /** Requests made in all (a cursor's every step counts). */
  made: number;
  /** performance.now() when a request was last made or answered. */
  last: number;
}

/** Wrap `g`'s IndexedDB request methods to keep `g.__tlIdb` up to date; returns it. */
export function trackIdbActivity(g: typeof globalThis & { __tlIdb?: IdbActivity }): IdbActivity {
  const a: IdbActivity = (g.__tlIdb = { pending: 0, made: 0, last: g.performance.now() });
  const track = (req: IDBRequest): IDBRequest => {
    a.pending++;
    a.made++;
    a.last = g.performance.now();
    const done = () => {
      a.pending--;
      a.last = g.performance.now();
      req.removeEventListener('success', done);
      req.removeEventListener('error', done);
    };
    req.addEventListener('success', done);
    req.addEventListener('error', done);
    return req;
  };
  const wrap = (proto: object, names: string[]) => {
    const p = proto as Record<string, unknown>;
    for (const m of names) {
      const f = p[m];
      if (typeof f === 'function')
        p[m] = function (this: unknown, ...x: unknown[]) {
          return track((f as (...y: unknown[]) => IDBRequest).apply(this, x));
        };
    }
  };
  const reads = ['get', 'getKey', 'getAll', 'getAllKeys', 'getAllRecords', 'count'];
  const cursors = ['openCursor', 'openKeyCursor'];
  wrap(g.IDBObjectStore.prototype, [...reads, ...cursors, 'put', 'add', 'delete', 'clear']);
  wrap(g.IDBIndex.prototype, [...reads, ...cursors]);
  wrap(g.IDBFactory.prototype, ['open']);
  // A cursor's request answers once per step, and each step asks again.
  const c = g.IDBCursor.prototype as unknown as Record<string, unknown>;
  for (const m of ['continue', 'advance', 'continuePrimaryKey']) {
    const f = c[m];
    if (typeof f === 'function')
      c[m] = function (this: IDBCursor, ...x: unknown[]) {
        const r = (f as (...y: unknown[]) => unknown).apply(this, x);
        track(this.request);
        return r;
      };
  }
  return a;
}

/** How long a ledger's IndexedDB must have been quiet before the bench closes it. */
export const SETTLE_QUIET_MS = 250;

/**
 * Whether a page whose `__tlIdb` reads `a` at page time `now` has settled: nothing it asked of
 * IndexedDB is unanswered, and nothing was asked or answered for `SETTLE_QUIET_MS`.
 */
export function settled(a: Pick<IdbActivity, 'pending' | 'last'> | null, now: number): boolean {
  return !!a && a.pending <= 0 && now - a.last >= SETTLE_QUIET_MS;
}
