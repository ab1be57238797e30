/**
 * The fixed vocabularies campaign data and letters share: concern ids, asks and recipient
 * groups. One list each, here; lib/letters re-exports them rather than keeping copies.
 * No data, no imports, so importing it costs a few bytes in any bundle.
 */

/** The nine concerns the campaign names, in the order letters present them (`concern` fact ids). */
export const CONCERN_IDS = [
  'serious-crime',
  'security-research',
  'children',
  'safeguards',
  'compelled-assistance',
  'interception',
  'evidence-sharing',
  'secrecy-refusal',
  'protocols',
] as const;
/** One of the nine concerns. */
export type ConcernId = (typeof CONCERN_IDS)[number];

/** What a letter asks of a government, following its status and the date. */
export const ASKS = ['do_not_sign', 'do_not_accede', 'do_not_ratify', 'safeguards'] as const;

/** The groups each letter template has its own salutation for; the others borrow one. */
export const SALUTATION_GROUPS = [
  'us_senate',
  'us_house',
  'uk_commons',
  'eu_parliament',
  'head_of_government',
  'custom',
] as const;

/**
 * Recipient groups: the salutation groups, then institutions read on official pages
 * (data/sources/institutions.json), which take the head-of-government office's salutation.
 */
export const RECIPIENT_GROUPS = [...SALUTATION_GROUPS, 'foreign_ministry', 'parliament'] as const;
