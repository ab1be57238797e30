/**
 * Sources at the right level (issue 13, item 4): a source naming a publication whose original
 * page the research notes give must link that page, not drop its URL or link a copy.
 */
import { describe, expect, it } from 'vitest';
import { S } from '../../../lib/campaign/data/sources';
import { missingOriginalUrl, ORIGINAL_PAGES } from '../../../lib/campaign/source-policy';
import type { Source } from '../../../lib/campaign';

const all = Object.values(S) as Source[];

describe('ORIGINAL_PAGES', () => {
  it('is not empty, and each entry is cited by a built-in source that links it', () => {
    expect(ORIGINAL_PAGES.length).toBeGreaterThan(0);
    for (const o of ORIGINAL_PAGES) {
      const cited = all.filter((s) => o.title.test(s.title));
      expect(cited.length, String(o.title)).toBeGreaterThan(0);
      for (const s of cited) expect(s.url, s.title).toBe(o.url);
    }
  });

  it('no built-in source drops or replaces an original page', () => {
    expect(all.filter((s) => missingOriginalUrl(s))).toEqual([]);
  });

  it('flags a source that names the publication without its URL, or with a copy’s', () => {
    const google: Source = {
      publisher: 'Google',
      title: 'UN Cybercrime Treaty Could Endanger Web Security',
      date: '2024-02',
    };
    expect(missingOriginalUrl(google)).toBe(ORIGINAL_PAGES[0]!.url);
    expect(
      missingOriginalUrl({
        ...google,
        url: 'https://www.jsplaces.com/google/01/02/2024/un-cybercrime',
      }),
    ).toBe(ORIGINAL_PAGES[0]!.url);
    expect(missingOriginalUrl({ ...google, url: ORIGINAL_PAGES[0]!.url })).toBeNull();
  });
});
