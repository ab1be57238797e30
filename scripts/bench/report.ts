/**
 * Pure helpers of the benchmark: statistics, row checking and the two output formats
 * (a readable table and one JSON object per line). No I/O here, so they are unit-tested.
 */

/** One benchmark figure. `budget` is an upper bound; null means "report only". */
export interface BenchRow {
  name: string;
  /** null when the row could not be measured (then `note` says why). */
  value: number | null;
  unit: string;
  budget: number | null;
  /** How it was measured, or why it is missing. */
  note?: string;
}

/**
 * The budgets (issue 17), in one place. `page_overhead_ratio_nonmatching` has none here: its
 * budget is the control measured in the same run + 0.03 (scripts/bench/overhead.ts).
 */
export const BUDGETS = {
  content_script_gzip_bytes: 6000,
  detect_ratio_article_1mb: 1.5,
  detect_ratio_page_10mb: 2.0,
  panel_visible_ms: 100,
  ledger_open_ms_10k: 200,
  popup_ready_ms: 150,
} as const;

/** Where a row stands against its budget. */
export type RowStatus = 'ok' | 'over' | 'report' | 'missing';

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Ratios a[i] / b[i] of paired samples (same run, same iteration), skipping zero divisors. */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error('paired samples differ in length');
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (b[i]! > 0) out.push(a[i]! / b[i]!);
  return out;
}

/** Budget status: unmeasured rows fail, rows over budget fail, budget-less rows are reports. */
export function rowStatus(row: BenchRow): RowStatus {
  if (row.value === null || !Number.isFinite(row.value)) return 'missing';
  if (row.budget === null) return 'report';
  return row.value <= row.budget ? 'ok' : 'over';
}

/** Rows that make `bench:check` fail. */
export function failingRows(rows: readonly BenchRow[]): BenchRow[] {
  return rows.filter((r) => {
    const s = rowStatus(r);
    return s === 'over' || s === 'missing';
  });
}

/** A row missing its subject, with the reason (never a made-up number). */
export function missingRow(
  name: string,
  unit: string,
  budget: number | null,
  reason: string,
): BenchRow {
  return { name, value: null, unit, budget, note: `missing: ${reason}` };
}

/** Round for display and JSON: bytes as integers, ratios to 2 decimals, times to 0.1 ms. */
export function roundValue(value: number, unit: string): number {
  if (unit === 'bytes' || unit === 'count') return Math.round(value);
  if (unit === 'x') return Math.round(value * 100) / 100;
  return Math.round(value * 10) / 10;
}

/** Human form of a value: "11,870 B", "1.34×", "12.3 ms". */
export function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const v = roundValue(value, unit);
  if (unit === 'bytes') return `${v.toLocaleString('en-US')} B`;
  if (unit === 'x') return `${v.toFixed(2)}×`;
  if (unit === 'ms') return `${v.toFixed(1)} ms`;
  return `${v.toLocaleString('en-US')} ${unit}`;
}

/** One line of `--json` output: name, value, unit, budget (+ note when there is one). */
export function jsonLine(row: BenchRow): string {
  const value =
    row.value === null || !Number.isFinite(row.value) ? null : roundValue(row.value, row.unit);
  const out: Record<string, unknown> = {
    name: row.name,
    value,
    unit: row.unit,
    budget: row.budget,
  };
  if (row.note) out.note = row.note;
  return JSON.stringify(out);
}

const STATUS_LABEL: Record<RowStatus, string> = {
  ok: 'ok',
  over: 'OVER BUDGET',
  report: 'report',
  missing: 'NOT MEASURED',
};

/** The readable table: name, value, budget, status, note; columns padded to fit. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['name', 'value', 'budget', 'status', 'note'];
  const body = rows.map((r) => [
    r.name,
    formatValue(r.value, r.unit),
    r.budget === null ? 'report' : `≤ ${formatValue(r.budget, r.unit)}`,
    STATUS_LABEL[rowStatus(r)],
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** A Markdown table of the same rows, for docs/performance.md. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');
  const out = ['| name | value | budget | status | note |', '|---|---|---|---|---|'];
  for (const r of rows) {
    out.push(
      `| \`${r.name}\` | ${formatValue(r.value, r.unit)} | ${
        r.budget === null ? 'report' : `≤ ${formatValue(r.budget, r.unit)}`
      } | ${STATUS_LABEL[rowStatus(r)]} | ${esc(r.note ?? '')} |`,
    );
  }
  return out.join('\n');
}
