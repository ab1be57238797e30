import { describe, expect, it } from 'vitest';
import {
  checkOwnRecipient,
  cleanText,
  validate,
  webUrl,
  type OwnRecipientCheck,
} from '../../../lib/letters';

const errorsOf = (r: OwnRecipientCheck) => (r.ok ? {} : r.errors);
const valueOf = (r: OwnRecipientCheck) => {
  if (!r.ok) throw new Error(`unexpected errors ${JSON.stringify(r.errors)}`);
  return r.value;
};

describe('cleanText', () => {
  it('normalises to NFC and drops invisible characters that reorder or hide text', () => {
    expect(cleanText('Jose\u0301 Ramos')).toBe('José Ramos');
    // Right-to-left override (would show "Smith" as "htimS"), isolates, ZWSP, BOM, controls.
    expect(cleanText('\u202EJane\u202C \u2066Smith\u2069\u200B\uFEFF\u0007')).toBe('Jane Smith');
    expect(cleanText('  Jane \n\t Smith  ')).toBe('Jane Smith');
    // A lone surrogate cannot be written as UTF-8.
    expect(cleanText('Jane\uD800 Smith')).toBe('Jane Smith');
  });

  it('keeps every script, and the joiners emoji and Persian need', () => {
    expect(cleanText('مريم العلي')).toBe('مريم العلي');
    expect(cleanText('李小龙 👩‍👩‍👧')).toBe('李小龙 👩‍👩‍👧');
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });
});

describe('webUrl', () => {
  it('accepts http and https, and puts https:// in front of a bare address', () => {
    expect(webUrl('https://example.org/contact')).toEqual({ url: 'https://example.org/contact' });
    expect(webUrl('http://council.example.gov/write')).toEqual({
      url: 'http://council.example.gov/write',
    });
    expect(webUrl('  example.org/contact?x=1 ')).toEqual({
      url: 'https://example.org/contact?x=1',
    });
    expect(webUrl('example.org:8443/form')).toEqual({ url: 'https://example.org:8443/form' });
    expect(webUrl('https://bücher.example/kontakt')).toEqual({
      url: 'https://xn--bcher-kva.example/kontakt',
    });
  });

  it('refuses other schemes, credentials, hosts without a dot and text that is no URL', () => {
    for (const s of [
      'javascript:alert(1)',
      'mailto:a@example.org',
      'ftp://example.org/',
      'data:,x',
    ])
      expect(webUrl(s), s).toEqual({ error: 'url_scheme' });
    for (const s of ['https://user:pw@example.org/', 'not a url', 'https://intranet/', 'https://'])
      expect(webUrl(s), s).toEqual({ error: 'invalid_url' });
  });
});

describe('checkOwnRecipient', () => {
  it('cleans and keeps what is given, leaving out empty optional fields', () => {
    expect(
      valueOf(
        checkOwnRecipient({
          name: '  \u202EMaría  Pérez ',
          role: 'Concejala',
          email: ' maria@example.es ',
          contactForm: '',
          phone: '+34 (91) 123-45-67',
        }),
      ),
    ).toEqual({
      name: 'María Pérez',
      role: 'Concejala',
      email: 'maria@example.es',
      phone: '+34 (91) 123-45-67',
    });
  });

  it('reports every bad field at once', () => {
    expect(
      errorsOf(
        checkOwnRecipient({
          name: ' \u200B ',
          role: 'x'.repeat(201),
          email: 'not-an-address',
          contactForm: 'javascript:alert(1)',
          phone: 'call me',
        }),
      ),
    ).toEqual({
      name: 'required',
      role: 'too_long',
      email: 'invalid_email',
      contactForm: 'url_scheme',
      phone: 'invalid_phone',
    });
  });

  it('counts length as people see it: 200 emoji fit, 201 letters do not', () => {
    expect(checkOwnRecipient({ name: '👩‍👩‍👧'.repeat(200) }).ok).toBe(true);
    expect(errorsOf(checkOwnRecipient({ name: 'a'.repeat(201) }))).toEqual({ name: 'too_long' });
    expect(
      errorsOf(
        checkOwnRecipient({ name: 'A', contactForm: `https://example.org/${'a'.repeat(2100)}` }),
      ),
    ).toEqual({ contactForm: 'too_long' });
    expect(
      errorsOf(checkOwnRecipient({ name: 'A', email: `${'a'.repeat(250)}@example.org` })),
    ).toEqual({ email: 'too_long' });
  });

  it('refuses an address with hidden characters, but takes an internationalised one', () => {
    expect(errorsOf(checkOwnRecipient({ name: 'A', email: 'jane\u202E@example.org' }))).toEqual({
      email: 'invalid_email',
    });
    expect(valueOf(checkOwnRecipient({ name: 'A', email: 'مريم@مثال.مصر' })).email).toBe(
      'مريم@مثال.مصر',
    );
  });

  it('what it accepts, the composer’s send check accepts too (http contact forms included)', () => {
    const inputs = [
      { name: 'A', contactForm: 'http://council.example.gov/write' },
      { name: 'B', contactForm: 'example.org/contact', email: 'b@example.org' },
      { name: 'C', phone: '020 7946 0000' },
    ];
    for (const input of inputs) {
      const r = valueOf(checkOwnRecipient(input));
      const issues = validate({
        senderName: 'Ada',
        recipients: [{ id: 'custom:1', ...r }],
        letters: [{ recipientId: 'custom:1', subject: 'S', body: 'B' }],
        channel: r.contactForm ? 'form' : r.email ? 'mailto' : 'phone',
      });
      expect(issues, input.name).toEqual([]);
    }
  });
});
