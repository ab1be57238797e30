/**
 * valibot schemas for every campaign dataset. The same schemas check the built-in data
 * (`npm run data:check`, unit tests) and every signed update before it is accepted.
 */
import * as v from 'valibot';
import { RECIPIENT_GROUPS } from './ids';
import { CHANNEL_FIELDS } from './proof';
import type { CountryStatus, Fact, GlobalStatus, Recipient, Source } from './types';

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const httpsUrl = v.pipe(v.string(), v.maxLength(2048), v.url(), v.startsWith('https://'));
const anyUrl = v.pipe(v.string(), v.maxLength(2048), v.url(), v.regex(/^https?:\/\//));

/** Language tags used as keys: 'en', 'pt', 'zh_CN'… */
const LangKey = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(_[A-Z]{2})?$/));

/** Text per language; English required. */
export const LocalizedSchema = v.pipe(
  v.objectWithRest({ en: text(4000) }, text(4000)),
  v.check(
    (r) => Object.keys(r).every((k) => v.is(LangKey, k)),
    'language keys must look like "en" or "pt_BR"',
  ),
);

export const SOURCE_KINDS = [
  'depositary',
  'treaty_database',
  'government',
  'parliament',
  'intergovernmental',
  'press',
  'ngo',
  'industry',
  'academic',
] as const;

export const SourceSchema = v.strictObject({
  publisher: text(300),
  title: v.pipe(v.string(), v.maxLength(400)),
  url: v.optional(anyUrl),
  kind: v.optional(v.picklist(SOURCE_KINDS)),
  date: v.pipe(v.string(), v.regex(DATE, 'date must be YYYY-MM or YYYY-MM-DD')),
  accessed: v.optional(v.literal(true)),
});

export const FactSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,60}$/)),
  kind: v.picklist(['about', 'status', 'concern', 'supporters']),
  title: LocalizedSchema,
  text: LocalizedSchema,
  articles: v.array(v.pipe(v.string(), v.regex(/^\d{1,2}(\(\d+\))?(\([a-z]\))?([–-]\d{1,2})?$/))),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'a fact needs at least one source')),
  lastChecked: v.pipe(v.string(), v.regex(DAY)),
  raisedBy: v.optional(v.array(text(120))),
  uncertain: v.optional(v.boolean()),
});

const ISO = v.pipe(v.string(), v.regex(/^([A-Z]{2})$/));

const STATUSES = ['not_signed', 'signed', 'ratified', 'unknown'] as const;

export const CountryStatusSchema = v.pipe(
  v.strictObject({
    code: ISO,
    status: v.picklist(STATUSES),
    confidence: v.picklist(['confirmed', 'reported', 'not_listed', 'unknown']),
    signed: v.optional(v.pipe(v.string(), v.regex(DATE))),
    ratified: v.optional(v.pipe(v.string(), v.regex(DATE))),
    source: SourceSchema,
    asOf: v.pipe(v.string(), v.regex(DAY)),
    reported: v.optional(
      v.strictObject({
        status: v.picklist(STATUSES),
        date: v.optional(v.pipe(v.string(), v.regex(DATE))),
        source: SourceSchema,
        asOf: v.pipe(v.string(), v.regex(DAY)),
      }),
    ),
    laterStepClaimed: v.optional(v.boolean()),
    euMember: v.optional(v.boolean()),
    note: v.optional(LocalizedSchema),
    noteSources: v.optional(v.pipe(v.array(SourceSchema), v.maxLength(8))),
  }),
  v.check(
    (c) => !(c.status === 'not_signed' && (c.signed || c.ratified)),
    'not_signed with a date',
  ),
  v.check((c) => !(c.status === 'signed' && c.ratified), 'signed with a ratification date'),
  v.check(
    (c) => (c.confidence === 'unknown') === (c.status === 'unknown'),
    'an unknown status has confidence "unknown", and only it',
  ),
  v.check(
    (c) => c.confidence !== 'not_listed' || c.status === 'not_signed',
    'not_listed means not_signed as of the list date',
  ),
);

export const GlobalStatusSchema = v.strictObject({
  signatories: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  signatoriesNote: LocalizedSchema,
  ratifications: v.pipe(v.number(), v.integer(), v.minValue(0)),
  ratifiedBy: v.array(ISO),
  needed: v.literal(40),
  signatureDeadline: v.literal('2026-12-31'),
  entryIntoForce: LocalizedSchema,
  asOf: v.pipe(v.string(), v.regex(DAY)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

export const RecipientSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{1,80}$/i)),
  name: text(200),
  last: v.optional(text(80)),
  role: v.union([text(200), LocalizedSchema]),
  group: v.picklist(RECIPIENT_GROUPS),
  country: ISO,
  region: v.optional(text(80)),
  regionName: v.optional(text(120)),
  email: v.optional(v.pipe(v.string(), v.email(), v.maxLength(254))),
  contactForm: v.optional(httpsUrl),
  url: v.optional(anyUrl),
  phone: v.optional(text(40)),
  postal: v.optional(v.array(text(200))),
  flags: v.optional(v.array(v.picklist(['foreign_relations', 'libe', 'libe_substitute', 'afet']))),
  party: v.optional(text(120)),
  district: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))),
  nameEn: v.optional(text(200)),
  proof: v.optional(
    v.record(
      v.picklist(CHANNEL_FIELDS),
      v.strictObject({
        source: anyUrl,
        excerpt: text(4000),
        read: v.pipe(v.string(), v.regex(DAY)),
        seen: v.optional(text(60)),
      }),
    ),
  ),
});

/** Version strings of campaign data: dotted numbers, compared numerically ('2026.11.27.1'). */
export const VersionSchema = v.pipe(v.string(), v.regex(/^\d{1,6}(\.\d{1,6}){0,4}$/));

/**
 * The payload of a signed campaign update. Each part is optional and replaces the part it
 * names: countries and facts entry by entry (by code / id), globalStatus as a whole. Updates
 * accumulate: every accepted bundle is kept and re-applied in version order over the built-in
 * data. `expires` is the day after which the reader is told the data may be out of date.
 */
export const UpdatePayloadSchema = v.strictObject({
  format: v.literal(1),
  version: VersionSchema,
  issued: v.pipe(v.string(), v.regex(DAY)),
  expires: v.pipe(v.string(), v.regex(DAY)),
  countries: v.optional(v.pipe(v.array(CountryStatusSchema), v.maxLength(400))),
  facts: v.optional(v.pipe(v.array(FactSchema), v.maxLength(200))),
  globalStatus: v.optional(GlobalStatusSchema),
});
export type UpdatePayload = v.InferOutput<typeof UpdatePayloadSchema>;

// Compile-time guard: what the schemas accept fits the public types.
type Assignable<A, B extends A> = B;
export type _Checks = [
  Assignable<Source, v.InferOutput<typeof SourceSchema>>,
  Assignable<Fact, v.InferOutput<typeof FactSchema>>,
  Assignable<CountryStatus, v.InferOutput<typeof CountryStatusSchema>>,
  Assignable<GlobalStatus, v.InferOutput<typeof GlobalStatusSchema>>,
  Assignable<Recipient, v.InferOutput<typeof RecipientSchema>>,
];
