/**
 * The letters the composer would produce for a country's default recipients, each with the
 * channel it would be sent by and where that address comes from. The logic of
 * `npm run letter` (scripts/letter.ts), kept here so that it can be tested without a process.
 */
import { askFor, getCountry, recipientsFor, type Recipient } from '../campaign';
import { compose } from './compose';
import { mailtoUrl } from './channels';
import { defaultSelection, primaryChannel, roleOf, type SendChannel } from './recipients';
import { confirmedStatus } from './status';

export interface PlannedLetter {
  recipient: {
    id: string;
    name: string;
    nameEn?: string;
    group: string;
    role: string;
    channel: SendChannel;
    address: string;
    /** The page the address was read on, a verbatim excerpt and the date read… */
    source?: string;
    excerpt?: string;
    read?: string;
    /** …or the named, openly licensed dataset it comes from. */
    dataset?: string;
  };
  subject: string;
  body: string;
  mailto?: string;
}

export interface LetterPlan {
  country: string;
  status: string;
  ask: string;
  lang: string;
  letters: PlannedLetter[];
}

/** The named dataset a recipient without a page proof comes from. */
export function datasetOf(group: string): string {
  if (group === 'us_senate' || group === 'us_house')
    return 'unitedstates/congress-legislators (CC0 1.0)';
  if (group === 'uk_commons')
    return 'UK Parliament Members API via mp-lookup (Open Parliament Licence v3.0)';
  if (group === 'eu_parliament')
    return '© European Union – European Parliament, via TechToThePeople/mep';
  return '';
}

const FIELD = { mailto: 'email', form: 'contactForm', web: 'url', phone: 'phone' } as const;

/** The proof of the channel a recipient is reached by (the postal one for print). */
function proofOf(r: Recipient, channel: SendChannel) {
  const field = (FIELD as Record<string, keyof NonNullable<Recipient['proof']>>)[channel];
  return r.proof?.[field ?? (r.postal ? 'postal' : 'phone')];
}

/**
 * Plan the letters for `country` (an ISO code, or EU). `region` picks US senators by state and
 * district, or a UK MP by constituency code. Throws on an unknown country.
 */
export async function planLetters(q: {
  country: string;
  region?: string;
  lang?: string;
  concerns: readonly string[];
  sender?: string;
}): Promise<LetterPlan> {
  const country = q.country.toUpperCase();
  const status = getCountry(country);
  if (!status) throw new Error(`unknown country code "${country}"`);
  const lang = q.lang ?? 'en';
  const all = await recipientsFor({ country, region: q.region });
  const chosen = new Set(defaultSelection(all, country));
  const ask = askFor(country);
  // The letter states the status only when it is confirmed, with its date (docs/letters.md).
  const confirmed = confirmedStatus(status);
  const letters = all
    .filter((r) => chosen.has(r.id))
    .map((r): PlannedLetter => {
      const letter = compose({
        sender: { name: q.sender ?? '' },
        recipient: r,
        lang,
        ask,
        concerns: q.concerns,
        country,
        status: confirmed,
      });
      const { channel, address } = primaryChannel(r);
      const proof = proofOf(r, channel);
      return {
        recipient: {
          id: r.id,
          name: r.name,
          ...(r.nameEn ? { nameEn: r.nameEn } : {}),
          group: r.group,
          role: roleOf(r, lang),
          channel,
          address,
          ...(proof
            ? { source: proof.source, excerpt: proof.excerpt, read: proof.read }
            : address
              ? { dataset: datasetOf(r.group) }
              : {}),
        },
        subject: letter.subject,
        body: letter.body,
        ...(channel === 'mailto'
          ? { mailto: mailtoUrl({ to: [address], subject: letter.subject, body: letter.body }).url }
          : {}),
      };
    });
  return { country, status: status.status, ask, lang, letters };
}
