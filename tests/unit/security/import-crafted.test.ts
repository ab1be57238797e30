// Issue 15, point 5: a crafted export file must not plant what the UI refuses. Before this, the
// import checked shapes only: it took an update URL that becomes a daily beacon, the test hook
// `followUpTestMinutes` (since removed; a file carrying it is refused by name), recipients with bidi-override e-mails or `javascript:` forms,
// `javascript:` article links, a draft dated in the future and unknown settings keys, and
// replaced the settings without asking. Now each is refused with a message naming the record and
// the field, nothing is written, and a valid file is previewed (what it would change) first.
import { beforeEach, describe, expect, it } from 'vitest';
import { addCustomRecipient, db, getSettings, saveDraft, updateSettings } from '../../../lib/db';
import {
  checkImport,
  deleteAllData,
  exportData,
  importData,
  previewImport,
  type ExportFile,
} from '../../../lib/db/transfer';

const NOW = new Date();
const FUTURE = new Date(NOW.getTime() + 30 * 86_400_000).toISOString();

beforeEach(async () => {
  await deleteAllData();
});

async function baseFile(): Promise<ExportFile> {
  await updateSettings({ country: 'GB', sender: { name: 'Sam', city: 'Leeds', role: '' } });
  const id = await saveDraft({
    recipient: {
      id: 'r1',
      name: 'Rep',
      role: 'MP',
      group: 'uk-commons',
      country: 'GB',
      email: 'rep@example.org',
    },
    subject: 'Hello',
    body: 'Body',
    article: { url: 'https://news.example/x', title: 'T', outlet: 'O', passage: 'P' },
  });
  await addCustomRecipient({ name: 'Mayor', role: 'Mayor', country: 'GB', email: 'm@example.org' });
  const f = await exportData();
  expect(id).toBeTruthy();
  return JSON.parse(JSON.stringify(f)) as ExportFile;
}

/** Every attack of point 5 in one file. */
async function craftedFile(): Promise<ExportFile> {
  const f = await baseFile();
  const letter = f.letters[0]!;
  const mine = f.recipients[0]!;
  return {
    ...f,
    settings: {
      ...f.settings!,
      updateUrl: 'https://tracker.example/beacon.json?reader=42',
      followUpTestMinutes: 0.05,
      pausedUntil: '2099-01-01T00:00:00.000Z',
      disabledSites: ['javascript:alert(1)'],
      debugHook: true,
    } as unknown as ExportFile['settings'],
    recipients: [
      { ...mine, id: 'bidi', email: '\u202Egro.elpmaxe@live' },
      {
        ...mine,
        id: 'js-form',
        email: undefined,
        contactForm: 'javascript:alert(document.domain)',
      },
      { ...mine, id: 'future', createdAt: FUTURE },
    ],
    letters: [
      { ...letter, id: 'js-article', article: { ...letter.article!, url: 'javascript:alert(1)' } },
      { ...letter, id: 'future-draft', createdAt: FUTURE, updatedAt: FUTURE },
      {
        ...letter,
        id: 'js-recipient',
        recipient: { ...letter.recipient, email: undefined, contactForm: 'javascript:void 0' },
      },
    ],
  };
}

const fields = (problems: { section: string; id?: string; field: string }[]) =>
  problems.map((p) => `${p.section}${p.id ? `:${p.id}` : ''}:${p.field}`).sort();

describe('a crafted import file', () => {
  it('is refused item by item, with messages that name the record and the field', async () => {
    const crafted = await craftedFile();
    const r = checkImport(JSON.stringify(crafted));
    expect(r.ok).toBe(false);
    // The unknown settings key is refused by the (strict) schema first, and the retired test
    // hook by name.
    expect(!r.ok && fields(r.problems)).toEqual([
      'settings:debugHook',
      'settings:followUpTestMinutes',
    ]);
    expect(!r.ok && r.problems[0]!.message).toBe(
      'Settings 1: “debugHook” is not a setting of Treaty Lens.',
    );

    const known = { ...crafted, settings: { ...crafted.settings } as Record<string, unknown> };
    delete known.settings.debugHook;
    const r2 = checkImport(JSON.stringify(known));
    expect(r2.ok).toBe(false);
    if (r2.ok) return;
    expect(fields(r2.problems)).toEqual(
      [
        'letters:future-draft:createdAt',
        'letters:future-draft:updatedAt',
        'letters:js-article:article.url',
        'letters:js-recipient:recipient.contactForm',
        'recipients:bidi:email',
        'recipients:future:createdAt',
        'recipients:js-form:contactForm',
        'settings:disabledSites.0',
        'settings:followUpTestMinutes',
        'settings:pausedUntil',
        'settings:updateUrl',
      ].sort(),
    );
    const text = r2.problems.map((p) => p.message).join('\n');
    expect(text).toMatch(/Letter 2 \(future-draft\): “createdAt” is in the future\./);
    expect(text).toMatch(/“followUpTestMinutes” is a test setting and cannot be imported/);
    expect(text).toMatch(/“article\.url” is not an http\(s\) web address/);
  });

  it('writes nothing when refused', async () => {
    const crafted = await craftedFile();
    const before = await exportData();
    const res = await importData(JSON.stringify(crafted));
    expect(res.ok).toBe(false);
    const after = await exportData();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    expect(Object.keys((await db.settings.get('settings'))!.value)).not.toContain(
      'followUpTestMinutes',
    );
  });

  it('the retired test hook: a value is refused by name, an old export with null still imports', async () => {
    const f = await baseFile();
    const hooked = { ...f, settings: { ...f.settings!, followUpTestMinutes: 1 } };
    const r = checkImport(JSON.stringify(hooked));
    expect(!r.ok && r.problems.map((p) => p.message)).toEqual([
      'Settings: “followUpTestMinutes” is a test setting and cannot be imported.',
    ]);
    // Exports made before the hook was removed carry it as null.
    const old = { ...f, settings: { ...f.settings!, followUpTestMinutes: null } };
    const ok = checkImport(JSON.stringify(old));
    expect(ok.ok).toBe(true);
    expect(ok.ok && Object.keys(ok.data.settings!)).not.toContain('followUpTestMinutes');
    // A record an older version stored keeps the key out of the settings and of the next export.
    await db.settings.put({
      key: 'settings',
      value: { ...f.settings!, followUpTestMinutes: 0.1 } as ExportFile['settings'] & object,
    });
    expect(Object.keys(await getSettings())).not.toContain('followUpTestMinutes');
    expect(Object.keys((await exportData()).settings!)).not.toContain('followUpTestMinutes');
  });

  it('a valid file that changes settings is previewed first: nothing written until importData', async () => {
    const f = await baseFile();
    const other = {
      ...f,
      settings: {
        ...f.settings!,
        updateUrl: 'https://mirror.example.org/campaign.json',
        panelOpen: true,
        sender: { name: 'Someone else', city: 'Leeds', role: '' },
      },
    };
    await deleteAllData();
    await updateSettings({ country: 'GB', sender: { name: 'Sam', city: 'Leeds', role: '' } });
    const p = await previewImport(JSON.stringify(other));
    expect(p).toMatchObject({ ok: true, letters: 1, recipients: 1 });
    expect(p.ok && p.settings).toEqual(['sender', 'panelOpen', 'updateUrl']);
    // The preview wrote nothing.
    expect(await db.letters.count()).toBe(0);
    expect((await getSettings()).updateUrl).not.toBe('https://mirror.example.org/campaign.json');
    // The reader confirmed: now it is imported.
    expect((await importData(p.ok ? p.text : '')).ok).toBe(true);
    expect((await getSettings()).updateUrl).toBe('https://mirror.example.org/campaign.json');
  });

  it('still takes back an ordinary export of this version, test hook off', async () => {
    const f = await baseFile();
    expect(checkImport(JSON.stringify(f)).ok).toBe(true);
  });
});
