import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SendActions } from '../../../components/composer/SendActions';
import type { ComposerModel, RecipientLetter } from '../../../components/composer/useComposer';
import { compose, DEFAULT_CONCERNS, type ComposeInput } from '../../../lib/letters';

afterEach(() => cleanup());

// Issue 18 item 7: when a letter is too long for an e-mail button's link, the reader learns it
// beside the button, before pressing it (the body will be on the clipboard), not after.
const model = {
  handoffs: {},
  preferredChannel: null,
  draft: { sender: { name: 'Ada', city: '', role: '' } },
  setAttempted: () => undefined,
  safety: { risky: false, choice: null, anonymous: false, canSend: true, choose: () => undefined },
} as unknown as ComposerModel;

function letterFor(lang: string, why = ''): RecipientLetter {
  const recipient = {
    id: 'custom:1',
    name: 'Jane Smith',
    role: 'MP',
    group: 'custom' as const,
    country: 'DE',
    email: 'jane.smith@parliament.example',
  };
  const input: ComposeInput = {
    sender: { name: 'Ada', city: '', role: '' },
    recipient,
    lang,
    ask: 'do_not_ratify',
    concerns: lang === 'short' ? [] : [...DEFAULT_CONCERNS],
    personal: { why, whatIDo: '', local: '' },
    country: 'DE',
  };
  const letter = compose(input);
  return { recipient, input, letter, generated: letter, edited: false, template: letter };
}

describe('SendActions: what fits in a link, said before the click', () => {
  it('names the buttons whose link cannot carry an Arabic letter, and ties the note to them', async () => {
    render(<SendActions model={model} rl={letterFor('ar')} />);
    const note = await screen.findByTestId('body-will-copy');
    // The platform is unknown in this test: the strict (Windows) mailto limit applies; an
    // Arabic default letter is also over Gmail's.
    expect(note.textContent).toMatch(/Email app/);
    expect(note.textContent).toMatch(/Gmail/);
    expect(note.textContent).not.toMatch(/Outlook/);
    expect(note.textContent).toMatch(/copied for you to paste/);
    expect(screen.getByTestId('send-mailto').getAttribute('aria-describedby')).toBe(note.id);
    expect(screen.getByTestId('send-outlook').getAttribute('aria-describedby')).toBeNull();
  });

  it('says nothing when every link carries the letter', () => {
    const rl = letterFor('en');
    const short = { ...rl, letter: { ...rl.letter, body: 'Dear Jane Smith,\n\nShort.\n\nAda' } };
    render(<SendActions model={model} rl={short} />);
    expect(screen.queryByTestId('body-will-copy')).toBeNull();
  });
});
