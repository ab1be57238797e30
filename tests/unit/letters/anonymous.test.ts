/**
 * "Send without my name" (issue 13, item 11): an anonymous letter carries no trace of the name
 * or role typed in the form, in every template language, and is signed with the template's own
 * neutral description.
 */
import { describe, expect, it } from 'vitest';
import { compose, templateFor, templateLanguages, type ComposeInput } from '../../../lib/letters';

const base: ComposeInput = {
  sender: { name: 'Ada Example', city: 'Leeds', role: 'security_researcher' },
  recipient: { name: 'The Office of the President', group: 'head_of_government' },
  lang: 'en',
  ask: 'do_not_sign',
  concerns: ['security-research', 'serious-crime'],
  personal: { why: '', whatIDo: '', local: '' },
  country: 'RU',
};

describe('anonymous letters', () => {
  it('is signed "A concerned resident" in English, without the name or the role sentence', () => {
    const named = compose(base);
    const anon = compose({ ...base, anonymous: true });
    expect(named.body).toContain('Ada Example');
    expect(named.body).toMatch(/security research/i);
    expect(anon.body).not.toContain('Ada Example');
    expect(anon.body.split('\n\n').at(-1)).toBe('Yours sincerely,\nA concerned resident\nLeeds');
    expect(anon.body.split('\n\n')[1]).not.toMatch(/I work in IT security research/);
  });

  it.each([...templateLanguages(), 'pt_BR'])('%s: signature from the template, no name', (lang) => {
    const input = { ...base, lang, country: lang === 'pt_BR' ? 'BR' : base.country };
    const tpl = templateFor(lang, input.country);
    expect(tpl.anonymous_signature.trim()).not.toBe('');
    expect(tpl.anonymous_signature).not.toMatch(/[{}/]|\(a\)|·/);
    const { body } = compose({ ...input, anonymous: true });
    expect(body).not.toContain('Ada Example');
    expect(body).toContain(tpl.anonymous_signature);
    const withoutRole = compose({
      ...input,
      anonymous: true,
      sender: { ...base.sender, role: '' },
    });
    expect(body).toBe(withoutRole.body);
  });
});
