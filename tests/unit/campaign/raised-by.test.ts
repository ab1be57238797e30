import { describe, expect, it } from 'vitest';
import { facts } from '../../../lib/campaign';

/**
 * Fact-check (session 5): "Raised by: …" under a concern names organisations; each one must have
 * a source on that same fact in which it speaks (its own page, a statement it signed, or a report
 * quoting it). Before, EFF, ARTICLE 19 and Access Now were named on "serious crime", ICC on
 * "security research", ARTICLE 19 and HRW on "children", EFF on "safeguards" and "secrecy", and
 * EFF and ARTICLE 19 on "interception" with no source of theirs on the fact.
 */
const SPEAKS_IN: Record<string, RegExp> = {
  'Human Rights Watch': /Human Rights Watch/,
  'Internet Society': /Internet Society/,
  EFF: /Electronic Frontier Foundation/,
  'ARTICLE 19': /ARTICLE 19/,
  'Access Now': /^Reuters/, // Raman Jit Singh Chima of Access Now, quoted by Reuters (Oct 2025)
  Google: /^Google/,
  'Cybersecurity Tech Accord': /^CNA \(Reuters/, // the Tech Accord quoted by Reuters via CNA
  ICC: /International Chamber of Commerce/,
  'Global Network Initiative': /Global Network Initiative/,
  APC: /Association for Progressive Communications/,
  'Alliance for Vietnam’s Democracy': /Alliance for Vietnam/,
  Microsoft: /^The Record/, // Microsoft's statement as reported by The Record
  OHCHR: /OHCHR/,
  'Costa Rica': /Digital Watch Observatory/, // the session record where Costa Rica spoke
  'Global Initiative against Transnational Organized Crime':
    /Global Initiative against Transnational Organized Crime/,
  R3D: /^R3D/,
};

describe('every organisation a concern names has a source on that fact', () => {
  it('each raisedBy name is backed by one of the fact’s own sources', () => {
    const concerns = facts.filter((f) => f.kind === 'concern');
    expect(concerns.length).toBeGreaterThanOrEqual(9);
    for (const f of concerns) {
      expect(f.raisedBy?.length, f.id).toBeGreaterThan(0);
      for (const name of f.raisedBy!) {
        const re = SPEAKS_IN[name];
        expect(re, `${f.id}: no rule for ${name}`).toBeDefined();
        expect(
          f.sources.some((s) => re!.test(s.publisher)),
          `${f.id}: ${name} is named but none of its sources speaks for it`,
        ).toBe(true);
      }
    }
  });
});
