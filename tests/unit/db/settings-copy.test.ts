// lib/db/settings-copy.ts: the popup's first frame reads a copy of the settings record from
// storage.session instead of opening IndexedDB (issue 17). The copy must never be older than
// the stored record: every change removes it before writing and puts the stored value back
// after committing, all holding one Web Lock; without Web Locks no copy is put at all.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, getSettings, keepSettingsCopy, updateSettings, type Settings } from '../../../lib/db';
import { DB_NAME, SETTINGS_KEY } from '../../../lib/db/schema';
import { withDefaults } from '../../../lib/db/defaults';
import { readEarly } from '../../../lib/db/early';
import {
  readSettingsCopy,
  SETTINGS_COPY_KEY,
  SETTINGS_LOCK,
  type SettingsCopy,
} from '../../../lib/db/settings-copy';
import { deleteAllData, exportData, importData } from '../../../lib/db/transfer';
import type { SessionArea } from '../../../lib/runtime-lite';

/** What the copy's area saw: each operation with the record IndexedDB held at that moment. */
type Op = { op: 'remove' | 'set'; stored: unknown; value?: unknown };

/** Raw read of the stored record's value (no Dexie transaction of the code under test). */
const stored = async () => ((await db.settings.get(SETTINGS_KEY))?.value ?? null) as unknown;

/** An in-process Web Locks stand-in that also notes whether two holders ever overlapped. */
function fakeLocks() {
  let tail: Promise<unknown> = Promise.resolve();
  const state = { held: 0, overlapped: false, requests: [] as string[] };
  return Object.assign(state, {
    request<T>(name: string, fn: () => Promise<T>): Promise<T> {
      state.requests.push(name);
      const run = tail.then(async () => {
        if (state.held++) state.overlapped = true;
        try {
          return await fn();
        } finally {
          state.held--;
        }
      });
      tail = run.catch(() => undefined);
      return run;
    },
  });
}

let ops: Op[];
let locks: ReturnType<typeof fakeLocks> | null;
/** Whether the copy is there (as the area's last finished operation left it). */
let present: boolean;

/** fakeBrowser's storage.session, noting every change to the copy and what IndexedDB held. */
function recordingSession(): SessionArea {
  const area = fakeBrowser.storage.session;
  return {
    get: (k) => area.get(k),
    async remove(k) {
      await area.remove(k);
      if (k === SETTINGS_COPY_KEY) {
        present = false;
        ops.push({ op: 'remove', stored: await stored() });
      }
    },
    async set(items) {
      await area.set(items);
      if (SETTINGS_COPY_KEY in items) {
        present = true;
        const value = (items[SETTINGS_COPY_KEY] as SettingsCopy).value;
        ops.push({ op: 'set', stored: await stored(), value });
      }
    },
  };
}

/** The copy as a reader of storage.session finds it. */
const copy = () => readSettingsCopy(fakeBrowser.storage.session);

beforeEach(() => {
  ops = [];
  present = false;
  locks = fakeLocks();
  vi.spyOn(navigator, 'locks', 'get').mockImplementation(
    () => locks as unknown as LockManager | null as LockManager,
  );
  // Chrome's `chrome` global, whose storage.session records what happens to the copy.
  vi.stubGlobal('chrome', {
    ...fakeBrowser,
    storage: { ...fakeBrowser.storage, session: recordingSession() },
  });
  // Every write of the settings record must happen while there is no copy.
  db.settings.hook('creating', () => void expect(present).toBe(false));
  db.settings.hook('updating', () => void expect(present).toBe(false));
});

afterEach(async () => {
  vi.unstubAllGlobals();
  db.settings.hook('creating').subscribers.length = 0;
  db.settings.hook('updating').subscribers.length = 0;
  db.close({ disableAutoOpen: false });
  await Dexie.delete(DB_NAME);
});

/** No IndexedDB at all: any open fails the test. */
const noIdb = {
  open() {
    throw new Error('the popup opened IndexedDB although a copy was there');
  },
} as unknown as IDBFactory;

describe("the settings' copy in storage.session (popup first frame)", () => {
  it('is what the popup reads, without opening IndexedDB, and equals the stored settings', async () => {
    await updateSettings({ mode: 'click', uiLang: 'fr', sender: { name: 'Ana' } });
    expect((await copy())?.value).toEqual(await stored());
    const early = await readEarly({ letters: false }, noIdb);
    expect(withDefaults(early?.settings)).toEqual(await getSettings());
    expect(early?.settings?.mode).toBe('click');
    expect(locks!.requests.every((n) => n === SETTINGS_LOCK)).toBe(true);
  });

  it('is removed before every change and put back with the stored value after it', async () => {
    await updateSettings({ mode: 'click' });
    const first = await stored();
    expect(ops).toEqual([
      { op: 'remove', stored: null },
      { op: 'set', stored: first, value: first },
    ]);
    // An import that replaces the settings.
    ops = [];
    const file = await exportData();
    file.settings = { ...(file.settings as object), mode: 'auto', uiLang: 'de' } as never;
    expect((await importData(JSON.stringify(file))).ok).toBe(true);
    const imported = await stored();
    expect(imported).toMatchObject({ mode: 'auto', uiLang: 'de' });
    expect(ops).toEqual([
      { op: 'remove', stored: first },
      { op: 'set', stored: imported, value: imported },
    ]);
    // "Delete all my data".
    ops = [];
    await deleteAllData();
    expect(ops).toEqual([
      { op: 'remove', stored: imported },
      { op: 'set', stored: null, value: null },
    ]);
    expect(await readEarly({ letters: false }, noIdb)).toEqual({
      settings: undefined,
      newest: null,
    });
    expect(locks!.overlapped).toBe(false);
  });

  it('is put back after a change that failed, with what is stored', async () => {
    await updateSettings({ mode: 'click' });
    ops = [];
    const refused = await importData('{"format":"not ours"}');
    expect(refused.ok).toBe(false);
    // A file refused before any write: no change, no removal.
    expect(ops).toEqual([]);
    vi.spyOn(db, 'transaction').mockImplementationOnce(() => {
      throw new Error('disk gone');
    });
    await expect(updateSettings({ mode: 'auto' })).rejects.toThrow();
    expect(ops.map((o) => o.op)).toEqual(['remove', 'set']);
    expect((await copy())?.value).toEqual(await stored());
    expect((await stored()) as { mode: string }).toMatchObject({ mode: 'click' });
  });

  it('ends equal to the stored settings after changes from many places at once', async () => {
    await Promise.all([
      updateSettings({ mode: 'click' }),
      updateSettings({ uiLang: 'es' }),
      updateSettings({ sender: { name: 'Bo' } }),
      deleteAllData(),
      updateSettings({ panelOpen: true }),
      keepSettingsCopy(),
    ]);
    expect(locks!.overlapped).toBe(false);
    expect((await copy())?.value).toEqual(await stored());
    // Each set put what IndexedDB held at that moment.
    for (const o of ops) if (o.op === 'set') expect(o.value).toEqual(o.stored);
  });

  it('is never put without Web Locks: changes remove it and the popup reads IndexedDB', async () => {
    await updateSettings({ mode: 'click' });
    expect(await copy()).toBeDefined();
    locks = null;
    await updateSettings({ mode: 'auto' });
    await keepSettingsCopy();
    expect(await copy()).toBeUndefined();
    expect(ops.at(-1)?.op).toBe('remove');
    const early = await readEarly({ letters: false });
    expect(early?.settings?.mode).toBe('auto');
  });

  it("is put back by the background's start when storage.session lost it, and kept otherwise", async () => {
    // Settings stored before this copy existed (or before the browser restarted).
    const old = { mode: 'click', uiLang: 'it' } as Settings;
    await db.settings.put({ key: SETTINGS_KEY, value: old });
    expect(await copy()).toBeUndefined();
    // No copy: the popup's early read reads IndexedDB, as before.
    expect((await readEarly({ letters: false }))?.settings?.uiLang).toBe('it');
    await keepSettingsCopy();
    expect((await copy())?.value).toEqual(old);
    ops = [];
    await keepSettingsCopy();
    expect(ops).toEqual([]);
  });

  it('is read as missing when malformed or unreadable', async () => {
    const area = fakeBrowser.storage.session;
    expect(await readSettingsCopy(undefined)).toBeUndefined();
    for (const bad of [null, 'x', {}, { value: 'click' }]) {
      await area.set({ [SETTINGS_COPY_KEY]: bad });
      expect(await readSettingsCopy(area)).toBeUndefined();
    }
    await area.set({ [SETTINGS_COPY_KEY]: { value: null } });
    expect(await readSettingsCopy(area)).toEqual({ value: null });
    const broken = { get: () => Promise.reject(new Error('gone')) } as unknown as SessionArea;
    expect(await readSettingsCopy(broken)).toBeUndefined();
  });
});
