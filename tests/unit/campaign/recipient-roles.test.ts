/**
 * Recipient role labels (issue 13): Russian and Chinese are content languages, so the role shown
 * beside each recipient exists in them too instead of falling back to English.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, RECIPIENT_ROLES } from '../../../lib/campaign';

describe('RECIPIENT_ROLES', () => {
  it('has every content language for every recipient group', () => {
    expect(CONTENT_LANGUAGES).toEqual(expect.arrayContaining(['ru', 'zh']));
    for (const [group, role] of Object.entries(RECIPIENT_ROLES))
      for (const lang of CONTENT_LANGUAGES)
        expect(role[lang]?.trim(), `${group} ${lang}`).toBeTruthy();
  });

  it('writes Russian in Cyrillic and Chinese in Han characters', () => {
    for (const role of Object.values(RECIPIENT_ROLES)) {
      expect(role.ru).toMatch(/^[\u0400-\u04FF\s()]+$/);
      expect(role.zh).toMatch(/^[\u4E00-\u9FFF]+$/);
    }
  });
});
