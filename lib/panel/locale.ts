/**
 * The reader's country guessed from the browser's locale. Apart from lib/panel/view.ts (which
 * re-exports it) so the popup's first frame can use it without loading the campaign data.
 */

/** Country code from a BCP 47 tag ('de-AT' → 'AT'); '' when the tag has no region. */
export function countryFromLocale(tag: string): string {
  const m = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/.exec(tag);
  return m ? m[1]!.toUpperCase() : '';
}
