/**
 * Deterministic letters for the ledger benchmark: a heavy user's history (10,000 letters over
 * two years, every state, several countries and channels). Every subject starts with
 * ROW_MARKER, so the page can tell when the first seeded row is on screen.
 */
import type { Channel, LetterRecord, LetterState } from '../../lib/db/types';
import { prng } from './pages';

/** The word every seeded row shows (subject and recipient name). */
export const LETTER_MARKER = 'Benchmark';

/** Text only a letter row shows (the subject's start), not filters or follow-up prompts. */
export const ROW_MARKER = `${LETTER_MARKER} letter `;

const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'BR', 'ES', 'IT', 'NL', 'PL', 'KE'];
const CHANNELS: Channel[] = ['mailto', 'gmail', 'outlook', 'clipboard', 'form', 'print', 'phone'];
const STATES: LetterState[] = ['draft', 'handed_off', 'sent', 'replied'];
const CONCERNS = [
  'surveillance',
  'human-rights',
  'journalists',
  'security-research',
  'data-sharing',
];

/** `n` valid letter records, the same for the same `seed`. Newest is 2026-11-26. */
export function makeLetters(n: number, seed = 1): LetterRecord[] {
  const r = prng(seed);
  const end = Date.parse('2026-11-26T12:00:00Z');
  const out: LetterRecord[] = [];
  for (let i = 0; i < n; i++) {
    const created = end - Math.floor(r() * 730 * 86_400_000);
    const at = (ms: number) => new Date(ms).toISOString();
    const state = STATES[Math.floor(r() * STATES.length)]!;
    const channel = CHANNELS[Math.floor(r() * CHANNELS.length)]!;
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const num = String(i + 1).padStart(5, '0');
    const history: LetterRecord['history'] = [{ state: 'draft', at: at(created) }];
    if (state !== 'draft') history.push({ state: 'handed_off', at: at(created + 60_000), channel });
    const sentMs = created + 3_600_000;
    if (state === 'sent' || state === 'replied') history.push({ state: 'sent', at: at(sentMs) });
    if (state === 'replied') history.push({ state: 'replied', at: at(sentMs + 9 * 86_400_000) });
    const updated = Date.parse(history.at(-1)!.at);
    out.push({
      id: `bench-${num}`,
      createdAt: at(created),
      updatedAt: at(updated),
      state,
      history,
      recipient: {
        id: `bench-rcpt-${i % 500}`,
        name: `${LETTER_MARKER} Recipient ${i % 500}`,
        role: 'Member of Parliament',
        group: 'Committee on Justice',
        country,
        email: `mp${i % 500}@parliament.example`,
      },
      ...(state === 'draft' ? {} : { channel }),
      subject: `${ROW_MARKER}${num}: do not ratify the UN Convention against Cybercrime without safeguards`,
      body: `Dear Member of Parliament,\n\n${'I am writing about the UN Convention against Cybercrime. '.repeat(8)}\n\nLetter ${num}.`,
      lang: 'en',
      country,
      ask: 'do-not-ratify',
      concerns: CONCERNS.slice(0, 1 + (i % CONCERNS.length)),
      article: {
        url: `https://news.example/story/${i}`,
        title: 'What the treaty means for reporters',
        outlet: 'The Daily Bench',
        passage:
          'The UN Convention against Cybercrime lets governments demand data across borders.',
      },
      ...(state === 'sent'
        ? { sentAt: at(sentMs), followUp: { dueAt: at(sentMs + 14 * 86_400_000) } }
        : state === 'replied'
          ? { sentAt: at(sentMs), followUp: { dueAt: null, stopped: true } }
          : {}),
      rev: history.length,
    });
  }
  return out;
}
