/**
 * A printable letter (print or "save as PDF") with a postal layout: sender block, date,
 * recipient address block, subject, body. Built with DOM APIs only: user text is always a
 * text node, never parsed as HTML.
 */
import { bidiParts } from './bidi';
import type { Letter } from './compose';

/** Recipient fields the address block shows. */
export interface PostalRecipient {
  name: string;
  role?: string;
  postal?: readonly string[];
}

/** Sender fields the sender block shows. */
export interface PostalSender {
  name: string;
  city?: string;
}

const PRINT_CSS = `
@page { size: auto; margin: 20mm 22mm; }
html { color-scheme: light; }
body { font: 11.5pt/1.5 Georgia, 'Noto Serif', 'Noto Naskh Arabic', 'Times New Roman', serif; color: #000; background: #fff; margin: 0; }
.tl-letter { max-width: 170mm; margin: 0 auto; }
.tl-sender { text-align: end; margin-bottom: 10mm; white-space: pre-line; }
.tl-recipient { white-space: pre-line; min-height: 30mm; margin-bottom: 10mm; }
.tl-date { text-align: end; margin-bottom: 8mm; }
.tl-subject { font-weight: bold; margin: 0 0 6mm; }
.tl-body p { margin: 0 0 4mm; white-space: pre-line; orphans: 3; widows: 3; }
@media screen { body { padding: 20mm; } }
`;

/**
 * Build the print document. `impl` defaults to the current document's DOMImplementation
 * (tests pass their own); `date` defaults to now; `locale` (e.g. 'en-GB') formats the date.
 */
export function printDocument(
  letter: Letter,
  recipient: PostalRecipient,
  sender: PostalSender,
  opts: { date?: Date; impl?: DOMImplementation; locale?: string } = {},
): Document {
  const impl = opts.impl ?? document.implementation;
  const doc = impl.createHTMLDocument(letter.subject);
  doc.documentElement.lang = letter.lang;
  doc.documentElement.dir = letter.dir;
  const style = doc.createElement('style');
  style.textContent = PRINT_CSS;
  doc.head.append(style);

  const el = (tag: string, cls: string, text?: string): HTMLElement => {
    const e = doc.createElement(tag);
    e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const root = el('article', 'tl-letter');
  root.append(
    el('div', 'tl-sender', [sender.name, sender.city].filter((s) => s?.trim()).join('\n')),
  );
  const addr = [recipient.name, recipient.role, ...(recipient.postal ?? [])].filter(
    (s): s is string => !!s?.trim(),
  );
  root.append(el('address', 'tl-recipient', addr.join('\n')));
  const date = opts.date ?? new Date();
  const dateEl = el(
    'time',
    'tl-date',
    new Intl.DateTimeFormat(opts.locale ?? letter.lang, { dateStyle: 'long' }).format(date),
  );
  dateEl.setAttribute('datetime', date.toISOString().slice(0, 10));
  dateEl.style.display = 'block';
  root.append(dateEl);
  // Isolated left-to-right runs of a right-to-left letter (lib/letters/bidi.ts) become <bdi>.
  const withBdi = (e: HTMLElement, text: string): HTMLElement => {
    for (const part of bidiParts(text)) {
      if (!part.isolate) e.append(part.text);
      else e.append(el('bdi', '', part.text));
    }
    return e;
  };
  root.append(withBdi(el('p', 'tl-subject'), letter.subject));
  const body = el('div', 'tl-body');
  for (const para of letter.body.split(/\n{2,}/)) body.append(withBdi(el('p', ''), para));
  root.append(body);
  doc.body.append(root);
  return doc;
}
