import { describe, expect, it } from 'vitest';
import {
  compose,
  DEFAULT_CONCERNS,
  GMAIL_MAX,
  gmailComposeUrl,
  MAILTO_MAX,
  MAILTO_MAX_WINDOWS,
  mailtoMax,
  mailtoUrl,
  OUTLOOK_MAX,
  outlookComposeUrl,
  templateLanguages,
} from '../../../lib/letters';

// Issue 18 item 7: the e-mail hand-off must carry the default letter where the measured and
// documented limits allow (docs/letters.md "How long a link may be"), and say before the
// click where they do not.
const defaultLetter = (lang: string) => {
  const l = compose({
    sender: { name: 'Ada Example', city: 'Leeds', role: 'security_researcher' },
    recipient: { name: 'Jane Smith', group: 'head_of_government' },
    lang,
    ask: 'do_not_ratify',
    concerns: [...DEFAULT_CONCERNS],
    personal: { why: 'I find and report security flaws for a living.', whatIDo: '', local: '' },
    country: 'DE',
    article: {
      title: 'UN cybercrime treaty: MPs press the government to wait',
      outlet: 'news.example',
      url: 'https://news.example/world/2026/12/un-cybercrime-treaty-mps-press-government',
      passage: '',
    },
  });
  return { to: ['office@government.example'], subject: l.subject, body: l.body };
};

describe('link limits', () => {
  it('Windows (and an unknown platform) gets the 2,000 limit, others the measured one', () => {
    expect(mailtoMax('win')).toBe(MAILTO_MAX_WINDOWS);
    expect(mailtoMax(null)).toBe(MAILTO_MAX_WINDOWS);
    for (const os of ['linux', 'mac', 'cros', 'openbsd']) expect(mailtoMax(os)).toBe(MAILTO_MAX);
    // Under what Chromium handed to xdg-open intact (131,071) and Windows' 2,048.
    expect(MAILTO_MAX).toBeLessThan(131_072);
    expect(MAILTO_MAX_WINDOWS).toBeLessThanOrEqual(2048);
  });

  it('the default letter goes whole in a mailto: link on Linux and macOS, in every language', () => {
    for (const lang of templateLanguages()) {
      const link = mailtoUrl(defaultLetter(lang), mailtoMax('linux'));
      expect(link.bodyOnClipboard, lang).toBe(false);
    }
  });

  it('the default letter goes whole to Outlook.com in every language', () => {
    for (const lang of templateLanguages())
      expect(outlookComposeUrl(defaultLetter(lang)).bodyOnClipboard, lang).toBe(false);
  });

  it('Gmail carries it in Latin-script languages and Chinese; Arabic and Russian go by clipboard', () => {
    const fits = templateLanguages().filter(
      (l) => !gmailComposeUrl(defaultLetter(l)).bodyOnClipboard,
    );
    expect(fits.sort()).toEqual(
      templateLanguages()
        .filter((l) => l !== 'ar' && l !== 'ru')
        .sort(),
    );
    expect(GMAIL_MAX).toBeLessThan(OUTLOOK_MAX);
  });

  it('no default letter of about 350 words fits a Windows mailto: link (said before the click)', () => {
    for (const lang of templateLanguages())
      expect(mailtoUrl(defaultLetter(lang), mailtoMax('win')).bodyOnClipboard, lang).toBe(true);
  });
});
