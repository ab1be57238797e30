/**
 * The depositary's own list, read from the UN Treaty Collection's status page for Chapter
 * XVIII-16 in its XML form (MTDSG, `…/Chapter XVIII/XVIII-16.en.xml`), saved by a maintainer:
 * the extension never fetches it. `npm run data:depositary` (scripts/data-depositary.ts) turns it
 * into the status table and a signed-update payload.
 *
 * The page's structure, as the depositary publishes it for every MTDSG treaty (read in saved
 * copies of Chapter XVIII pages, e.g. XVIII-15, ISO-8859-1):
 * `Document/Treaty/Header/ExternalData/Status/{Signatories,Parties}` (the depositary's counts)
 * and `Document/Treaty/Participants/Table/TGroup/{Thead/Row,Tbody/Rows/Row}` with one `Entry`
 * per column: participant (footnote markers as escaped `<superscript>1</superscript>` text),
 * signature date (suffix "d": succession to signature), and the date of ratification,
 * acceptance (A), approval (AA), accession (a) or succession (d). Dates read like "25 Oct 2025"
 * (tabs and brackets occur; an empty cell is `<Entry />`). The XML carries no "Status as at"
 * date (the HTML page prints it): the maintainer gives the day it was saved, unless the saved
 * copy has that line.
 */
import { XMLParser } from 'fast-xml-parser';
import { EU_MEMBERS, OBSERVERS, UN_MEMBERS } from './data/countries';
import { L8 } from './data/localized';
import * as v from 'valibot';
import { UpdatePayloadSchema, type UpdatePayload } from './schema';
import type { CountryStatus, GlobalStatus, Localized, Source, TreatyStatus } from './types';

/** Where the page is published (cited as the source of every status it gives). */
export const DEPOSITARY_XML_URL =
  'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml';

/** How a state consented to be bound, from the suffix after the date. */
export type ConsentKind = 'ratification' | 'acceptance' | 'approval' | 'accession' | 'succession';
const SUFFIX: Record<string, ConsentKind> = {
  '': 'ratification',
  A: 'acceptance',
  AA: 'approval',
  a: 'accession',
  d: 'succession',
};

/** One participant row as the depositary lists it. */
export interface DepositaryRow {
  /** The participant's name as printed, footnote markers removed. */
  name: string;
  /** ISO 3166-1 alpha-2, or 'EU'. */
  code: string;
  /** Signature date (YYYY-MM-DD), if any. */
  signed?: string;
  /** Ratification, acceptance, approval, accession or succession, if any. */
  consent?: { date: string; kind: ConsentKind };
  /** Footnote numbers attached to the name. */
  footnotes: string[];
}

/** What the page says. */
export interface DepositaryPage {
  /** "Status as at" date printed on the page (YYYY-MM-DD), if the saved copy has it. */
  statusDate?: string;
  /** The depositary's own counts (Header/ExternalData/Status), when present. */
  signatories?: number;
  parties?: number;
  rows: DepositaryRow[];
}

/** The page could not be read as the depositary's list; every problem found, one per line. */
export class DepositaryError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DepositaryError';
  }
}

/**
 * UN participant names that are not the common English short name (Intl's), and older or
 * variant spellings the depositary has used. Anything not here and not an English short name
 * of one of our codes is an error: a state is never guessed.
 */
export const UN_NAMES: Readonly<Record<string, string>> = {
  'Bolivia (Plurinational State of)': 'BO',
  'Brunei Darussalam': 'BN',
  'Cabo Verde': 'CV',
  Congo: 'CG',
  "Côte d'Ivoire": 'CI',
  'Czech Republic': 'CZ',
  Czechia: 'CZ',
  "Democratic People's Republic of Korea": 'KP',
  'Democratic Republic of the Congo': 'CD',
  Eswatini: 'SZ',
  Swaziland: 'SZ',
  'European Union': 'EU',
  Gambia: 'GM',
  'Holy See': 'VA',
  'Iran (Islamic Republic of)': 'IR',
  "Lao People's Democratic Republic": 'LA',
  'Micronesia (Federated States of)': 'FM',
  Myanmar: 'MM',
  'Netherlands (Kingdom of the)': 'NL',
  Netherlands: 'NL',
  'North Macedonia': 'MK',
  'The former Yugoslav Republic of Macedonia': 'MK',
  'Republic of Korea': 'KR',
  'Republic of Moldova': 'MD',
  'Russian Federation': 'RU',
  'Saint Kitts and Nevis': 'KN',
  'Saint Lucia': 'LC',
  'Saint Vincent and the Grenadines': 'VC',
  'Sao Tome and Principe': 'ST',
  'State of Palestine': 'PS',
  'Syrian Arab Republic': 'SY',
  'Timor-Leste': 'TL',
  Türkiye: 'TR',
  Turkey: 'TR',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  'United Republic of Tanzania': 'TZ',
  'United States of America': 'US',
  'Venezuela (Bolivarian Republic of)': 'VE',
  'Viet Nam': 'VN',
};

/** Every code a participant may map to: the UN members, the two observers, the EU. */
const CODES = [...UN_MEMBERS, ...OBSERVERS, 'EU'];

const fold = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+&\s+/g, ' and ')
    .replace(/^St\.?\s/, 'Saint ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

let byName: Map<string, string> | null = null;
function nameTable(): Map<string, string> {
  if (byName) return byName;
  const dn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  byName = new Map();
  for (const code of CODES) {
    const n = code === 'EU' ? undefined : dn.of(code);
    if (n) byName.set(fold(n), code);
  }
  for (const [n, code] of Object.entries(UN_NAMES)) byName.set(fold(n), code);
  return byName;
}

/** ISO code of a participant name as the depositary prints it, or undefined. */
export function codeForName(name: string): string | undefined {
  return nameTable().get(fold(name));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * An entry's text and its footnote markers. The content arrives raw (a stop node), so a marker
 * is `<superscript>7</superscript>` whether the page wrote it as markup or escaped it.
 */
function entryText(raw: string): { text: string; footnotes: string[] } {
  const footnotes: string[] = [];
  let s = decodeEntities(decodeEntities(raw)); // escaped markup is escaped twice in some copies
  s = s.replace(/<superscript>\s*([^<]*?)\s*<\/superscript>/gi, (_, n: string) => {
    footnotes.push(...n.split(/[\s,]+/).filter(Boolean));
    return ' ';
  });
  s = s.replace(/<[^>]*>/g, ' ');
  return { text: s.replace(/\s+/g, ' ').trim(), footnotes };
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * A date cell: "25 Oct 2025", "22 Apr\t 2016", "[20 Jan 2021 A]", "2 Mar 2026 a". Returns the
 * ISO day and the suffix, or null for an empty cell; throws on anything else.
 */
export function parseDateCell(cell: string): { date: string; suffix: string } | null {
  const s = cell.replace(/[[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!s) return null;
  const m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})(?: (AA|A|a|d))?$/.exec(s);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (!m || !month) throw new Error(`unreadable date "${cell.trim()}"`);
  const day = m[1]!.padStart(2, '0');
  const date = `${m[3]}-${month}-${day}`;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date)
    throw new Error(`impossible date "${cell.trim()}"`);
  return { date, suffix: m[4] ?? '' };
}

/** Decode the saved file: the XML declaration names its encoding (often ISO-8859-1). */
export function decodeXml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const enc = /encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const latin = /^(iso-8859-1|latin-?1|windows-1252|cp1252)$/.test(enc);
  return new TextDecoder(latin ? 'windows-1252' : 'utf-8').decode(bytes);
}

type Node = Record<string, unknown>;
const asArray = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];
const child = (n: unknown, key: string): unknown =>
  n && typeof n === 'object' ? (n as Node)[key] : undefined;
const path = (n: unknown, keys: string[]): unknown => keys.reduce(child, n);

function count(n: unknown): number | undefined {
  const s = typeof n === 'string' || typeof n === 'number' ? String(n).trim() : '';
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

/** Read the depositary's XML page. Throws `DepositaryError` listing every problem. */
export function parseDepositaryXml(input: string | Uint8Array): DepositaryPage {
  const xml = typeof input === 'string' ? input : decodeXml(input);
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: false,
    processEntities: false,
    stopNodes: ['*.Entry'],
    isArray: (name) => name === 'Row' || name === 'Entry',
  });
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    throw new DepositaryError([`not well-formed XML: ${e instanceof Error ? e.message : e}`]);
  }
  // <Document><Treaty>…; a copy saved without the <Document> wrapper is read the same way.
  const root = (doc as Node).Document;
  const treaty = child(root, 'Treaty') ?? (doc as Node).Treaty;
  const tgroup = path(treaty, ['Participants', 'Table', 'TGroup']);
  if (!tgroup) throw new DepositaryError(['no Treaty/Participants/Table/TGroup in the page']);

  const problems: string[] = [];
  // Columns by their headings when the page has them: Participant | Signature | Ratification…
  const head = asArray(path(tgroup, ['Thead', 'Row']) as Node[])[0];
  const headings = asArray(child(head, 'Entry') as string[]).map((e) =>
    entryText(String(e)).text.toLowerCase(),
  );
  const col = {
    name: 0,
    signed: headings.length ? headings.findIndex((h) => h.startsWith('signature')) : 1,
    consent: headings.length
      ? headings.findIndex((h) => /ratification|accession|acceptance|approval/.test(h))
      : 2,
  };
  if (headings.length && (col.signed < 0 || col.consent < 0))
    problems.push(`unexpected column headings: ${headings.join(' | ')}`);

  const body = child(tgroup, 'Tbody');
  const rows = asArray((child(child(body, 'Rows'), 'Row') ?? child(body, 'Row')) as Node[]);
  if (!rows.length) problems.push('the participants table has no rows');

  const out: DepositaryRow[] = [];
  const seen = new Map<string, string>();
  rows.forEach((row, i) => {
    const cells = asArray(child(row, 'Entry') as string[]).map((e) => entryText(String(e ?? '')));
    const where = `row ${i + 1}`;
    const nameCell = cells[col.name];
    if (!nameCell?.text) return void problems.push(`${where}: no participant name`);
    const name = nameCell.text.replace(/(?:\s*,?\s*\d{1,3})+\s*,?\s*$/, '').trim();
    const code = codeForName(name);
    if (!code) return void problems.push(`${where}: unknown participant name "${name}"`);
    if (seen.has(code))
      return void problems.push(`${where}: "${name}" is listed twice (also "${seen.get(code)}")`);
    seen.set(code, name);
    const r: DepositaryRow = { name, code, footnotes: nameCell.footnotes };
    try {
      const sig = parseDateCell(cells[col.signed]?.text ?? '');
      // "d" after a signature date is a succession to signature; nothing else belongs there.
      if (sig?.suffix && sig.suffix !== 'd')
        problems.push(`${where} (${name}): a signature date with "${sig.suffix}"`);
      if (sig) r.signed = sig.date;
      const con = parseDateCell(cells[col.consent]?.text ?? '');
      if (con) r.consent = { date: con.date, kind: SUFFIX[con.suffix]! };
    } catch (e) {
      problems.push(`${where} (${name}): ${e instanceof Error ? e.message : e}`);
      return;
    }
    if (!r.signed && !r.consent) problems.push(`${where} (${name}): neither signature nor consent`);
    out.push(r);
  });

  const status = path(treaty, ['Header', 'ExternalData', 'Status']);
  const text = decodeEntities(xml.replace(/<[^>]*>/g, ' '));
  const sa = /status\s+as\s+at\s*:?\s*(\d{2})[-./](\d{2})[-./](\d{4})/i.exec(text);
  if (problems.length) throw new DepositaryError(problems);
  return {
    ...(sa ? { statusDate: `${sa[3]}-${sa[2]}-${sa[1]}` } : {}),
    ...(count(child(status, 'Signatories')) !== undefined
      ? { signatories: count(child(status, 'Signatories')) }
      : {}),
    ...(count(child(status, 'Parties')) !== undefined
      ? { parties: count(child(status, 'Parties')) }
      : {}),
    rows: out,
  };
}

/** The date as each content language writes it ("19 November 2025", "19. November 2025"…). */
function longDate(day: string): Localized {
  const d = new Date(`${day}T12:00:00Z`);
  const f = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  return L8(f('en-GB'), f('fr'), f('es'), f('de'), f('pt'), f('ar-u-nu-latn'), f('ru'), f('zh'));
}

function fill(t: Localized, vars: Record<string, Localized | string>): Localized {
  const out: Record<string, string> = {};
  for (const [lang, s] of Object.entries(t)) {
    if (!s) continue;
    out[lang] = s.replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = vars[k];
      return v === undefined ? m : typeof v === 'string' ? v : (v[lang] ?? v.en);
    });
  }
  return out as Localized;
}

const NOT_LISTED_NOTE = L8(
  'Not among the signatories in the UN depositary’s list as of {date}. That is not a refusal: the state may have signed since. Check the UN Treaty Collection.',
  'Ne figure pas parmi les signataires dans la liste du dépositaire de l’ONU au {date}. Ce n’est pas un refus : l’État a pu signer depuis. Vérifiez la Collection des traités des Nations Unies.',
  'No figura entre los signatarios en la lista del depositario de la ONU a {date}. No es una negativa: el Estado puede haber firmado después. Consulte la Colección de Tratados de las Naciones Unidas.',
  'Stand {date} nicht unter den Unterzeichnern in der Liste des UN-Verwahrers. Das ist keine Ablehnung: Der Staat kann seither unterzeichnet haben. Bitte in der UN-Vertragssammlung prüfen.',
  'Não consta entre os signatários na lista do depositário da ONU em {date}. Isso não é uma recusa: o Estado pode ter assinado depois. Consulte a Coleção de Tratados das Nações Unidas.',
  'لم تكن ضمن الموقّعين في قائمة الوديع لدى الأمم المتحدة حتى {date}. وهذا ليس رفضاً: فربما وقّعت الدولة بعد ذلك. راجِع مجموعة معاهدات الأمم المتحدة.',
  'По состоянию на {date} не значится среди подписавших в списке депозитария ООН. Это не отказ: государство могло подписать позже. Проверьте Сборник договоров ООН.',
  '截至{date}，未列入联合国保存人名单中的签署方。这并不表示拒绝签署：该国此后可能已经签署。请查阅联合国条约汇编。',
);

const SIGNATORIES_NOTE = L8(
  'Signatories in the UN Treaty Collection’s list as of {date}: {n}. Later signatures are not counted here: the live list is at the UN Treaty Collection.',
  'Signataires dans la liste de la Collection des traités de l’ONU au {date} : {n}. Les signatures ultérieures ne sont pas comptées ici : la liste à jour se trouve dans la Collection des traités des Nations Unies.',
  'Signatarios en la lista de la Colección de Tratados de la ONU a {date}: {n}. Las firmas posteriores no se cuentan aquí: la lista actualizada está en la Colección de Tratados de las Naciones Unidas.',
  'Unterzeichner in der Liste der UN-Vertragssammlung, Stand {date}: {n}. Spätere Unterzeichnungen sind hier nicht gezählt: Die aktuelle Liste steht in der UN-Vertragssammlung.',
  'Signatários na lista da Coleção de Tratados da ONU em {date}: {n}. As assinaturas posteriores não são contadas aqui: a lista atualizada está na Coleção de Tratados das Nações Unidas.',
  'عدد الموقّعين في قائمة مجموعة معاهدات الأمم المتحدة حتى {date}: {n}. ولا تُحتسب هنا التوقيعات اللاحقة: القائمة المحدَّثة في مجموعة معاهدات الأمم المتحدة.',
  'Подписавшие стороны в списке Сборника договоров ООН по состоянию на {date}: {n}. Более поздние подписания здесь не учтены: актуальный список — в Сборнике договоров ООН.',
  '截至{date}，联合国条约汇编名单中的签署方：{n}。此后的签署未计入此处：最新名单见联合国条约汇编。',
);

const ENTRY_INTO_FORCE = L8(
  'Open for signature at UN Headquarters in New York until 31 Dec 2026; after that, states can only accede. It enters into force on the 90th day after the 40th instrument of ratification, acceptance, approval or accession is deposited; the EU’s instrument does not count on top of its member states’. Instruments in the depositary’s list as of {date}: {n}.',
  'Ouverte à la signature au Siège de l’ONU à New York jusqu’au 31 décembre 2026 ; ensuite, les États ne peuvent plus qu’y adhérer. Elle entre en vigueur le 90e jour suivant le dépôt du 40e instrument de ratification, d’acceptation, d’approbation ou d’adhésion ; l’instrument de l’UE ne s’ajoute pas à ceux de ses États membres. Instruments dans la liste du dépositaire au {date} : {n}.',
  'Abierta a la firma en la Sede de la ONU en Nueva York hasta el 31 de diciembre de 2026; después, los Estados solo podrán adherirse. Entra en vigor el 90.º día tras el depósito del 40.º instrumento de ratificación, aceptación, aprobación o adhesión; el instrumento de la UE no se suma a los de sus Estados miembros. Instrumentos en la lista del depositario a {date}: {n}.',
  'Bis 31. Dezember 2026 am UN-Hauptsitz in New York zur Unterzeichnung offen; danach ist nur noch ein Beitritt möglich. Sie tritt am 90. Tag nach Hinterlegung der 40. Ratifikations-, Annahme-, Genehmigungs- oder Beitrittsurkunde in Kraft; die Urkunde der EU zählt nicht zusätzlich zu denen ihrer Mitgliedstaaten. Urkunden in der Liste des Verwahrers, Stand {date}: {n}.',
  'Aberta à assinatura na Sede da ONU em Nova Iorque até 31 de dezembro de 2026; depois disso, os Estados só podem aderir. Entra em vigor no 90.º dia após o depósito do 40.º instrumento de ratificação, aceitação, aprovação ou adesão; o instrumento da UE não se soma aos dos seus Estados-Membros. Instrumentos na lista do depositário em {date}: {n}.',
  'مفتوحة للتوقيع في مقر الأمم المتحدة في نيويورك حتى 31 كانون الأول/ديسمبر 2026، وبعد ذلك لا يمكن للدول إلا الانضمام إليها. تدخل حيّز النفاذ في اليوم التسعين بعد إيداع الصك الأربعين للتصديق أو القبول أو الموافقة أو الانضمام، ولا يُحتسب صك الاتحاد الأوروبي إضافةً إلى صكوك دوله الأعضاء. عدد الصكوك في قائمة الوديع حتى {date}: {n}.',
  'Открыта для подписания в Центральных учреждениях ООН в Нью-Йорке до 31 декабря 2026 года; после этого государства могут только присоединиться к ней. Вступает в силу на 90-й день после сдачи на хранение 40-й грамоты о ратификации, принятии, утверждении или присоединении; документ ЕС не засчитывается дополнительно к документам его государств-членов. Документов в списке депозитария по состоянию на {date}: {n}.',
  '在纽约联合国总部开放签署至2026年12月31日；此后各国只能加入。公约在第40份批准书、接受书、核准书或加入书交存后第90天生效；欧盟交存的文书不在其成员国文书之外另行计算。截至{date}，保存人名单中的文书：{n}。',
);

/** The depositary page as a status source, dated by the list. */
export function depositarySource(asOf: string): Source {
  return {
    publisher: 'United Nations Treaty Collection',
    title: `Status of treaties, Chapter XVIII-16: United Nations Convention against Cybercrime (status as at ${asOf})`,
    url: DEPOSITARY_XML_URL,
    date: asOf,
    kind: 'depositary',
  };
}

const RANK: Record<TreatyStatus, number> = { unknown: -1, not_signed: 0, signed: 1, ratified: 2 };

/**
 * The status table the page gives, for every state we list (UN members, observers, the EU):
 * listed → `confirmed` (signed, or ratified for any consent: ratification, acceptance, approval,
 * accession, succession), absent → `not_listed` as of the list's date. A step that only a named
 * reporter gives and that goes further than the depositary's is kept (`reported`,
 * `laterStepClaimed`); earlier notes are dropped, since they describe the old list.
 */
export function statusTable(
  page: DepositaryPage,
  asOf: string,
  previous: ReadonlyMap<string, CountryStatus>,
): CountryStatus[] {
  const byCode = new Map(page.rows.map((r) => [r.code, r]));
  const source = depositarySource(asOf);
  const date = longDate(asOf);
  return CODES.map((code) => {
    const row = byCode.get(code);
    const before = previous.get(code);
    const euMember = EU_MEMBERS.includes(code) ? { euMember: true as const } : {};
    const c: CountryStatus = row
      ? {
          code,
          status: row.consent ? 'ratified' : 'signed',
          confidence: 'confirmed',
          ...(row.signed ? { signed: row.signed } : {}),
          ...(row.consent ? { ratified: row.consent.date } : {}),
          source,
          asOf,
          ...euMember,
        }
      : {
          code,
          status: 'not_signed',
          confidence: 'not_listed',
          source,
          asOf,
          ...euMember,
          note: fill(NOT_LISTED_NOTE, { date }),
        };
    // What only a named reporter gives, when it goes further than the depositary's list.
    const reported =
      before?.reported ??
      (before?.confidence === 'reported'
        ? {
            status: before.status,
            ...((before.ratified ?? before.signed)
              ? { date: before.ratified ?? before.signed }
              : {}),
            source: before.source,
            asOf: before.asOf,
          }
        : undefined);
    if (reported && RANK[reported.status] > RANK[c.status]) c.reported = reported;
    if (before?.laterStepClaimed && c.status === 'signed') c.laterStepClaimed = true;
    return c;
  });
}

/** Options of `depositaryPayload`. */
export interface PayloadOptions {
  asOf: string;
  version: string;
  issued: string;
  expires: string;
}

/**
 * A signed-update payload (for `npm run feed:sign`): the countries whose entry changes, and the
 * global figures — the depositary's own counts when the page gives them, else counted rows.
 */
export function depositaryPayload(
  page: DepositaryPage,
  o: PayloadOptions,
  previous: ReadonlyMap<string, CountryStatus>,
  previousGlobal: GlobalStatus,
): { payload: UpdatePayload; table: CountryStatus[] } {
  const table = statusTable(page, o.asOf, previous);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const changed = table.filter((c) => !same(c, previous.get(c.code)));
  const ratifiedBy = table.filter((c) => c.status === 'ratified').map((c) => c.code);
  const signatories = page.signatories ?? page.rows.filter((r) => r.signed).length;
  const date = longDate(o.asOf);
  const globalStatus: GlobalStatus = {
    signatories,
    signatoriesNote: fill(SIGNATORIES_NOTE, { date, n: String(signatories) }),
    ratifications: ratifiedBy.length,
    ratifiedBy,
    needed: 40,
    signatureDeadline: '2026-12-31',
    entryIntoForce: fill(ENTRY_INTO_FORCE, {
      date,
      n: String(page.rows.filter((r) => r.consent).length),
    }),
    asOf: o.asOf,
    sources: [
      depositarySource(o.asOf),
      ...previousGlobal.sources.filter(
        (s) => s.kind === 'depositary' && /Art\. 6[45]/.test(s.title),
      ),
    ],
  };
  // The same schema the extension applies to a signed update.
  const payload = v.parse(UpdatePayloadSchema, {
    format: 1,
    version: o.version,
    issued: o.issued,
    expires: o.expires,
    countries: changed,
    globalStatus,
  });
  return { table, payload };
}
