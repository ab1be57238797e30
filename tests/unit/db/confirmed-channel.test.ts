// Issue 18 item 9: the ledger records the channel the reader confirms, not the last one tried,
// and a channel tried once never becomes everyone's main button.
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmSent, db, getLetter, recordHandoff, saveDraft } from '../../../lib/db';
import { bestFirst } from '../../../components/composer/SendActions';
import { channelsFor } from '../../../lib/letters';

const alice = { id: 'r1', name: 'Alice', role: 'MP', group: 'uk_commons', country: 'GB' };

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('channel bookkeeping', () => {
  it('Gmail, then Print, then "I sent it: Gmail" records Gmail', async () => {
    const id = await saveDraft({ recipient: alice, body: 'b' });
    await recordHandoff(id, 'gmail');
    await recordHandoff(id, 'print');
    await confirmSent(id, 'gmail');
    const l = await getLetter(id);
    expect(l?.state).toBe('sent');
    expect(l?.channel).toBe('gmail');
    expect(l?.history.at(-1)).toMatchObject({ state: 'sent', channel: 'gmail' });
  });

  it('without a confirmed channel the last one tried stands (one channel tried)', async () => {
    const id = await saveDraft({ recipient: alice, body: 'b' });
    await recordHandoff(id, 'clipboard');
    await confirmSent(id);
    expect((await getLetter(id))?.channel).toBe('clipboard');
  });

  it('keeps the recipient’s best channel as the main button', () => {
    const withMail = channelsFor({ email: 'a@example.org', contactForm: 'https://x.example/' });
    expect(withMail[0]).toBe('mailto');
    // Print or the clipboard, tried or even confirmed once, never lead.
    expect(bestFirst(withMail, 'print')[0]).toBe('mailto');
    expect(bestFirst(withMail, 'clipboard')[0]).toBe('mailto');
    // The reader's own webmail may lead the e-mail channels.
    expect(bestFirst(withMail, 'gmail').slice(0, 3)).toEqual(['gmail', 'mailto', 'outlook']);
    // For a recipient with a form only, the form leads whatever the reader's e-mail habit.
    const formOnly = channelsFor({ contactForm: 'https://x.example/' });
    expect(bestFirst(formOnly, 'gmail')[0]).toBe('form');
  });
});
