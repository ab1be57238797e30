import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAILTO_MAX,
  gmailComposeUrl,
  isEmail,
  mailtoUrl,
  outlookComposeUrl,
  parseMailto,
  telUrl,
} from '../../../lib/letters';

const crlfOf = (s: string) => s.toWellFormed().replace(/\r\n?|\n/g, '\r\n');
const lineOf = (s: string) =>
  s
    .toWellFormed()
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim();

describe('mailtoUrl (RFC 6068)', () => {
  it('encodes to, subject and body; CRLF line breaks as %0D%0A', () => {
    const { url, bodyOnClipboard } = mailtoUrl({
      to: ['a.b@example.org', 'c@example.com'],
      subject: 'Hello & welcome?',
      body: 'Line 1\nLine 2',
    });
    expect(bodyOnClipboard).toBe(false);
    expect(url).toBe(
      'mailto:a.b@example.org,c@example.com?subject=Hello%20%26%20welcome%3F&body=Line%201%0D%0ALine%202',
    );
  });

  it('round-trips arbitrary Unicode subject and body (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 120 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (subject, body) => {
          const { url, bodyOnClipboard } = mailtoUrl(
            { to: ['mp@example.org'], subject, body },
            100_000,
          );
          expect(bodyOnClipboard).toBe(false);
          // Only RFC 3986 URI characters appear in the URL.
          expect(url).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]+$/);
          const parsed = parseMailto(url);
          expect(parsed.to).toEqual(['mp@example.org']);
          expect(Object.keys(parsed.headers).sort()).toEqual(['body', 'subject']);
          expect(parsed.headers['subject']).toBe(lineOf(subject));
          expect(parsed.headers['body']).toBe(crlfOf(body));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps emoji, RTL and combining marks exactly', () => {
    const body = 'مرحبا 👋🏽\nעברית — e\u0301 🇪🇺';
    const parsed = parseMailto(mailtoUrl({ to: ['x@example.org'], subject: 'ש 🙂', body }).url);
    expect(parsed.headers['body']).toBe(body.replace('\n', '\r\n'));
    expect(parsed.headers['subject']).toBe('ש 🙂');
  });

  it('no input can add a header or a recipient', () => {
    const attacks = [
      'x\r\nBcc: evil@example.com',
      'x&bcc=evil@example.com',
      'x?cc=evil@example.com',
      'x%0D%0ABcc:evil@example.com',
      'x#&to=evil@example.com',
    ];
    for (const a of attacks) {
      const parsed = parseMailto(mailtoUrl({ to: ['mp@example.org'], subject: a, body: a }).url);
      expect(parsed.to).toEqual(['mp@example.org']);
      expect(Object.keys(parsed.headers).sort()).toEqual(['body', 'subject']);
      expect(parsed.headers['subject']).not.toMatch(/[\r\n]/);
    }
    for (const bad of [
      'a@b.org?bcc=e@x.org',
      'a@b.org,e@x.org',
      'a@b.org\r\nBcc: e@x.org',
      'Name <a@b.org>',
      'a@b.org&cc=e@x.org',
    ]) {
      expect(() => mailtoUrl({ to: [bad], subject: 's', body: 'b' })).toThrow(/invalid address/);
    }
  });

  it('addresses with URL-special characters are percent-encoded and decode back', () => {
    const addr = 'first+tag%x/y@example.org';
    expect(isEmail(addr)).toBe(true);
    const parsed = parseMailto(mailtoUrl({ to: [addr], subject: 's', body: 'b' }).url);
    expect(parsed.to).toEqual([addr]);
  });

  it('too long: link carries To and Subject only and flags the clipboard', () => {
    const body = 'x'.repeat(MAILTO_MAX);
    const { url, bodyOnClipboard } = mailtoUrl({ to: ['mp@example.org'], subject: 'S', body });
    expect(bodyOnClipboard).toBe(true);
    expect(url).toBe('mailto:mp@example.org?subject=S');
  });
});

describe('webmail and tel links', () => {
  it('Gmail and Outlook compose links carry the fields', () => {
    const mail = { to: ['mp@example.org'], subject: 'Sujet é', body: 'a\nb & c' };
    const g = new URL(gmailComposeUrl(mail).url);
    expect(g.origin).toBe('https://mail.google.com');
    expect(g.searchParams.get('to')).toBe('mp@example.org');
    expect(g.searchParams.get('su')).toBe('Sujet é');
    expect(g.searchParams.get('body')).toBe('a\r\nb & c');
    const o = new URL(outlookComposeUrl(mail).url);
    expect(o.hostname).toBe('outlook.live.com');
    expect(o.searchParams.get('subject')).toBe('Sujet é');
    expect(o.searchParams.get('body')).toBe('a\r\nb & c');
  });

  it('tel: URLs keep only digits and a leading +', () => {
    expect(telUrl('202-224-3004', 'US')).toBe('tel:+12022243004');
    expect(telUrl('+44 20 7219 3000')).toBe('tel:+442072193000');
    expect(telUrl('0032 2 284 21 11')).toBe('tel:+3222842111');
    expect(telUrl('call me')).toBeNull();
  });
});
