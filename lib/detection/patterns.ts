/**
 * The multilingual name table, compiled into ONE regular expression (one pass over the text).
 *
 * Patterns are written in natural spelling and run through `normalize()` at start-up, so
 * "Übereinkommen" matches "ubereinkommen" and "Hà Nội" matches "ha noi". Mini-syntax on top of
 * regex: ' ' = any whitespace, '~' = optional hyphen/space (German/Dutch compounds),
 * %UN% / %ADJ% macros, and a leading '*' = no word boundary (Arabic prefixes attach to words,
 * CJK has no spaces). Sources for every name: research-notes §2–3 (copied in docs/detection.md).
 *
 * Groups, in priority order (an alternation takes the first alternative that matches at the
 * leftmost position, so "UN Convention on Cybercrime" is claimed by S before B's bare
 * "Convention on Cybercrime" could be):
 *   S strong: explicit UN + cybercrime + treaty word;           M medium: specific but not explicit;
 *   H Hanoi names (need a treaty context, never the venue);       W weak colloquial (need UN context);
 *   B Budapest / Council of Europe signals;                       O other conventions (for reasons).
 */
import { normalize } from './normalize';

/** Kinds of hit, in group order. */
export const KINDS = ['S', 'M', 'H', 'W', 'B', 'O'] as const;
export type Kind = (typeof KINDS)[number];

const MACROS: Record<string, string> = {
  UN: '(?:un|u\\.n\\.?|united nations)',
  ADJ: '(?:new|landmark|controversial|contested|proposed|draft|first|global|first-ever|so-called|flawed|sweeping|international|long-awaited)',
  CC: 'cyber-?crimes?',
  // Treaty words of all supported languages. Patterns below combine them freely: a mixed-language
  // phrase such as "convenio de l'onu contre cybercrime" is harmless, and one grammar for all
  // languages keeps the always-on script small.
  T: '(?:conventions?|convención|convenio|convenção|convenzione|traités?|tratado|trattato|accord|acordo|accordo|pacte|pacto|konvensi|công ước|konwencj[aieo]|traktat[a-z]*|umow[a-z]*|verdrag|conventie|übereinkommens?|konvention|abkommens?|vertrag(?:e?s)?|pakt(?:e?s)?|sözleşme|anlaşma|конвенци[а-я]*|договор[а-я]*|соглашени[а-я]*)',
  ART: "(?:de |des |da |das |del |della |delle |dell'|de la |de las |de l'|de |van de |der |of the |của |organizacji |организации )?",
  UNN: '(?:nations unies|naciones unidas|nações unidas|nazioni unite|verenigde naties|vereinten nationen|united nations|narodów zjednoczonych|объединенных наций|organisation des nations unies|perserikatan bangsa-bangsa|liên hợp quốc|onusien(?:ne)?s?|onu|onz|оон|vn|pbb|lhq)',
  P: '(?:contre|contra|contro|sur|sobre|sulla|sul|sui|tentang|melawan|mengenai|terkait|về|gegen|über|tegen|inzake|over|przeciwko|o|w sprawie|dotycząc[aey]|against|on|против|о|по|relati(?:f|ve) à|de lutte contre|pour lutter contre|de combate ao?|per la lotta alla|per combattere|para combatir|de lucha contra|zur bekämpfung (?:der|von)|o zwalczaniu|по борьбе с|о борьбе с|о противодействии|untuk memberantas|anti)',
  A2: '(?:la |le |el |los |o |a |os |as |il |i |gli |die |de |chống |phòng,? chống )?',
  CY: '(?:cybercriminalité|%CC%|criminalité informatique|ciberdelincuencia|cibercrimen(?:es)?|ciberdelitos?|delitos? cibernéticos?|delincuencia cibernética|crímen(?:es)? cibernéticos?|delitos informáticos|crimes? cibernéticos?|cibercrimes?|cibercriminalidade|crimes? informáticos?|criminalidade informática|criminalità informatica|crimine cibernetico|crimini informatici|crimini cibernetici|criminalità cibernetica|cybercriminalità|cyberkriminalität|computerkriminalität|internetkriminalität|cybercriminaliteit|computercriminaliteit|cyberprzestępczości|przestępczości (?:cybernetycznej|komputerowej)|киберпреступност(?:и|ью)|kejahatan (?:siber|dunia maya|cyber)|tội phạm mạng)',
  CO: '(?:cybercrime|cyber|cyberkriminalitäts|computerkriminalitäts|cybercriminaliteits?)',
};

const TABLE: Record<Kind, string[]> = {
  S: [
    // en, UN first
    "%UN%(?:'s)?(?: %ADJ%)* (?:convention|treaty|pact|agreement|accord) (?:against|on|to (?:combat|counter|fight|tackle)|for (?:combating|countering)|countering|combating) %CC%",
    "%UN%(?:'s)?(?: %ADJ%)*(?: |-)%CC% (?:convention|treaty|pact|agreement|accord)",
    '%CC% (?:convention|treaty|pact) (?:of|by|from|at) the (?:un|united nations)(?![a-z])',
    'convention on countering the use of (?:information and communications? technolog(?:y|ies)|icts?) for criminal purposes',
    // Treaty word, UN name, preposition, cybercrime: fr es pt it de nl pl ru vi id (and en)
    '%T% %ART%%UNN%(?: [a-z]+)? %P% %A2%%CY%',
    // UN first, compounds: UN-Konvention gegen…, VN-verdrag tegen…, UN-Cybercrime-Konvention, VN-cybercrimeverdrag
    // Bare "un" before a treaty word is the French/Spanish/Italian article "a" ("un traité
    // contre la cybercriminalité"), so UN-first forms need the hyphen German writes.
    '(?:(?:un|uno)-|vn-?|onz-?)%T% %P% %A2%%CY%',
    '(?:(?:un|uno)-|vn-?)%CO%~%T%',
    '(?:un|uno) (?:cybercrime|cyberkriminalitäts)-?%T%',
    '%CO%~%T% (?:der|van de) (?:vereinten nationen|un|vn|verenigde naties)(?![a-z])',
    'onz-?owsk[a-z]* %T% %P% %CY%',
    'конвенци[а-я]* (?:оон )?о противодействии использованию (?:информационно-коммуникационных технологий|икт) в преступных целях',
    // tr
    "(?:bm|birleşmiş milletler)(?:'?n[ıi]n)? siber suç(?:lar|larla mücadele|la mücadele)?(?: ile mücadele)? (?:sözleşme|anlaşma)",
    'siber suçlara karş[ıi] (?:bm|birleşmiş milletler) (?:sözleşme|anlaşma)',
    // ar
    '*(?:اتفاقي[ةه]|معاهد[ةه]) (?:منظم[ةه] )?الأمم المتحد[ةه] (?:لمكافح[ةه] |بشأن |ضد |حول |لمحارب[ةه] |المتعلق[ةه] ب)(?:ال)?(?:جريم[ةه]|جرائم) (?:ال)?(?:سيبراني[ةه]|الكتروني[ةه]|معلوماتي[ةه])',
    '*(?:اتفاقي[ةه]|معاهد[ةه]) الأمم المتحد[ةه] لل(?:جريم[ةه]|جرائم) (?:ال)?(?:سيبراني|الكتروني|معلوماتي)',
    // zh
    '*(?:联合国|聯合國)《?(?:打击|打擊)?(?:网络|網絡|網路)犯罪(?:问题|問題)?(?:公约|公約)',
    // ja
    '*(?:国連|国際連合|新)の?(?:新しい)?サイバー犯罪(?:防止|対策)?条約',
    '*サイバー犯罪(?:に関する|防止|対策)の?国連条約',
    // ko
    '*(?:유엔|국제연합|un) ?사이버 ?범죄 ?(?:방지 ?|대응 ?)?협약',
  ],
  M: [
    'convention against %CC%',
    'ad hoc committee (?:on cybercrime|to elaborate a comprehensive international convention)',
    '(?:resolution|res\\.?|a/res/) ?79/243(?!\\d)',
    'russia(?:n)?-?(?:led|backed|drafted|sponsored|proposed|initiated|pushed) (?:un |global |international )?%CC% (?:treaty|convention|pact)',
    '*(?:打击|打擊)(?:网络|網絡|網路)犯罪(?:公约|公約)',
  ],
  H: [
    // Never the venue: "Hanoi Convention Center", "Hanoi Convention & Exhibition Centre".
    'ha ?noi(?: cybercrime)?~%T%(?! (?:cent(?:er|re)|and exhibition|& exhibition|hall|complex|venue|facilit))',
    "%T% (?:of |de |d'|di |da |van |z |von )?ha ?noi",
    '(?:hanojsk|ханойск)[a-zа-я]* %T%',
    '%T% (?:hanojsk|ханойск)',
    '*اتفاقي[ةه] هانوي',
    '*(?:河内|河內)(?:公约|公約)',
    '*ハノイ条約',
    '*하노이 ?협약',
  ],
  W: [
    '(?:global|international|worldwide) %CC% (?:treaty|convention|pact)',
    '(?:global|international) (?:treaty|convention) (?:against|on) %CC%',
    'surveillance treaty',
    '%CC% (?:treaty|convention|pact)',
    'cybercrime~konvention',
    'cybercrime~verdrag',
  ],
  B: [
    'budapest|boedapest|budapeszt|будапешт|*بودابست|*布达佩斯|*布達佩斯|*ブダペスト|*부다페스트',
    "council of europe|conseil de l'europe|consejo de europa|conselho da europa|consiglio d'europa|europarat|raad van europa|rad[ay] europy|avrupa konseyi|совет[а-я]* европы|hội đồng châu âu|dewan eropa|*مجلس أوروبا|*欧洲委员会|*歐洲委員會|*欧州評議会|*유럽평의회",
    '(?:c?ets|stce)(?: no\\.?| n°)? ?185(?!\\d)',
    '(?:second|first) additional protocol',
    '2001(?!\\d)',
    'convention on %CC%|convention sur la cybercriminalité|convenio sobre (?:la )?ciberdelincuencia|übereinkommen über computerkriminalität|strafbare feiten verbonden met elektronische netwerken',
    '*サイバー犯罪条約|*(?:网络|網絡|網路)犯罪(?:公约|公約)|*사이버 ?범죄 ?협약',
  ],
  O: [
    'transnational organi[sz]ed crime|untoc|palermo convention|convention against corruption|uncac|convention against torture|malabo|african union convention on cyber|arab convention on combating|uncc(?![a-z])',
  ],
};

/**
 * "Not inside a word", written ONCE, in front of every bounded alternative of every kind: at a
 * position inside a word the whole bounded half of the matcher is skipped by one test.
 * `\p{L}` is a class of hundreds of ranges; with one copy per alternative (sixty of them) the
 * matcher took ~4× longer to run and a cold first match cost 60–200 ms of compilation.
 * `(?<!X)(?:a|b)` matches exactly what `(?<!X)a|(?<!X)b` does.
 */
const BOUNDARY = '(?<![\\p{L}\\p{N}])';

function prep(src: string): string {
  while (src.includes('%')) src = src.replace(/%(\w+)%/g, (_, k: string) => MACROS[k] ?? '');
  return normalize(src).replace(/ \?/g, '\\s*').replace(/ /g, '\\s+').replace(/~/g, '[-\\s]*');
}

/** Split a table entry on top-level '|' only, so '*' markers apply per alternative. */
function topLevel(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of src) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** One kind's alternatives, bare (leading '*') or bounded. */
function alternatives(kind: Kind, bare: boolean): string[] {
  return TABLE[kind]
    .flatMap(topLevel)
    .filter((a) => a.startsWith('*') === bare)
    .map((a) => prep(bare ? a.slice(1) : a));
}

let compiled: RegExp | undefined;

/**
 * The one matcher. Capture group i+1 is KINDS[i] for the bounded alternatives and
 * KINDS[i - KINDS.length] for the bare ones (see `kindOf`). Bare alternatives are the scripts
 * written without spaces (CJK, Arabic with attached prefixes), which no bounded alternative
 * starts with, so trying all bounded kinds first keeps each kind's priority. Compiled once.
 */
export function matcher(): RegExp {
  const groups = (bare: boolean) =>
    KINDS.map((k) => '(' + (alternatives(k, bare).join('|') || '(?!)') + ')').join('|');
  compiled ??= new RegExp(BOUNDARY + '(?:' + groups(false) + ')|' + groups(true), 'gu');
  return compiled;
}

/** The kind of a `matcher()` match: the first capture group that took part. */
export function kindOf(m: RegExpExecArray): Kind {
  const g = m.findIndex((v, i) => i > 0 && v !== undefined);
  return KINDS[(g - 1) % KINDS.length]!;
}

function words(src: string): RegExp {
  return new RegExp(normalize(src).replace(/ /g, '\\s+'));
}

const UN_NAMES =
  "united nations|unodc|hanoi|ha noi|guterres|general assembly|79/243|against cybercrime|nations unies|l'onu|naciones unidas|la onu|nações unidas|da onu|nazioni unite|dell'onu|vereinten nationen|verenigde naties|vn-|narodów zjednoczonych|onz|оон|ханой|birleşmiş milletler|liên hợp quốc|perserikatan|الأمم المتحدة|联合国|聯合國|国連|유엔";

/** Signs that a generic phrase ("the global cybercrime treaty") means the UN one. */
export const UN_CONTEXT = words("the un(?![a-z])|un's|un-|u\\.n\\.|" + UN_NAMES);

/** Treaty context around a Hanoi name: UN names, cyber words, signing or ratifying, treaties. */
export const TREATY_CONTEXT = words(
  UN_NAMES +
    '|cyber|кибер|siber|ciber|サイバー|사이버|网络|網絡|網路|tội phạm|kejahatan|informati|computer|سيبران|الكترون|ratif|sign|firm|assin|podpis|imza|ký kết|phê chuẩn|подпис|ратиф|批准|签署|簽署|署名|서명|비준|توقيع|تصديق|treat|traité|tratado|trattato|verdrag|traktat|vertrag|договор|条約|公约|協約|협약|اتفاق',
);

/** The stems the grammar above needs: one list, shared with the every-page pre-filter. */
export { ANCHORS, LONGEST_STEM, NEEDS_FULL_SCAN, resumeAt } from './stems';
