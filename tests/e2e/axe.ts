/**
 * axe-core in end-to-end tests. `runAxe(page)` injects axe (from node_modules, never the
 * network) and returns the violations a person would actually be blocked by: impact
 * "serious" or "critical". Open shadow roots are followed, so the in-page panel is checked
 * with `include: [['treaty-lens-panel', '<selector inside the shadow root>']]`.
 *
 *   const bad = await runAxe(page);
 *   expect(bad, formatViolations(bad)).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/** A selector, or a list of selectors crossing shadow roots from the outside in. */
export type AxeSelector = string | string[];

export interface AxeOptions {
  /** What to check (default: the whole document, open shadow roots included). */
  include?: AxeSelector[];
  exclude?: AxeSelector[];
  /** Rule ids to turn off — each needs a reason at the call site. */
  disableRules?: string[];
}

/** One serious or critical violation, with the elements it was found on. */
export interface AxeViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** axe's own form for a selector path through shadow roots. */
function shadowSelector(sel: AxeSelector): string | { fromShadowDom: string[] } {
  return typeof sel === 'string' ? sel : { fromShadowDom: sel };
}

/** Run axe on a page or frame; returns serious and critical violations only. */
export async function runAxe(target: Page | Frame, opts: AxeOptions = {}): Promise<AxeViolation[]> {
  const loaded = await target.evaluate(() => typeof (globalThis as { axe?: unknown }).axe);
  if (loaded === 'undefined') {
    axeSource ??= readFileSync(axePath, 'utf8');
    // evaluate (not addScriptTag): extension pages forbid inline scripts by CSP, while
    // evaluation through the DevTools protocol is not subject to it.
    await target.evaluate(axeSource);
  }
  type Raw = {
    id: string;
    impact: string | null;
    help: string;
    helpUrl: string;
    nodes: { target: unknown[]; html: string; failureSummary?: string }[];
  };
  const raw = await target.evaluate(
    async ({ include, exclude, disableRules }) => {
      type Axe = {
        run(ctx: unknown, o: Record<string, unknown>): Promise<{ violations: Raw[] }>;
      };
      const axe = (globalThis as unknown as { axe: Axe }).axe;
      const ctx =
        include || exclude
          ? { ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) }
          : document;
      const rules = Object.fromEntries((disableRules ?? []).map((r) => [r, { enabled: false }]));
      const res = await axe.run(ctx, { resultTypes: ['violations'], rules });
      return res.violations;
    },
    {
      include: opts.include?.map(shadowSelector),
      exclude: opts.exclude?.map(shadowSelector),
      disableRules: opts.disableRules,
    },
  );
  return raw
    .filter(
      (v): v is Raw & { impact: 'serious' | 'critical' } =>
        v.impact === 'serious' || v.impact === 'critical',
    )
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: JSON.stringify(n.target),
        html: n.html.slice(0, 200),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      })),
    }));
}

/** Human-readable list of violations for a test failure message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${n.summary}`).join('\n'),
    )
    .join('\n');
}
