import { describe, expect, it } from 'vitest';
import { BODY_MAX, SUBJECT_MAX, validate } from '../../../lib/letters';

const ok = {
  senderName: 'Ada',
  recipients: [{ id: 'r1', name: 'MP', email: 'mp@example.org' }],
  letters: [{ recipientId: 'r1', subject: 'S', body: 'B' }],
};
const codes = (x: Parameters<typeof validate>[0]) => validate(x).map((i) => i.code);

describe('validate', () => {
  it('accepts a complete letter', () => {
    expect(validate({ ...ok, channel: 'mailto' })).toEqual([]);
  });
  it('flags a missing name and an empty recipient list', () => {
    expect(codes({ ...ok, senderName: '  ', recipients: [], letters: [] })).toEqual([
      'missing_name',
      'no_recipient',
    ]);
  });
  it('flags invalid addresses and missing ones for the channel', () => {
    expect(codes({ ...ok, recipients: [{ id: 'r1', name: 'X', email: 'not an email' }] })).toEqual([
      'invalid_address',
    ]);
    expect(codes({ ...ok, recipients: [{ id: 'r1', name: 'X' }], channel: 'gmail' })).toEqual([
      'no_address',
    ]);
    expect(
      codes({ ...ok, recipients: [{ id: 'r1', name: 'X', contactForm: 'javascript:alert(1)' }] }),
    ).toEqual(['invalid_address']);
    expect(codes({ ...ok, channel: 'phone' })).toEqual(['no_address']);
  });
  it('limits subject to 200 and body to 20,000 user-perceived characters', () => {
    const emoji = '👩🏽‍💻';
    expect(
      codes({
        ...ok,
        letters: [{ recipientId: 'r1', subject: emoji.repeat(SUBJECT_MAX), body: 'b' }],
      }),
    ).toEqual([]);
    expect(
      codes({
        ...ok,
        letters: [{ recipientId: 'r1', subject: 's'.repeat(SUBJECT_MAX + 1), body: 'b' }],
      }),
    ).toEqual(['subject_too_long']);
    expect(
      codes({
        ...ok,
        letters: [{ recipientId: 'r1', subject: 's', body: 'b'.repeat(BODY_MAX + 1) }],
      }),
    ).toEqual(['body_too_long']);
    expect(codes({ ...ok, letters: [{ recipientId: 'r1', subject: ' ', body: '' }] })).toEqual([
      'subject_empty',
      'body_empty',
    ]);
  });
});
