/**
 * The source policy of the research notes (shared/campaign/research-notes.md, "Source policy"),
 * kept as data so `npm run data:check`, `feed:sign` and the unit tests enforce it:
 *
 * - hosts and publishers that must never be cited (wrong headline, machine-written, aggregator,
 *   content farm, mirror);
 * - which kinds of source may carry which status confidence;
 * - the original publishers' pages the notes give, so a source may not drop its URL for them.
 */
import type { Source, SourceKind, StatusConfidence } from './types';

/**
 * Never cite: the notes' list (wrong headline, machine-written, aggregator, exam-prep digest,
 * content farm, every host the notes call a mirror), plus copies and misreports found since.
 * A page on this list may have pointed to a fact; it is never shown as its source.
 */
export const NEVER_CITE_HOSTS: readonly string[] = [
  // Wrong headline ("72 states ratify"), machine-written, aggregators, exam-prep digests.
  'newshour.media',
  'machineherald-io.pages.dev',
  'thenewsintel.com',
  'unacademy.com',
  'clarityupsc.com',
  'inkl.com',
  'financetom.com',
  'policyedge.in',
  // Mirrors named by the notes.
  'turnkeywebsitesforsale.com',
  '222.178.203.72',
  'tengele.com',
  'journal.facil.services',
  'decrimpovertystatus.org',
  'jsplaces.com',
  'pubt.io',
  'inspohub.de',
  'un-icc.cloud',
  'publicnow.com',
  'effauk.org',
  'okadamariko.com',
  'angeluslowcost.cat',
  // Copies, syndications and misreports the notes read pages through.
  'tagteam.harvard.edu',
  'policycommons.net',
  'iccuae.ae',
  'tovima.com',
  'politis.com.cy',
  'lcbackerblog.blogspot.com',
  'yumpu.com',
  'cde.ual.es',
  'qna.org.qa',
  'scribd.com',
  'vdocuments.us',
  'pastebin.com',
  'web-production-4e80b.up.railway.app',
  'grokipedia.com',
  'wikimili.com',
];

/**
 * Publishers that are never cited even without a link: machine-written "digests" and
 * "intelligence briefings", and the never-cite sites under their own names.
 */
export const NEVER_CITE_PUBLISHERS: readonly RegExp[] = [
  /\bdigests?\b/i,
  /intelligence briefing/i,
  /machine herald/i,
  /newshour/i,
  /news ?intel/i,
  /unacademy/i,
  /clarity ?upsc/i,
  /\binkl\b/i,
  /financetom/i,
  /policyedge/i,
  /wikipedia/i,
  /change-?log/i,
];

/** Host of a URL without "www.", or '' when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

const onHost = (host: string, list: readonly string[]) =>
  list.some((h) => host === h || host.endsWith(`.${h}`));

/** Why a source may never be cited, or null when the policy allows it. */
export function neverCiteReason(s: Source): string | null {
  if (s.url) {
    const host = hostOf(s.url);
    if (!host) return `bad URL ${s.url}`;
    if (onHost(host, NEVER_CITE_HOSTS)) return `${host} is on the never-cite list`;
  }
  const p = NEVER_CITE_PUBLISHERS.find((re) => re.test(s.publisher));
  if (p) return `publisher "${s.publisher}" is on the never-cite list`;
  return null;
}

/** The UN depositary's pages. */
export const DEPOSITARY_HOSTS: readonly string[] = ['treaties.un.org'];
/** The Dutch government's treaty database (mirrors the depositary's notifications). */
export const TREATY_DATABASE_HOSTS: readonly string[] = [
  'verdragen.nl',
  'verdragenbank.overheid.nl',
  'treatydatabase.overheid.nl',
];

/**
 * A state's own government or parliament, per state (and the EU institutions for the EU).
 * Only these hosts may confirm that state's status as `government` / `parliament`.
 */
export const GOVERNMENT_HOSTS: Readonly<Record<string, readonly string[]>> = {
  AZ: ['president.az', 'meclis.gov.az', 'mfa.gov.az', 'e-qanun.az'],
  CA: ['canada.ca', 'gc.ca', 'parl.ca'],
  DE: ['bund.de', 'bundesregierung.de', 'auswaertiges-amt.de', 'bundestag.de'],
  EU: ['europa.eu'],
  FR: ['gouv.fr', 'diplomatie.gouv.fr', 'assemblee-nationale.fr', 'senat.fr', 'elysee.fr'],
  GB: ['gov.uk', 'parliament.uk'],
  NL: ['rijksoverheid.nl', 'government.nl', 'overheid.nl', 'tweedekamer.nl'],
  QA: ['mofa.gov.qa', 'gco.gov.qa'],
  RU: ['kremlin.ru', 'government.ru', 'duma.gov.ru', 'council.gov.ru', 'mid.ru'],
  SE: ['regeringen.se', 'government.se', 'riksdagen.se'],
  US: ['state.gov', 'whitehouse.gov', 'senate.gov', 'congress.gov'],
  VN: ['chinhphu.vn', 'baochinhphu.vn', 'mofa.gov.vn', 'quochoi.vn'],
};

/** Source kinds that may carry each confidence. */
export const KINDS_FOR_CONFIDENCE: Readonly<Record<StatusConfidence, readonly SourceKind[]>> = {
  confirmed: ['depositary', 'treaty_database', 'government', 'parliament'],
  not_listed: ['depositary', 'treaty_database'],
  reported: [
    'press',
    'ngo',
    'government',
    'parliament',
    'intergovernmental',
    'academic',
    'industry',
  ],
  unknown: ['depositary', 'treaty_database'],
};

/**
 * Problems with a status source for a state and confidence: kind missing or not allowed,
 * an official kind on a host that is not that official body's, no URL for an official source.
 */
export function statusSourceProblems(
  code: string,
  confidence: StatusConfidence,
  s: Source,
): string[] {
  const p: string[] = [];
  const never = neverCiteReason(s);
  if (never) p.push(never);
  if (!s.kind) return [...p, 'a status source needs a kind'];
  if (!KINDS_FOR_CONFIDENCE[confidence].includes(s.kind))
    p.push(`a ${s.kind} source cannot make a status "${confidence}"`);
  const official =
    s.kind === 'depositary' ||
    s.kind === 'treaty_database' ||
    s.kind === 'government' ||
    s.kind === 'parliament';
  if (official) {
    if (!s.url) p.push(`a ${s.kind} source needs the URL of the official page`);
    else {
      const host = hostOf(s.url);
      const allowed =
        s.kind === 'depositary'
          ? DEPOSITARY_HOSTS
          : s.kind === 'treaty_database'
            ? TREATY_DATABASE_HOSTS
            : (GOVERNMENT_HOSTS[code] ?? []);
      if (!onHost(host, allowed))
        p.push(
          `${host} is not a ${s.kind.replace('_', ' ')} host${s.kind === 'government' || s.kind === 'parliament' ? ` of ${code}` : ''}`,
        );
    }
  }
  if (confidence === 'reported' && !s.publisher.trim()) p.push('a report needs a named reporter');
  return p;
}

/**
 * Original publishers' pages the research notes give (or that the notes' mirrors copy and the
 * publisher still serves). A source naming one of these publications must link it, not drop
 * its URL because the notes read a copy. Keys are matched against the source title.
 */
export const ORIGINAL_PAGES: readonly { title: RegExp; url: string }[] = [
  // Research notes §5 (supporters, critics) and §1.2–1.3 (adoption, EU steps): the publishers'
  // own pages. The nine sources the notes read only through copies (EFF's letters, ICC, OHCHR,
  // HRW's joint statement, Reuters, GI-TOC, the Council's release, the Arabic text) are not
  // here: the notes give no original page for them, so they keep no URL.
  {
    title: /^UN Cybercrime Treaty Could Endanger Web Security$/,
    url: 'https://security.googleblog.com/2024/02/un-cybercrime-treaty-could-endanger-web.html',
  },
  {
    title: /^Human rights must be protected: UK statement at the UN Third Committee/,
    url: 'https://gov.uk/government/speeches/human-rights-must-be-protected-uk-statement-at-the-un-third-committee',
  },
  {
    title: /^United Nations treaty on cybercrime agreed by the Ad Hoc Committee$/,
    url: 'https://coe.int/fr/web/cybercrime/-/united-nations-treaty-on-cybercrime-agreed-by-the-ad-hoc-committee',
  },
  {
    title: /^Commission reached agreement on a new international cybercrime convention/,
    url: 'https://home-affairs.ec.europa.eu/news/commission-reached-agreement-new-international-cybercrime-convention-2024-08-13_ro',
  },
  {
    title: /^International cooperation against cybercrime$/,
    url: 'https://home-affairs.ec.europa.eu/policies/internal-security/cybercrime/international-cooperation-against-cybercrime_en?prefLang=lt',
  },
  {
    title: /^UN Cybercrime Convention: a blueprint for human rights violations$/,
    url: 'https://article19.org/resources/un-cybercrime-convention-a-blueprint-for-human-rights-violations',
  },
  {
    title: /^UN: Draft cybercrime treaty threatens rights$/,
    url: 'https://www.hrw.org/news/2024/01/23/un-draft-cybercrime-treaty-threatens-rights',
  },
  {
    title: /^UN cybercrime treaty: a well-intentioned but flawed approach$/,
    url: 'https://uschamber.com/security/cybersecurity/un-cybercrime-treaty-a-well-intentioned-but-flawed-approach',
  },
];

const hostOfUrl = (u: string) => {
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/**
 * A source naming a publication whose original page is known but not linking it (no URL, or a
 * URL on another host, e.g. a copy): the URL to use, else null.
 */
export function missingOriginalUrl(s: Source): string | null {
  const o = ORIGINAL_PAGES.find((p) => p.title.test(s.title));
  if (!o) return null;
  if (s.url && hostOfUrl(s.url) === hostOfUrl(o.url)) return null;
  return o.url;
}
