import { describe, expect, it } from 'vitest';
import {
  failingRows,
  formatTable,
  formatValue,
  jsonLine,
  markdownTable,
  median,
  missingRow,
  pairedRatios,
  rowStatus,
  type BenchRow,
} from '../../../scripts/bench/report';

describe('median', () => {
  it('takes the middle of an odd list and the mean of the middle pair of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  it('refuses an empty list rather than inventing a number', () => {
    expect(() => median([])).toThrow();
  });
});

describe('pairedRatios', () => {
  it('divides pairwise and skips zero divisors', () => {
    expect(pairedRatios([2, 3, 9], [1, 0, 3])).toEqual([2, 3]);
  });
  it('rejects unpaired samples', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow();
  });
});

describe('row status and check', () => {
  const ok: BenchRow = { name: 'a', value: 1.05, unit: 'x', budget: 1.1 };
  const over: BenchRow = { name: 'b', value: 1.2, unit: 'x', budget: 1.1 };
  const atBudget: BenchRow = { name: 'c', value: 12000, unit: 'bytes', budget: 12000 };
  const report: BenchRow = { name: 'd', value: 40, unit: 'ms', budget: null };
  const missing = missingRow('e', 'ms', 300, 'no ledger page');
  const missingReport = missingRow('f', 'bytes', null, 'no panel script');

  it('classifies rows', () => {
    expect(rowStatus(ok)).toBe('ok');
    expect(rowStatus(over)).toBe('over');
    expect(rowStatus(atBudget)).toBe('ok');
    expect(rowStatus(report)).toBe('report');
    expect(rowStatus(missing)).toBe('missing');
    expect(rowStatus({ ...ok, value: Number.NaN })).toBe('missing');
  });
  it('fails rows over budget and rows that could not be measured, report rows included', () => {
    expect(
      failingRows([ok, over, atBudget, report, missing, missingReport]).map((r) => r.name),
    ).toEqual(['b', 'e', 'f']);
  });
  it('says why a row is missing', () => {
    expect(missing).toEqual({
      name: 'e',
      value: null,
      unit: 'ms',
      budget: 300,
      note: 'missing: no ledger page',
    });
  });
});

describe('output formats', () => {
  it('writes one JSON object per row with name, value, unit and budget', () => {
    expect(JSON.parse(jsonLine({ name: 'r', value: 1.23456, unit: 'x', budget: 2 }))).toEqual({
      name: 'r',
      value: 1.23,
      unit: 'x',
      budget: 2,
    });
    expect(
      JSON.parse(jsonLine({ name: 's', value: 11870.4, unit: 'bytes', budget: 12000 })).value,
    ).toBe(11870);
    expect(JSON.parse(jsonLine({ name: 't', value: 12.345, unit: 'ms', budget: null }))).toEqual({
      name: 't',
      value: 12.3,
      unit: 'ms',
      budget: null,
    });
    expect(jsonLine(missingRow('u', 'ms', 300, 'no popup'))).toBe(
      '{"name":"u","value":null,"unit":"ms","budget":300,"note":"missing: no popup"}',
    );
    expect(jsonLine({ name: 'v', value: 1, unit: 'x', budget: 2 })).not.toContain('\n');
  });
  it('formats values by unit', () => {
    expect(formatValue(11870, 'bytes')).toBe('11,870 B');
    expect(formatValue(1.344, 'x')).toBe('1.34×');
    expect(formatValue(12.34, 'ms')).toBe('12.3 ms');
    expect(formatValue(null, 'ms')).toBe('—');
  });
  it('prints an aligned table with the status of every row', () => {
    const t = formatTable([
      { name: 'content_script_gzip_bytes', value: 9000, unit: 'bytes', budget: 12000 },
      missingRow('ledger_open_ms_10k', 'ms', 300, 'no ledger page'),
    ]).split('\n');
    expect(t).toHaveLength(4);
    expect(t[0]).toMatch(/^name\s+value\s+budget\s+status\s+note$/);
    expect(t[2]).toContain('9,000 B');
    expect(t[2]).toContain('ok');
    expect(t[3]).toContain('NOT MEASURED');
    expect(t[3]).toContain('missing: no ledger page');
    // Columns line up: "value" starts at the same offset on every line.
    expect(t[2]!.indexOf('9,000 B')).toBe(t[0]!.indexOf('value'));
  });
  it('escapes pipes in Markdown notes', () => {
    const md = markdownTable([{ name: 'a', value: 1, unit: 'x', budget: null, note: 'a | b' }]);
    expect(md).toContain('a \\| b');
    expect(md.split('\n')).toHaveLength(3);
  });
});
