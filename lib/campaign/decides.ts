/**
 * "How <country> decides": who signs, who approves ratification, any public-submission route
 * and what a citizen can do now, for every UN member state and the EU. The structured fields
 * come from the reviewed procedures (data/sources/institutions.json → assets/data/
 * procedure-index.json, ~10 kB, small enough for the panel); each state without a sourced
 * procedure says so plainly ("sources do not settle it"). The sentences are UI strings
 * (`decides_*` in locales/<lang>/campaign.json), so every UI language renders them.
 */
import index from '../../assets/data/procedure-index.json';
import type { Ask } from './types';

/** How ratification is approved, as the reviewed source describes it. */
export type Approval = 'parliament' | 'parliament_some' | 'laying' | 'executive';

/** One state's procedure, as the panel and the composer show it. */
export interface Decides {
  /** null when the sources do not settle it. */
  approval: Approval | null;
  /** The page the procedure rests on. */
  source?: string;
  /** False when that page is not the state's own text (an unofficial copy, a news report). */
  official: boolean;
  /** A parliamentary committee invites public submissions. */
  submissions: boolean;
}

type Row = [Approval, 0 | 1, 0 | 1, string];
const rows = index as unknown as Record<string, Row>;

/** The procedure of a state (ISO alpha-2) or the EU. */
export function decidesFor(code: string): Decides {
  const row = rows[code.toUpperCase()];
  if (!row) return { approval: null, official: false, submissions: false };
  return { approval: row[0], official: row[1] === 1, submissions: row[2] === 1, source: row[3] };
}

/** The UI-string keys to render, in order: signature, ratification, submissions, what to do now. */
export function decidesLines(d: Decides, ask: Ask): string[] {
  const lines = ['decides_sign'];
  lines.push(d.approval ? `decides_${d.approval}` : 'decides_unsettled');
  if (d.submissions) lines.push('decides_submissions');
  if (ask === 'do_not_ratify')
    lines.push(
      d.approval === 'executive' ? 'decides_now_ratify_executive' : 'decides_now_ratify_parliament',
    );
  else lines.push(`decides_now_${ask}`);
  return lines;
}

/** Every state with a sourced procedure (for the reach line and tests). */
export function proceduresKnown(): string[] {
  return Object.keys(rows).sort();
}
