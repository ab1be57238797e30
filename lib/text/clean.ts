/**
 * The one cleaner for text that enters a letter: the article's title and quoted passage, the
 * reader's own words, names, towns, recipients. A letter goes out under the reader's name, so
 * nothing in it may be invisible: every Unicode format character (category Cf: zero-width
 * space/joiners, soft hyphen, word joiner, BOM, the bidi marks LRM/RLM/ALM, embeddings,
 * overrides and isolates, the tag characters U+E0000–E007F that can smuggle a hidden message),
 * the variation selectors of the supplement (another smuggling channel), the Hangul fillers
 * that render as blanks, and every control character but tab and line feed.
 *
 * The only kept format character is the zero-width joiner inside an emoji sequence (👩‍💻),
 * where it is what the reader typed and shows as one picture.
 */

// Between two pictographs (the first may carry a variation selector) a ZWJ joins an emoji.
const EMOJI_ZWJ = /(\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu;
const KEEP = '\uE000'; // a private-use stand-in while the rest is removed
// The lint rules on control characters and combining marks in a class catch such characters
// put there by accident; here they are the point (the Hangul fillers render as blanks).
const INVISIBLE = new RegExp(
  // eslint-disable-next-line no-misleading-character-class
  '[\\p{Cf}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F' +
    '\\u115F\\u1160\\u3164\\uFFA0\\u{E0100}-\\u{E01EF}]',
  'gu',
);

/** Remove every invisible and format character (see the module comment); keeps line breaks. */
export function stripInvisible(s: string): string {
  return (s ?? '')
    .replace(/\uE000/g, '')
    .replace(EMOJI_ZWJ, `$1${KEEP}`)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/\uE000/g, '\u200D')
    .normalize('NFC');
}

/** True when `s` holds a character {@link stripInvisible} removes. */
export function hasInvisible(s: string): boolean {
  return stripInvisible(s) !== (s ?? '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** One line of text: cleaned, every run of white space one space, trimmed. */
export function cleanLine(s: string | undefined): string {
  return stripInvisible(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Several paragraphs of the reader's text: cleaned, trailing blanks and runs of blank lines
 * removed, trimmed.
 */
export function cleanText(s: string | undefined): string {
  return stripInvisible(s ?? '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
