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
import { prune, pruneTree, type Tree } from './prune';

/** Kinds of hit, in group order. */
export const KINDS = ['S', 'M', 'H', 'W', 'B', 'O', 'N', 'D'] as const;
export type Kind = (typeof KINDS)[number];

/** Macros of the mini-syntax (exported for tests). */
export const MACROS: Record<string, string> = {
  UN: '(?:un|u\\.n\\.?|united nations)',
  ADJ: '(?:new|landmark|historic|controversial|contested|proposed|draft|first|global|first-ever|so-called|flawed|sweeping|international|long-awaited)',
  CC: 'cyber-?crimes?',
  // Treaty words of all supported languages. Patterns below combine them freely: a mixed-language
  // phrase such as "convenio de l'onu contre cybercrime" is harmless, and one grammar for all
  // languages keeps the grammar small.
  T: '(?:conventions?|treat(?:y|ies)|pacts?|convención|convenio|convenção|convenzione|traités?|tratado|trattato|accord|acordo|accordo|pacte|pacto|patto|konvensi|công ước|konwencj[aieoę]|traktat[a-z]*|umow[a-z]*|verdrag|conventie|übereinkommens?|konvention|abkommens?|vertrag(?:e?s)?|pakt(?:e?s)?|sözleşme[a-zı]*|anlaşma[a-zı]*|конвенци[а-я]*|договор[а-я]*|соглашени[а-я]*)',
  // Words for a convention or a treaty (not "accord", "pact", "agreement": a "Hanoi Accord" is trade).
  TC: '(?:conventions?|treaty|convención|convenio|convenção|convenzione|traité|tratado|trattato|konvensi|công ước|konwencj[aieoę]|traktat[a-z]*|verdrag|conventie|übereinkommens?|konvention|sözleşme[a-zı]*|конвенци[а-я]*|договор[а-я]*)',
  ART: "(?:de |des |da |das |del |della |delle |dell'|de la |de las |de l'|de |van de |der |of the |của |organizacji |организации )?",
  // Up to two words between a treaty word and the UN name: "traité mondial de l'ONU".
  MOD: "(?: [a-zа-яıłđß'-]+){0,2}",
  // Up to four words of description: "the first global treaty against…", "công ước toàn cầu đầu tiên về…".
  DESC: "(?: [a-zа-яıłđß'-]+){0,4}",
  UNN: '(?:nations unies|naciones unidas|nações unidas|nazioni unite|verenigde naties|vereinten nationen|united nations|narodów zjednoczonych|объединенных наций|organisation des nations unies|perserikatan bangsa-bangsa|liên hợp quốc|onusien(?:ne)?s?|onu|onz|оон|vn|pbb|lhq|uno)',
  P: '(?:chống|contre|contra|contro|sur|sobre|sulla|sul|sui|tentang|melawan|mengenai|terkait|về|gegen|über|tegen|inzake|over|przeciwko|o|ws\\.?|w sprawie|dotycząc[aey]j?|against|on|против|о|по|relati(?:f|ve) à|de lutte contre|pour lutter contre|de combate ao?|per la lotta alla|per combattere|para combatir|de lucha contra|zur bekämpfung (?:der|von)|ter bestrijding van|o zwalczaniu|по борьбе с|о борьбе с|о противодействии|untuk memberantas|anti)',
  A2: '(?:la |le |el |los |o |a |os |as |il |i |gli |die |de |chống |phòng,? chống )?',
  CY: '(?:cybercriminalité|%CC%|criminalité informatique|ciberdelincuencia|cibercrimen(?:es)?|ciberdelitos?|delitos? cibernéticos?|delincuencia cibernética|crímen(?:es)? cibernéticos?|delitos informáticos|crimes? cibernéticos?|cibercrimes?|cibercriminalidade|crimes? informáticos?|criminalidade informática|criminalità informatica|crimine cibernetico|crimini informatici|crimini cibernetici|criminalità cibernetica|cybercriminalità|cyberkriminalität|computerkriminalität|internetkriminalität|cybercriminaliteit|computercriminaliteit|cyberprzestępczości|przestępczości (?:cybernetycznej|komputerowej)|киберпреступност(?:и|ью)|kejahatan (?:siber|dunia maya|cyber)|tội phạm mạng)',
  CO: '(?:cybercrime|cyber|cyberkriminalitäts|computerkriminalitäts|cybercriminaliteits?)',
  // A gap inside a CJK phrase: CJK, kana, Hangul, digits, Latin, spaces, 、《》「」（）, but no
  // sentence end. Written as ranges of the Basic Multilingual Plane: a negated class such as
  // [^。] is all of Unicode under the u flag, and V8 unrolls {0,24} copies of it (the matcher
  // took 2.5x longer to compile).
  G: '[\\u3001\\u3008-\\u3011\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7a3\\u3130-\\u318f\\uff08\\uff09\\sa-z0-9]',
  // An Arabic word.
  AW: '[\\u0621-\\u064a]+',
  // Arabic: crime(s) + cyber / electronic / informatics.
  ACY: '(?:ال)?(?:جريم[ةه]|جرائم) (?:ال)?(?:سيبراني[ةه]?|الكتروني[ةه]|معلوماتي[ةه])',
  // Law words, for national acts.
  LAW: '(?:acts?|laws?|bill|decree|ordinance|code|loi|ley|lei|legge|gesetz(?:es)?|wet|ustaw[a-ząę]*|закон[а-я]*|kanun[a-zı]*|luật|undang-undang|uu)',
};

/**
 * The grammar: per kind, [what the name or description is (reported with each mention), pattern].
 * Labels say which language(s) the form belongs to and what it is made of.
 */
export const TABLE: Record<Kind, [string, string][]> = {
  S: [
    // en, UN first
    [
      'en: UN + treaty word + against/on + cybercrime',
      "%UN%(?:'s)?(?: %ADJ%)* (?:convention|treaty|pact|agreement|accord) (?:against|on|to (?:combat|counter|fight|tackle)|for (?:combating|countering)|countering|combating) %CC%",
    ],
    [
      'en: UN + cybercrime + treaty word',
      "%UN%(?:'s)?(?: %ADJ%)*(?: |-)%CC% (?:convention|treaty|pact|agreement|accord)",
    ],
    [
      'en: cybercrime treaty of the UN',
      '%CC% (?:convention|treaty|pact) (?:of|by|from|at) the (?:un|united nations)(?![a-z])',
    ],
    // Drafting-stage name (the Ad Hoc Committee's mandate), in every language.
    [
      'drafting name: convention on countering the use of ICTs for criminal purposes',
      'convention on countering the use of (?:information and communications? technolog(?:y|ies)|icts?) for criminal purposes' +
        "|%T%%MOD% (?:sur la lutte contre l'utilisation des technologies de l'information et des communications|sobre la lucha contra la utilización de las tecnologías de la información y (?:las )?comunicaciones|sobre o combate ao uso das tecnologias de informação e comunicação|sul contrasto all'uso delle tecnologie dell'informazione e della comunicazione|(?:über die|zur) bekämpfung der nutzung von informations- und kommunikationstechnologien|(?:ter bestrijding van|inzake de bestrijding van) het gebruik van informatie- en communicatietechnologie(?:ën|en)?|w sprawie przeciwdziałania wykorzystywaniu technologii informacyjno-komunikacyjnych|tentang penanggulangan penggunaan teknologi informasi dan komunikasi|về chống sử dụng công nghệ thông tin và truyền thông)" +
        '|конвенци[а-я]* (?:оон )?о противодействии использованию (?:информационно-коммуникационных технологий|икт) в преступных целях' +
        '|bilgi ve iletişim teknolojilerinin suç amaçlı kullanımıyla mücadele[a-zı]* (?:[a-zı]+ )?(?:sözleşme|anlaşma)' +
        '|*(?:اتفاقي[ةه]|معاهد[ةه]) (?:بشان )?مكافح[ةه] استخدام تكنولوجيات المعلومات والاتصالات (?:لل|ل)اغراض (?:ال)?اجرامي[ةه]' +
        '|*(?:为犯罪目的使用信息和通信技术|為犯罪目的使用資訊和通信技術)%G%{0,10}?(?:公约|公約)' +
        '|*犯罪目的での?情報通信技術の(?:使用|利用)に対抗する%G%{0,10}?条約' +
        '|*범죄 ?(?:목적의|목적으로) ?(?:정보통신기술|정보통신 기술)%G%{0,20}?협약',
    ],
    // Treaty word, (a few words), UN name, preposition, cybercrime: fr es pt it de nl pl ru vi id
    // (and en); UN first with the hyphen German writes (UN-Konvention gegen…, VN-verdrag tegen…;
    // bare "un" before a treaty word is the Romance article "a": "un traité contre la
    // cybercriminalité"); Polish "onzowska konwencja". One alternative with one copy of the
    // preposition and cybercrime tables: the whole matcher must stay under V8's 20 KB limit for
    // optimised regular expressions (above it, matching ran 4x slower and compiled 2.5x longer).
    [
      'treaty word + UN name + against/on + cybercrime',
      '(?:%T%%MOD% %ART%%UNN%(?: [a-z]+)?|(?:(?:un|uno)-|vn-?|onz-?)%T%|onz-?owsk[a-z]* %T%) %P% %A2%%CY%',
    ],
    [
      'de nl: UN-Cybercrime-Konvention, VN-cybercrimeverdrag',
      '(?:(?:un|uno)-|vn-?)%CO%~%T%|(?:un|uno) (?:cybercrime|cyberkriminalitäts)-?%T%',
    ],
    [
      'de nl: Cybercrime-Konvention der UN',
      '%CO%~%T% (?:der|van de) (?:vereinten nationen|un|uno|vn|verenigde naties)(?![a-z])',
    ],
    ['ru: киберконвенция ООН', 'киберконвенци[а-я]* (?:оон|организации объединенных наций)'],
    // tr: both word orders
    [
      'tr: BM Siber Suç Sözleşmesi (either word order)',
      "(?:bm|birleşmiş milletler)(?:'?n?[ıi]n)? siber suç(?:lar|larla mücadele|la mücadele)?(?: ile mücadele)? (?:sözleşme|anlaşma)" +
        "|siber suç(?:lar)?(?:a|la)? (?:karş[ıi]|mücadele(?:ye)? (?:ilişkin|yönelik|dair)) (?:bm|birleşmiş milletler)(?:'?n?[ıi]n)? (?:sözleşme|anlaşma)",
    ],
    // ar
    [
      'ar: اتفاقية/معاهدة الأمم المتحدة لمكافحة الجريمة السيبرانية',
      '*(?:اتفاقي[ةه]|معاهد[ةه]) (?:منظم[ةه] )?الأمم المتحد[ةه] (?:لمكافح[ةه] |بشأن |ضد |حول |لمحارب[ةه] |المتعلق[ةه] ب)%ACY%' +
        '|*(?:اتفاقي[ةه]|معاهد[ةه]) الأمم المتحد[ةه] لل(?:جريم[ةه]|جرائم) (?:ال)?(?:سيبراني|الكتروني|معلوماتي)',
    ],
    // zh
    [
      'zh: 联合国打击网络犯罪公约',
      '*(?:联合国|聯合國)《?(?:打击|打擊)?(?:网络|網絡|網路)犯罪(?:问题|問題)?(?:公约|公約|条约|條約)',
    ],
    // ja
    [
      'ja: 国連サイバー犯罪条約',
      '*(?:国連|国際連合|新)の?(?:新しい|新たな)?サイバー犯罪(?:防止|対策)?条約|*サイバー犯罪(?:に関する|防止|対策)の?国連条約',
    ],
    // ko
    ['ko: 유엔 사이버범죄 협약', '*(?:유엔|국제연합|un) ?사이버 ?범죄 ?(?:방지 ?|대응 ?)?협약'],
  ],
  M: [
    ['en: Convention against Cybercrime', 'convention against %CC%'],
    [
      'en: Ad Hoc Committee',
      'ad hoc committee (?:on cybercrime|to elaborate a comprehensive international convention)',
    ],
    ['resolution 79/243', '(?:resolution|res\\.?|a/res/) ?79/243(?!\\d)'],
    [
      'en: Russia-led cybercrime treaty',
      'russia(?:n)?-?(?:led|backed|drafted|sponsored|proposed|initiated|pushed) (?:un |global |international )?%CC% (?:treaty|convention|pact)',
    ],
    ['zh: 打击网络犯罪公约', '*(?:打击|打擊)(?:网络|網絡|網路)犯罪(?:公约|公約)'],
  ],
  H: [
    // Never the venue: "Hanoi Convention Center", "Hanoi Convention & Exhibition Centre".
    [
      'Hanoi name',
      'ha ?noi(?: cybercrime)?~%TC%(?! (?:cent(?:er|re)|and exhibition|& exhibition|hall|complex|venue|facilit))' +
        "|%TC% (?:of |de |d'|di |da |van |z |von )?ha ?noi" +
        '|(?:hanojsk|ханойск)[a-zа-я]* %TC%|%TC% (?:hanojsk|ханойск)',
    ],
    ['ar: اتفاقية/معاهدة هانوي', '*(?:اتفاقي[ةه]|معاهد[ةه]) هانوي'],
    [
      'zh ja ko: 河内公约, ハノイ条約, 하노이 협약',
      '*(?:河内|河內)(?:公约|公約|条约)|*ハノイ条約|*하노이 ?협약',
    ],
  ],
  W: [
    ['en: surveillance treaty', 'surveillance treaty'],
    [
      'de nl: Cybercrime-Konvention, cybercrimeverdrag (either treaty)',
      'cybercrime~konvention|cybercrime~verdrag',
    ],
  ],
  B: [
    [
      'Budapest',
      'budapest|boedapest|budapeszt|будапешт|*بودابست|*布达佩斯|*布達佩斯|*ブダペスト|*부다페스트',
    ],
    [
      'Council of Europe',
      "council of europe|conseil de l'europe|consejo de europa|conselho da europa|consiglio d'europa|europarat|raad van europa|rad[ay] europy|avrupa konseyi|совет[а-я]* европы|hội đồng châu âu|dewan eropa|*مجلس أوروبا|*欧洲委员会|*歐洲委員會|*欧州評議会|*유럽평의회",
    ],
    ['ETS/CETS 185', '(?:c?ets|stce)(?: no\\.?| n°)? ?185(?!\\d)'],
    [
      'additional protocol',
      '(?:second|first) additional protocol|deuxième protocole additionnel|segundo protocolo adicional|secondo protocollo addizionale|zweite[nms]? zusatzprotokoll|tweede aanvullende? protocol|drugi protokół dodatkowy|втор[а-я]* дополнительн[а-я]* протокол|ikinci ek protokol|protokol tambahan kedua|*البروتوكول الإضافي الثاني|*第二附加议定书|*第2追加議定書|*제2추가의정서',
    ],
    ['2001', '2001(?!\\d)'],
    [
      'Convention on Cybercrime',
      'convention on %CC%|convention sur la cybercriminalité|convenio sobre (?:la )?ciberdelincuencia|übereinkommen über computerkriminalität|strafbare feiten verbonden met elektronische netwerken',
    ],
    ['bare CJK name', '*サイバー犯罪条約|*(?:网络|網絡|網路)犯罪(?:公约|公約)|*사이버 ?범죄 ?협약'],
  ],
  O: [
    [
      'other convention',
      'transnational organi[sz]ed crime|untoc|palermo convention|convention against corruption|uncac|convention against torture|malabo|african union convention on cyber|arab convention on combating|uncc(?![a-z])' +
        '|criminalité transnationale organisée|delincuencia organizada transnacional|criminalidade organizada transnacional|criminalità organizzata transnazionale|contre la corruption|contra la corrupción|contra a corrupção|contro la corruzione|rights of the child|droits de l.enfant|derechos del niño' +
        '|*الجريم[ةه] المنظم[ةه]|*الاتفاقي[ةه] العربي[ةه]|*跨国有组织犯罪|*反腐败公约',
    ],
  ],
  N: [
    [
      'national act',
      '(?:%CC%|computer misuse|cyber ?security|electronic transactions?)(?: and %CC%)?(?: \\(?(?:prevention|prohibition|prevention\\)))? %LAW%(?![a-z])' +
        '|%LAW% (?:(?!cong uoc|conven|treat|trait|trata|tratt|konw|konv|verdrag|sozlesme|договор|конвенц)[a-zа-яıłđ.°0-9/-]+ ){0,3}(?:cyber|ciber|siber|кибер|computer|komputer|informati|informátic|cibernétic|kejahatan siber|tội phạm mạng)' +
        '|siber suç[a-zı]* (?:[a-zı]+ )?kanun|uu ite|undang-undang informasi dan transaksi elektronik|luật an ninh mạng' +
        '|*قانون (?:%AW% ){0,2}%ACY%|*(?:网络安全法|網路安全法|网络犯罪法)|*정보통신망법',
    ],
  ],
  D: [
    [
      'description: treaty word + against/on + cybercrime',
      '%T%%DESC% %P% %A2%%CY%(?: %ART%%UNN%(?![a-zа-я]))?' +
        '|(?:%ADJ%[ -])*%CC% (?:treaty|convention|pact|agreement|accord)' +
        '|(?:treaty|pact|agreement|accord) (?:against|to (?:combat|counter|fight|tackle)|for combating|countering|combating) %CC%' +
        '|siber suç(?:lar)?(?:a|la)?(?: [a-zı]+){0,4} (?:sözleşme|anlaşma)',
    ],
    [
      'ar: description (treaty word + cybercrime)',
      '*(?:اتفاقي[ةه]|معاهد[ةه])(?: %AW%){0,2} (?:لمكافح[ةه]|لمحارب[ةه]|بشأن|ضد|حول) %ACY%',
    ],
    [
      'zh ja ko: UN … cybercrime … treaty',
      '*(?:联合国|聯合國)%G%{0,24}?(?:网络|網絡|網路)犯罪%G%{0,10}?(?:公约|公約|条约|條約)' +
        '|*(?:国連|国際連合)%G%{0,24}?サイバー犯罪%G%{0,16}?条約' +
        '|*(?:유엔|국제연합)%G%{0,32}?사이버 ?범죄%G%{0,12}?협약',
    ],
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

/** Macro values, normalised once each (normalize lower-cases the name: %UN% → %un%). */
const normalizedMacros = new Map<string, string>();

/** Expand the macros of normalised text with normalised values (theirs expanded alike). */
function expand(norm: string): string {
  return norm.replace(/%(\w+)%/g, (_, name: string) => {
    let v = normalizedMacros.get(name);
    if (v === undefined) {
      v = expand(normalize(MACROS[name.toUpperCase()] ?? ''));
      normalizedMacros.set(name, v);
    }
    return v;
  });
}

/**
 * One alternative, ready for the matcher: macros expanded, normalised, the mini-syntax turned
 * into regex. Equal to normalising the fully expanded text (normalize works letter by letter
 * on the grammar's text), but each macro is normalised once instead of once per use: building
 * the matcher was a third of a cold first detection. tests/unit/detection/rules.test.ts
 * compares the result with the direct way.
 */
export function prep(src: string): string {
  return expand(normalize(src))
    .replace(/ \?/g, '\\s*')
    .replace(/ /g, '\\s+')
    .replace(/~/g, '[-\\s]*');
}

/** Split a table entry on top-level '|' only, so '*' markers apply per alternative. */
export function topLevel(src: string): string[] {
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
    .flatMap(([, src]) => topLevel(src))
    .filter((a) => a.startsWith('*') === bare)
    .map((a) => prep(bare ? a.slice(1) : a));
}

/** The regular expressions' sources the grammar compiles to (see `grammarSources`). */
export interface GrammarSources {
  matcher: string;
  /** The matcher's source in the form `prune` cuts down (lib/detection/prune.ts). */
  matcherTree: Tree;
  blockers: string;
  /** Per kind, each label of TABLE with the source of its anchored regex (`ruleOf`). */
  labels: Record<Kind, [string, string][]>;
}

/**
 * The sources, computed when the detector is bundled (lib/build/detector.ts defines this
 * constant with `grammarSources()`): a page's first detection then compiles the regular
 * expressions without first expanding and normalising the grammar, which was a fifth of that
 * cold run. Undefined in tests and in Node, where they are built from TABLE on first use, by
 * the same functions.
 */
declare const __TL_GRAMMAR__: GrammarSources | undefined;
const prebuilt: GrammarSources | undefined =
  typeof __TL_GRAMMAR__ === 'undefined' ? undefined : __TL_GRAMMAR__;

/**
 * The one matcher's source. Capture group i+1 is KINDS[i] for the bounded alternatives and
 * KINDS[i - KINDS.length] for the bare ones (see `kindOf`). Bare alternatives are the scripts
 * written without spaces (CJK, Arabic with attached prefixes), which no bounded alternative
 * starts with, so trying all bounded kinds first keeps each kind's priority.
 */
function matcherSource(): string {
  const groups = (bare: boolean) =>
    KINDS.map((k) => '(' + (alternatives(k, bare).join('|') || '(?!)') + ')').join('|');
  return BOUNDARY + '(?:' + groups(false) + ')|' + groups(true);
}

let compiled: RegExp | undefined;

/** The one matcher (see `matcherSource`). Compiled once. */
export function matcher(): RegExp {
  compiled ??= new RegExp(prebuilt?.matcher ?? matcherSource(), 'gu');
  return compiled;
}

let tree: Tree | undefined;
/** Compiled cut-down matchers, by source (a page needs one or two). */
const cut = new Map<string, RegExp>();
const MAX_CUT = 8;
let last: { key: string; re: RegExp } | undefined;

/**
 * The matcher for these (normalised) texts: the one matcher without the alternatives that
 * need a literal none of them contains (lib/detection/prune.ts). On these texts it matches
 * exactly what `matcher()` matches, and it compiles in a fraction of the time: the windows of
 * an English article leave about 600 of the matcher's 16,000 characters. Compiled once per
 * distinct result; the same texts again (a page detected again unchanged) cost one comparison.
 */
export function matcherFor(texts: string[]): RegExp {
  const key = texts.join('\u0000');
  if (last?.key === key) return last.re;
  tree ??= prebuilt?.matcherTree ?? pruneTree(matcherSource());
  const seen = new Map<string, boolean>();
  const src = prune(tree, (l) => {
    let v = seen.get(l);
    if (v === undefined) seen.set(l, (v = key.includes(l)));
    return v;
  });
  let re = cut.get(src);
  if (!re) {
    if (cut.size >= MAX_CUT) cut.clear();
    cut.set(src, (re = new RegExp(src, 'gu')));
  }
  last = { key, re };
  return re;
}

/** The kind of a `matcher()` match: the first capture group that took part. */
export function kindOf(m: RegExpExecArray): Kind {
  const g = m.findIndex((v, i) => i > 0 && v !== undefined);
  return KINDS[(g - 1) % KINDS.length]!;
}

function words(src: string, flags = ''): RegExp {
  return new RegExp(normalize(src).replace(/ /g, '\\s+'), flags);
}

/** UN names in every language, the General Assembly, UNODC, Guterres and Hanoi. */
const UN_NAMES =
  'united nations|unodc|onudc|hanoi|ha noi|ханой|هانوي|河内|河內|ハノイ|하노이|guterres|гутерр|غوتيريش|古特雷斯|グテーレス|구테흐스|general assembly|assemblée générale|asamblea general|assembleia geral|assemblea generale|generalversammlung|algemene vergadering|zgromadzeni[a-z]* ogóln|генеральн[а-я]* ассамбле|генассамбле|genel kurul|đại hội đồng|majelis umum|الجمعية العامة|79/243|nations unies|onusien|naciones unidas|nações unidas|nazioni unite|vereinten nationen|verenigde naties|narodów zjednoczonych|объединенных наций|birleşmiş milletler|liên hợp quốc|perserikatan bangsa|الأمم المتحدة|أممي|联合国|聯合國|国連|유엔|(?<![a-z])(?:onu|onz|pbb|lhq|bm)(?![a-z])|оон|(?:der|die|den|de) (?:uno|vn)(?![a-z])|uno-|vn-';

/** Signs that a generic phrase ("the global cybercrime treaty") means the UN one. */
export const UN_CONTEXT = words(
  "the un(?![a-z])|un's|un-|u\\.n\\.|un (?:secretary|general assembly|headquarters|member states|chief|officials?|office on drugs)|" +
    UN_NAMES,
);

/**
 * "First" and "global" together ("the first global treaty against cybercrime", "le premier
 * traité mondial", "ilk küresel sözleşme"): the UN treaty, where Budapest is "the first
 * international treaty". Tested close to a description only.
 */
export const FIRST = words(
  'first|premier|première|primer|primera|primeiro|primeira|primo|prima|erste|eerste|pierwsz|перв|ilk|đầu tiên|pertama|أول|首个|首部|初の|최초|첫',
);
export const GLOBAL = words(
  'global|mondial|mundial|weltweit|wereldwijd|globaln|глобальн|всемирн|küresel|toàn cầu|عالمي|全球|世界|グローバル|글로벌|세계',
);

/** Treaty context around a Hanoi name: UN names, cyber words, signing or ratifying, treaties. */
export const TREATY_CONTEXT = words(
  UN_NAMES +
    '|cyber|кибер|siber|ciber|サイバー|사이버|网络|網絡|網路|tội phạm|kejahatan|informati|computer|سيبران|الكترون|ratif|sign|firm|assin|podpis|imza|ký kết|phê chuẩn|подпис|ратиф|批准|签署|簽署|署名|서명|비준|توقيع|تصديق|treat|traité|tratado|trattato|verdrag|traktat|vertrag|договор|条約|公约|協約|협약|اتفاق',
);

/**
 * The body referring back to a treaty named in the headline: "the convention", "la
 * convention", "das Abkommen", "конвенция", "الاتفاقية", "公约"… (headline rule in core.ts).
 */
export const ANAPHORA = words(
  "(?<![a-z])(?:the (?:convention|treaty|pact|agreement)|la (?:convention|convención|convenzione|convenção)|le traité|el (?:convenio|tratado|pacto)|o (?:tratado|acordo)|a convenção|il trattato|l'accordo|(?:die|der|den) (?:konvention|vertrag)|(?:das|dem|des) (?:übereinkommen|abkommen)s?|het verdrag|de conventie|konwencj|traktat|конвенци|договор|sözleşme|công ước|konvensi)|الاتفاقي[ةه]|المعاهد[ةه]|公约|公約|条約|条约|협약",
  'g',
);

function blockersSource(): string {
  return (['B', 'N'] as const)
    .flatMap((k) => [...alternatives(k, false), ...alternatives(k, true)])
    .join('|');
}

let blocking: RegExp | undefined;
/**
 * Budapest / Council of Europe and national-act signals anywhere in a text (the headline rule
 * in core.ts reads the whole article for them, not only the windows around stems).
 */
export function blockers(): RegExp {
  blocking ??= new RegExp(prebuilt?.blockers ?? blockersSource(), 'u');
  return blocking;
}

/** Each label of a kind with the source of its regex, anchored at the start of a hit. */
function labelSources(kind: Kind): [string, string][] {
  return TABLE[kind].map(([label, src]) => {
    const alts = topLevel(src).map((a) => prep(a.startsWith('*') ? a.slice(1) : a));
    return [label, '^(?:' + alts.join('|') + ')'];
  });
}

/** Every source the grammar compiles to, built from TABLE (lib/build/detector.ts bundles it). */
export function grammarSources(): GrammarSources {
  const labels = {} as Record<Kind, [string, string][]>;
  for (const k of KINDS) labels[k] = labelSources(k);
  const m = matcherSource();
  return { matcher: m, matcherTree: pruneTree(m), blockers: blockersSource(), labels };
}

/** The grammar's label for a hit: which name or description it is (compiled on first use). */
const labelled = new Map<Kind, [string, RegExp][]>();
export function ruleOf(kind: Kind, matched: string): string {
  let rules = labelled.get(kind);
  if (!rules) {
    rules = (prebuilt?.labels[kind] ?? labelSources(kind)).map(([label, src]): [string, RegExp] => [
      label,
      new RegExp(src, 'u'),
    ]);
    labelled.set(kind, rules);
  }
  const t = normalize(matched);
  return rules.find(([, re]) => re.test(t))?.[0] ?? kind;
}

/** The stems the grammar above needs: one list, shared with the every-page pre-filter. */
export { ANCHORS, LONGEST_STEM, NEEDS_FULL_SCAN, resumeAt } from './stems';
