/**
 * The panel's view model: everything the in-page panel shows from the campaign data, already
 * localized, built in the background (the campaign data and the reader's settings stay in the
 * extension origin; the page only ever receives this plain, text-only object).
 */
import {
  SIGNATURE_DEADLINE,
  panelLanguage,
  askFor,
  concerns,
  countryName,
  factsOf,
  freshness,
  getCountry,
  globalStatus,
  localize,
  signatureClosed,
  SIGNATURE_CLOSES_AT,
  statusIsCertain,
  type Ask,
  type Fact,
  type Localized,
  type Source,
  type StatusConfidence,
  type TreatyStatus,
} from '../campaign';
import { isRiskyCountry, riskIndex, riskIndexLabel } from '../campaign/risk';

/** A source as the panel shows it. `url` only when it is an http(s) link. */
export interface SourceView {
  publisher: string;
  title: string;
  url?: string;
  date: string;
  accessed: boolean;
}

/** A sourced statement (about, a concern, the supporters' view). */
export interface FactView {
  id: string;
  title: string;
  text: string;
  articles: string[];
  sources: SourceView[];
  lastChecked: string;
  raisedBy: string[];
  uncertain: boolean;
}

/** World-wide figures. */
export interface GlobalView {
  signatories: number | null;
  signatoriesNote: string;
  ratifications: number;
  needed: number;
  deadline: string;
  /** The instant signature closes: New York midnight ending the deadline day (Art. 64). */
  closesAt: number;
  deadlinePassed: boolean;
  entryIntoForce: string;
  asOf: string;
  sources: SourceView[];
}

/** The reader's country. */
export interface CountryView {
  code: string;
  name: string;
  status: TreatyStatus;
  signed?: string;
  ratified?: string;
  note?: string;
  asOf: string;
  source: SourceView;
  /** True only for a confirmed status. */
  certain: boolean;
  /** How far the status may be trusted; drives the wording (reported by, not listed as of…). */
  confidence: StatusConfidence;
  /** A further step only a named reporter gives (e.g. a ratification not deposited). */
  reported?: { status: TreatyStatus; by: string; asOf: string };
  ask: Ask;
  /** The reader has not chosen a country: this one is guessed from the browser's language. */
  guessed?: boolean;
  /**
   * The country is rated Not Free by the safety index (lib/campaign/risk.ts): the panel's
   * "Write to my government" first shows the safety notice. `index` names it, `date` is its
   * publication date in the view's language, `url` the publisher's page.
   */
  risk?: { index: string; date: string; url: string };
}

/** Everything the panel renders, in one language. */
export interface PanelView {
  /** Language of the content (and of the panel's UI strings). */
  lang: string;
  about: FactView | null;
  global: GlobalView;
  country: CountryView | null;
  concerns: FactView[];
  supporters: FactView | null;
  /** Short article explanations for highlight cards: article number → concern titles. */
  articleNotes: Record<string, string[]>;
  /** "Campaign data from `issued`"; `stale` once the newest signed update (or the build) expired. */
  data: { issued: string; stale: boolean };
  /**
   * The panel's UI strings in `lang` (English where a key is missing), added by the background:
   * panel.js bundles no catalog, so it carries one language instead of eight.
   */
  strings?: Record<string, string>;
}

/** Inputs of `buildPanelView`. */
export interface ViewInput {
  /** Language detected for the article ('' when unknown). */
  articleLang: string;
  /** The user's UI language (settings, else the browser's). */
  userLang: string;
  /** ISO country code or 'EU', '' when unknown. */
  country: string;
  now: Date;
}

export { panelLanguage };

export { countryFromLocale } from './locale';

function source(s: Source): SourceView {
  return {
    publisher: s.publisher,
    title: s.title,
    url: s.url && /^https?:\/\//.test(s.url) ? s.url : undefined,
    date: s.date,
    accessed: !!s.accessed,
  };
}

function fact(f: Fact, lang: string): FactView {
  return {
    id: f.id,
    title: localize(f.title, lang).text,
    text: localize(f.text, lang).text,
    articles: [...f.articles],
    sources: f.sources.map(source),
    lastChecked: f.lastChecked,
    raisedBy: [...(f.raisedBy ?? [])],
    uncertain: !!f.uncertain,
  };
}

const text = (l: Localized, lang: string) => localize(l, lang).text;

/**
 * Article numbers a reference can point at: '7-11' covers 7…11, '2(h)' is article 2.
 * Keys are plain numbers as strings.
 */
export function articleNumbers(ref: string): number[] {
  const range = /^(\d+)\s*[-–]\s*(\d+)/.exec(ref);
  if (range) {
    const out: number[] = [];
    for (let n = Number(range[1]); n <= Number(range[2]) && out.length < 100; n++) out.push(n);
    return out;
  }
  const one = /^(\d+)/.exec(ref);
  return one ? [Number(one[1])] : [];
}

/** Build the panel's view model for one page (pure; reads the current campaign data). */
export function buildPanelView(input: ViewInput): PanelView {
  const lang = panelLanguage(input.articleLang, input.userLang);
  const concernFacts = concerns();
  const articleNotes: Record<string, string[]> = {};
  for (const c of concernFacts) {
    const title = text(c.title, lang);
    for (const ref of c.articles)
      for (const n of articleNumbers(ref)) {
        const list = (articleNotes[String(n)] ??= []);
        if (!list.includes(title)) list.push(title);
      }
  }
  const about = factsOf('about')[0];
  const supporters = factsOf('supporters')[0];
  const code = input.country.toUpperCase();
  const c = code ? getCountry(code) : undefined;
  const g = globalStatus;
  return {
    lang,
    about: about ? fact(about, lang) : null,
    global: {
      signatories: g.signatories,
      signatoriesNote: text(g.signatoriesNote, lang),
      ratifications: g.ratifications,
      needed: g.needed,
      deadline: SIGNATURE_DEADLINE,
      closesAt: SIGNATURE_CLOSES_AT,
      deadlinePassed: signatureClosed(input.now),
      entryIntoForce: text(g.entryIntoForce, lang),
      asOf: g.asOf,
      sources: g.sources.map(source),
    },
    country: c
      ? {
          code: c.code,
          name: countryName(c.code, lang),
          status: c.status,
          signed: c.signed,
          ratified: c.ratified,
          note: c.note ? text(c.note, lang) : undefined,
          asOf: c.asOf,
          source: source(c.source),
          certain: statusIsCertain(c.code),
          confidence: c.confidence,
          ...(c.reported
            ? {
                reported: {
                  status: c.reported.status,
                  by: c.reported.source.publisher,
                  asOf: c.reported.asOf,
                },
              }
            : {}),
          ask: askFor(c.code, input.now),
          ...(isRiskyCountry(c.code)
            ? {
                risk: {
                  index: riskIndexLabel(),
                  date: new Intl.DateTimeFormat(lang.replace('_', '-'), {
                    dateStyle: 'long',
                    timeZone: 'UTC',
                  }).format(new Date(`${riskIndex.date}T12:00:00Z`)),
                  url: riskIndex.url,
                },
              }
            : {}),
        }
      : null,
    concerns: concernFacts.map((f) => fact(f, lang)),
    supporters: supporters ? fact(supporters, lang) : null,
    articleNotes,
    data: (({ issued, stale }) => ({ issued, stale }))(freshness(input.now)),
  };
}
