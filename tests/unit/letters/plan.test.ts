import { describe, expect, it } from 'vitest';
import { proves, type ChannelField } from '../../../lib/campaign/proof';
import { DEFAULT_CONCERNS } from '../../../lib/letters';
import { planLetters } from '../../../lib/letters/plan';

// Issue 14's done-when list: each of these states must offer at least one recipient reachable
// in one click (e-mail, official form or official website), with the page that proves the
// address and a verbatim excerpt of it.
const DONE_WHEN = ['CA', 'AU', 'BR', 'NG', 'ZA', 'JP', 'IN', 'KE', 'MX', 'DE', 'FR'] as const;
const FIELD: Record<string, ChannelField> = { mailto: 'email', form: 'contactForm', web: 'url' };

describe('planLetters (npm run letter)', () => {
  it.each(DONE_WHEN)('%s: a one-click channel whose address is proven on its page', async (cc) => {
    const plan = await planLetters({ country: cc, concerns: DEFAULT_CONCERNS });
    expect(plan.country).toBe(cc);
    const oneClick = plan.letters.filter((l) => l.recipient.channel in FIELD);
    expect(oneClick.length).toBeGreaterThan(0);
    for (const { recipient: r } of oneClick) {
      // MEPs (DE, FR) come from a credited dataset; institutions carry their page proof.
      if (r.dataset) {
        expect(r.group).toBe('eu_parliament');
        continue;
      }
      expect(r.source).toMatch(/^https?:\/\//);
      expect(r.excerpt?.trim()).toBeTruthy();
      expect(r.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const proof = { source: r.source!, excerpt: r.excerpt!, read: r.read! };
      expect(proves(FIELD[r.channel]!, r.address, proof)).toBe(true);
    }
    // At least one of them is an institution proven on a page (not only a dataset).
    expect(oneClick.some((l) => l.recipient.source)).toBe(true);
  });

  it('a forged address is not proven by the excerpt it claims', async () => {
    const plan = await planLetters({ country: 'CA', concerns: DEFAULT_CONCERNS });
    const r = plan.letters.find((l) => l.recipient.channel === 'mailto')!.recipient;
    const proof = { source: r.source!, excerpt: r.excerpt!, read: r.read! };
    expect(proves('email', r.address, proof)).toBe(true);
    expect(proves('email', `x${r.address}`, proof)).toBe(false);
  });

  it('an unknown country is refused', async () => {
    await expect(planLetters({ country: 'XX', concerns: DEFAULT_CONCERNS })).rejects.toThrow(
      /unknown country/,
    );
  });
});
