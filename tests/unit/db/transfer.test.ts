import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCustomRecipient,
  confirmSent,
  db,
  logReply,
  markFollowUpNotified,
  recordHandoff,
  saveDraft,
  updateSettings,
} from '../../../lib/db';
import {
  deleteAllData,
  exportCsv,
  exportData,
  exportJson,
  importData,
  MAX_IMPORT_BYTES,
  parseCsv,
  storageSummary,
  toCsv,
  CSV_COLUMNS,
} from '../../../lib/db/transfer';

const r = (n: number) => ({
  id: `r${n}`,
  name: `Rep ${n}`,
  role: 'MP',
  group: 'uk-commons',
  country: 'GB',
});

async function everything() {
  const d = await exportData();
  return { ...d, exportedAt: '' };
}

async function seed() {
  await updateSettings({
    country: 'GB',
    sender: { name: 'Sam', city: 'Leeds', role: 'teacher' },
    followUpDays: 21,
  });
  const a = await saveDraft({
    recipient: { ...r(1), email: 'rep1@example.org' },
    subject: '=HYPERLINK("http://evil")',
    body: 'Line 1\n"quoted", comma\r\nאבג 🙂 +1 -2 @x',
    concerns: ['privacy', 'journalists'],
    article: { url: 'https://news.example/x', title: 'T', outlet: 'O', passage: 'P' },
  });
  await recordHandoff(a, 'gmail');
  await confirmSent(a);
  await logReply(a, { receivedOn: '2026-11-20', kind: 'substantive', notes: 'n', text: 'Dear…' });
  const b = await saveDraft({ recipient: r(2), subject: 'Second', body: 'b' });
  await confirmSent(b);
  await saveDraft({ recipient: r(3), subject: 'draft' });
  await addCustomRecipient({ name: 'Mayor', role: 'Mayor', country: 'GB', email: 'm@example.org' });
  await markFollowUpNotified('2026-11-26T10:00:00.000Z');
}

beforeEach(async () => {
  await deleteAllData();
});

describe('JSON export / import', () => {
  it('export → wipe → import gives identical data', async () => {
    await seed();
    const before = await everything();
    const json = await exportJson();
    await deleteAllData();
    expect(await storageSummary()).toEqual({
      letters: 0,
      replies: 0,
      recipients: 0,
      settings: 0,
      meta: 0,
    });
    const res = await importData(json);
    expect(res).toEqual({ ok: true, counts: { added: 6, updated: 0, unchanged: 0, keptNewer: 0 } });
    expect(await everything()).toEqual(before);
  });

  it('re-importing the same file adds no duplicates', async () => {
    await seed();
    const json = await exportJson();
    const res = await importData(json);
    expect(res.ok && res.counts).toEqual({ added: 0, updated: 0, unchanged: 6, keptNewer: 0 });
    expect(await db.letters.count()).toBe(3);
    expect(await db.replies.count()).toBe(1);
  });

  it('keeps a letter edited after the export instead of overwriting it', async () => {
    const id = await saveDraft({ recipient: r(1), body: 'old' });
    const json = await exportJson();
    await new Promise((res) => setTimeout(res, 5));
    await saveDraft({ id, body: 'newer' });
    const res = await importData(json);
    expect(res.ok && res.counts.keptNewer).toBe(1);
    expect((await db.letters.get(id))!.body).toBe('newer');
  });

  it('a file with one bad record changes nothing and names the problem', async () => {
    await seed();
    const before = await everything();
    const file = JSON.parse(await exportJson());
    file.letters.push({ ...file.letters[0], id: 'new-1', state: 'lost' });
    file.letters.push({
      ...file.letters[0],
      id: 'new-2',
      recipient: { ...file.letters[0].recipient, name: undefined },
    });
    file.replies.push({
      id: 'orphan',
      letterId: 'nowhere',
      receivedOn: '2026-01-01',
      kind: 'refusal',
    });
    const res = await importData(JSON.stringify(file));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problems.map((p) => [p.section, p.index, p.field, p.kind])).toEqual([
      ['letters', 4, 'state', 'invalid'],
      ['letters', 5, 'recipient.name', 'missing'],
    ]);
    expect(res.problems[1]!.message).toBe('Letter 5 (new-2): “recipient.name” is missing.');
    expect(await everything()).toEqual(before);
  });

  it('rejects replies to unknown letters without writing anything', async () => {
    const file = JSON.parse(await exportJson());
    file.replies = [
      { id: 'orphan', letterId: 'nowhere', receivedOn: '2026-01-01', kind: 'refusal' },
    ];
    const res = await importData(JSON.stringify(file));
    expect(!res.ok && res.problems[0]!.kind).toBe('unknown_letter');
    expect(await db.replies.count()).toBe(0);
  });

  it('refuses files over 20 MB with a clear message, before reading them', async () => {
    const big = new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]);
    const res = await importData(big);
    expect(res).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ kind: 'too_large', message: expect.stringContaining('20 MB') }),
      ],
    });
  });

  it('says plainly when a file is not an export at all', async () => {
    for (const [text, kind] of [
      ['not json', 'not_json'],
      ['{"hello":1}', 'not_export'],
      ['[]', 'not_export'],
      ['{"format":"treaty-lens-export","formatVersion":99}', 'newer_format'],
    ] as const) {
      const res = await importData(text);
      expect(!res.ok && res.problems[0]!.kind).toBe(kind);
    }
  });

  it('random input never writes anything (property)', async () => {
    await seed();
    let before = await everything();
    const valid = JSON.parse(await exportJson());
    const mutated = fc.record({
      format: fc.constantFrom('treaty-lens-export', 'x'),
      formatVersion: fc.constantFrom(1, 2, '1'),
      letters: fc.array(
        fc.oneof(
          fc.anything(),
          fc.record({
            ...Object.fromEntries(Object.keys(valid.letters[0]).map((k) => [k, fc.anything()])),
          }),
          fc.constant({ ...valid.letters[0], id: 'dup' }),
        ),
        { maxLength: 4 },
      ),
      replies: fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 3 })),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          mutated.map((m) => JSON.stringify(m)),
        ),
        async (text) => {
          const res = await importData(text);
          if (!res.ok) {
            expect(res.problems.length).toBeGreaterThan(0);
            expect(await everything()).toEqual(before);
          } else before = await everything(); // a valid file may change data; later failures must not
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('CSV', () => {
  it('neutralises formula cells and round-trips', async () => {
    await seed();
    const csv = await exportCsv();
    expect(csv.startsWith('\uFEFF"id","date_utc","date_local"')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const a = rows.find((x) => x[col('subject')] === '=HYPERLINK("http://evil")')!;
    expect(a[col('body')]).toBe('Line 1\n"quoted", comma\r\nאבג 🙂 +1 -2 @x');
    expect(a[col('concerns')]).toBe('privacy; journalists');
    expect(a[col('replies')]).toBe('1');
    expect(a[col('date_utc')]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  });

  it('speaks the export language: labels, reply text and local dates beside UTC', async () => {
    await seed();
    const csv = await exportCsv({
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      labels: {
        state: (x) => `state:${x}`,
        channel: (x) => `channel:${x}`,
        ask: (x) => `ask:${x}`,
        concern: (x) => `concern:${x}`,
        replyKind: (x) => `kind:${x}`,
      },
    });
    const rows = parseCsv(csv);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const a = rows.find((x) => x[col('replies')] === '1')!;
    expect(a[col('concerns')]).toBe('concern:privacy; concern:journalists');
    expect(a[col('ask')]).toMatch(/^ask:/);
    expect(a[col('state')]).toMatch(/^state:/);
    expect(a[col('reply_text')]).toMatch(/^\d{4}-\d\d-\d\d · kind:/);
    // Local time in Berlin is never the UTC wall-clock time written the same way.
    expect(a[col('date_local')]).toMatch(/MEZ|MESZ|GMT\+1|GMT\+2|UTC\+1|UTC\+2/);
    expect(a[col('date_local')]).not.toBe(a[col('date_utc')]);
  });

  it.each([
    ['NUL', '\u0000=1+1'],
    ['LF', '\n=1+1'],
    ['CR', '\r=1+1'],
    ['tab', '\t=1+1'],
    ['leading space', ' =1+1'],
    ['no-break space', '\u00A0=1+1'],
    ['zero-width space', '\u200B=1+1'],
    ['full-width equals', '＝1+1'],
    ['full-width plus', '＋1+1'],
    ['full-width minus', '－1+1'],
    ['full-width at', '＠SUM(A1)'],
    ['small equals', '﹦1+1'],
    ['minus sign', '\u22121+1'],
    ['DDE', "=cmd|' /C calc'!A0"],
    ['at', '@SUM(1+1)'],
  ])('neutralises a cell that starts with %s (OWASP CSV injection)', (_name, cell) => {
    const csv = toCsv([[cell]]);
    expect(csv.startsWith(`"'`)).toBe(true);
    expect(csv).not.toContain('\u0000');
  });

  it('toCsv → parseCsv is the identity on any table without NUL (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const csv = toCsv(rows);
          // NUL never reaches a cell; everything else survives.
          expect(parseCsv(csv)).toEqual(rows.map((r) => r.map((c) => c.replace(/\0/g, ''))));
          for (const line of csv.split('\r\n')) expect(line).not.toMatch(/(^|,)"[=+\-@\t\r]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
