/**
 * Every source the campaign data cites, once. URLs are the original publishers' pages; where the
 * research notes only read a mirror or a syndicated copy, the source names the publisher and the
 * date and carries no URL. A title in [brackets] describes a page whose exact headline the notes
 * do not give (see docs/campaign-data.md).
 */
import type { Source } from '../types';

const READ = '2026-11';

export const S = {
  untc: {
    publisher: 'United Nations Treaty Collection',
    title:
      'Status of treaties, Chapter XVIII-16: United Nations Convention against Cybercrime (copy of late 2025: 72 signatories)',
    url: 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml',
    date: '2025-11',
    kind: 'depositary',
  },
  unodcHome: {
    publisher: 'UNODC',
    title: 'United Nations Convention against Cybercrime',
    url: 'https://www.unodc.org/unodc/en/cybercrime/convention/home.html',
    date: READ,
    accessed: true,
    kind: 'intergovernmental',
  },
  unAdoption: {
    publisher: 'United Nations (Secretary-General statement SG/SM/22505)',
    title: '[Statement on the adoption of the convention]',
    url: 'https://press.un.org/en/2024/sgsm22505.doc.htm',
    date: '2024-12-24',
  },
  unThirdCommittee: {
    publisher: 'United Nations Meetings Coverage (GA/SHC/4428)',
    title: '[Third Committee approves the draft convention]',
    url: 'https://press.un.org/en/2024/gashc4428.doc.htm',
    date: '2024-11',
  },
  unRes74247: {
    publisher: 'South China Morning Post',
    title: 'UN approves Russian-sponsored, China-backed bid for new cybercrime convention',
    url: 'https://www.scmp.com/news/world/united-states-canada/article/3043763/un-approves-russian-sponsored-china-backed-bid-new',
    date: '2019-12-28',
  },
  coeAgreed: {
    publisher: 'Council of Europe',
    title: 'United Nations treaty on cybercrime agreed by the Ad Hoc Committee',
    url: 'https://coe.int/fr/web/cybercrime/-/united-nations-treaty-on-cybercrime-agreed-by-the-ad-hoc-committee',
    date: '2024-08',
  },
  ecAgreed: {
    publisher: 'European Commission',
    title: 'Commission reached agreement on a new international cybercrime convention',
    url: 'https://home-affairs.ec.europa.eu/news/commission-reached-agreement-new-international-cybercrime-convention-2024-08-13_ro',
    date: '2024-08-13',
  },
  ecCooperation: {
    publisher: 'European Commission (Migration and Home Affairs)',
    title: 'International cooperation against cybercrime',
    url: 'https://home-affairs.ec.europa.eu/policies/internal-security/cybercrime/international-cooperation-against-cybercrime_en?prefLang=lt',
    date: READ,
    accessed: true,
    kind: 'government',
  },
  eubusinessSigns: {
    publisher: 'EUbusiness',
    title: 'EU signs UN convention on cybercrime',
    url: 'https://www.eubusiness.com/crime/eu-signs-un-convention-on-cybercrime',
    date: '2025-10',
    kind: 'press',
  },
  helpnet: {
    publisher: 'Help Net Security',
    title: '[Report on the Hanoi signing ceremony: 72 signatures]',
    url: 'https://www.helpnetsecurity.com/2025/10/27/un-convention-against-cybercrime',
    date: '2025-10-27',
    kind: 'press',
  },
  wamDayOne: {
    publisher: 'WAM (UN News)',
    title: 'Sixty-five nations sign first treaty to fight cybercrime',
    url: 'https://www.wam.ae/en/article/bmdsepq-sixty-five-nations-sign-first-treaty-fight',
    date: '2025-10-25',
  },
  vnaCeremony: {
    publisher: 'Vietnam News Agency',
    title: 'Signing ceremony of UN Convention against Cybercrime solemnly opens in Hanoi',
    url: 'https://vietnam.vnanet.vn/english/print/signing-ceremony-of-un-convention-against-cybercrime-solemnly-opens-in-hanoi-412581.html',
    date: '2025-10-25',
  },
  verdragen: {
    publisher: 'Verdragenbank (Dutch treaty database, Government of the Netherlands)',
    title:
      'Verdrag van de Verenigde Naties tegen computercriminaliteit: partijen (snapshot after 19 Nov 2025)',
    url: 'https://verdragen.nl/nl/Verdrag/Details/013891_p.html',
    date: '2025-11',
    kind: 'treaty_database',
  },
  solicitorsUk: {
    publisher: 'Solicitors Journal',
    title: 'UK signs landmark convention against cybercrime',
    url: 'https://www.solicitorsjournal.com/sjarticle/uk-signs-landmark-convention-against-cybercrime',
    date: '2025-10',
    kind: 'press',
  },
  trendParliament: {
    publisher: 'Trend News Agency',
    title: '[Milli Majlis approves ratification of the convention]',
    url: 'https://www.trend.az/azerbaijan/politics/4151684.html',
    date: '2026-02-10',
    kind: 'press',
  },
  trendLaw: {
    publisher: 'Trend News Agency',
    title: '[President signs the law approving the convention]',
    url: 'https://www.trend.az/azerbaijan/politics/4156490.html',
    date: '2026-02-23',
    kind: 'press',
  },
  reportAz: {
    publisher: 'Report.az',
    title: 'Azerbaijan becomes first country to ratify UN Convention against Cybercrime',
    url: 'https://report.az/en/domestic-politics/azerbaijan-becomes-first-country-to-ratify-un-convention-against-cybercrime',
    date: '2026-02',
    kind: 'press',
  },
  vovPresident: {
    publisher: 'Voice of Vietnam (VOV), quoting President Luong Cuong',
    title: 'Hanoi Convention to pave way for just, secure, safe cyberspace',
    url: 'https://m.vovworld.vn/en-US/news/hanoi-convention-to-pave-way-for-just-secure-safe-cyberspace-1434957.vov',
    date: '2025-10-25',
    kind: 'press',
  },
  vietnamplusJan: {
    publisher: 'VietnamPlus',
    title: 'Vietnam calls on countries to soon sign, ratify Hanoi Convention',
    url: 'https://en.vietnamplus.vn/vietnam-calls-on-countries-to-soon-sign-ratify-hanoi-convention-post336805.vnp',
    date: '2026-01',
    kind: 'press',
  },
  netzpolitik2025: {
    publisher: 'netzpolitik.org',
    title: 'Cybercrime-Konvention: Menschenrechtsverletzungen über Grenzen hinweg',
    url: 'https://netzpolitik.org/2025/cybercrime-konvention-menschenrechtsverletzungen-ueber-grenzen-hinweg/',
    date: '2025-10',
    kind: 'press',
  },
  therecordHanoi: {
    publisher: 'The Record (Recorded Future News)',
    title: '[Report on the Hanoi signing ceremony and the US position]',
    url: 'https://therecord.media/cybercrime-treaty-signing-hanoi',
    date: '2025-10',
    kind: 'press',
  },
  cybernewsUs: {
    publisher: 'Cybernews',
    title: 'US refuses to sign UN’s cybercrime treaty',
    url: 'https://cybernews.com/security/us-refuses-sign-uns-cybercrime-treaty/',
    date: '2025-10',
    kind: 'press',
  },
  canadaStatement: {
    publisher:
      'Government of Canada, national statement (published by the Hanoi signing ceremony’s site)',
    title: 'Canada’s statement',
    url: 'https://hanoiconvention.org/statement/canadas-statement/',
    date: '2025-10',
    kind: 'government',
  },
  art65: {
    publisher: 'United Nations Treaty Collection',
    title: 'Chapter XVIII-16: signature (Art. 64) and entry into force (Art. 65)',
    url: 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml',
    date: '2025-11',
    kind: 'depositary',
  },
  arabicText: {
    publisher: 'United Nations',
    title:
      'United Nations Convention against Cybercrime, official Arabic text, Arts. 1–15 (annex to GA resolution 79/243)',
    date: '2024-12-24',
  },
  isoc: {
    publisher: 'Internet Society',
    title: 'UN Convention against Cybercrime',
    url: 'https://internetsociety.org/issues/internet-governance/news-updates/un-convention-against-cybercrime',
    date: READ,
    accessed: true,
  },
  jointStatement2025: {
    publisher: 'Human Rights Watch and 18 organisations (joint statement, read via copies)',
    title: '[Joint statement on the signing of the UN convention on cybercrime]',
    date: '2025-10',
  },
  hrwRedLines: {
    publisher: 'Human Rights Watch',
    title: 'UN: Draft cybercrime treaty threatens rights',
    url: 'https://www.hrw.org/news/2024/01/23/un-draft-cybercrime-treaty-threatens-rights',
    date: '2024-01-23',
  },
  a19Blueprint: {
    publisher: 'ARTICLE 19',
    title: 'UN Cybercrime Convention: a blueprint for human rights violations',
    url: 'https://article19.org/resources/un-cybercrime-convention-a-blueprint-for-human-rights-violations',
    date: READ,
    accessed: true,
  },
  a19Flawed: {
    publisher: 'ARTICLE 19',
    title: 'UN Cybercrime Convention still deeply flawed after seven sessions',
    url: 'https://article19.org/resources/un-cybercrime-convention-still-deeply-flawed-after-seven-sessions',
    date: READ,
    accessed: true,
  },
  effResearchers: {
    publisher: 'Electronic Frontier Foundation (open letter, 124 signatories; read via copies)',
    title: 'Protect good-faith security research globally in the proposed UN cybercrime treaty',
    date: '2024-02-07',
  },
  effAug2024: {
    publisher: 'Electronic Frontier Foundation (read via a copy)',
    title: 'The UN General Assembly and the fight against the cybercrime treaty',
    date: '2024-08',
  },
  effOralStatement: {
    publisher: 'Electronic Frontier Foundation',
    title: '[Oral statement by Katitza Rodriguez, EFF Policy Director for Global Privacy]',
    url: 'https://www.eff.org/deeplinks/2023/07/oral-statement-delivered-katitza-rodriguez-eff-policy-director-global-privacy',
    date: '2023-07',
  },
  effBlankCheck: {
    publisher: 'Electronic Frontier Foundation',
    title: 'The UN Cybercrime Draft Convention is a Blank Check for Unchecked Surveillance Abuses',
    url: 'https://www.eff.org/deeplinks/2024/06/un-cybercrime-draft-convention-blank-check-unchecked-surveillance-abuses',
    date: '2024-06',
  },
  hrwA19Analysis: {
    publisher: 'Human Rights Watch and ARTICLE 19 (analysis of the draft text, read via a copy)',
    title: '[Analysis of the draft convention submitted to the Ad Hoc Committee, sixth session]',
    date: '2023-08-30',
  },
  iccReject: {
    publisher: 'International Chamber of Commerce (statement, read via a copy)',
    title: 'Global business urges governments to reject new international cybercrime treaty',
    date: '2024-08',
  },
  gni: {
    publisher: 'Global Network Initiative',
    title: '[GNI statement urging states to vote no or abstain]',
    url: 'https://globalnetworkinitiative.org/?p=16849',
    date: READ,
    accessed: true,
  },
  apcLetter: {
    publisher:
      'Association for Progressive Communications (civil society, industry and technical community letter)',
    title: '[Joint letter on the draft convention]',
    url: 'https://apc.org/node/39192',
    date: '2024-02',
  },
  microsoft: {
    publisher: 'The Record (Recorded Future News)',
    title: 'Microsoft opposes draft cybercrime treaty',
    url: 'https://therecord.media/microsoft-opposes-draft-cybercrime-treaty',
    date: '2023-08-29',
  },
  google: {
    publisher: 'Google Security Blog',
    title: 'UN Cybercrime Treaty Could Endanger Web Security',
    url: 'https://security.googleblog.com/2024/02/un-cybercrime-treaty-could-endanger-web.html',
    date: '2024-02',
  },
  ohchrNote: {
    publisher: 'UN Human Rights Office (OHCHR) (information note, read via a copy)',
    title: 'Human rights and the draft cybercrime convention',
    date: '2024-07-25',
  },
  cnaTechAccord: {
    publisher: 'CNA (Reuters report)',
    title: '[UN cybercrime pact, Hanoi, human rights concerns]',
    url: 'https://www.channelnewsasia.com/world/un-cybercrime-pact-hanoi-human-rights-5417066',
    date: '2025-10',
  },
  reutersAccessNow: {
    publisher: 'Reuters (read via a syndicated copy)',
    title: 'UN cybercrime treaty to be signed in Hanoi',
    date: '2025-10',
  },
  ipi: {
    publisher: 'International Press Institute',
    title: '[IPI urges the EU and the US to reject the convention]',
    url: 'https://ipi.media/?p=95706',
    date: '2024-08',
  },
  usChamber: {
    publisher: 'U.S. Chamber of Commerce',
    title: 'UN cybercrime treaty: a well-intentioned but flawed approach',
    url: 'https://uschamber.com/security/cybersecurity/un-cybercrime-treaty-a-well-intentioned-but-flawed-approach',
    date: '2024-08-28',
  },
  digwatchCostaRica: {
    publisher: 'Digital Watch Observatory',
    title: '[Reconvened concluding session of the Ad Hoc Committee, 19th meeting]',
    url: 'https://dig.watch/event/reconvened-concluding-session-of-the-ad-hoc-committee/19th-meeting-reconvened-concluding-session-of-the-ad-hoc-committee-to-elaborate-a-comprehensive-international-convention-on-countering-the-use-of-information-and-communications-technologies-for-crim',
    date: '2024-08',
  },
  gitocOhchr: {
    publisher: 'Global Initiative against Transnational Organized Crime (report, read via a copy)',
    title: 'UN cybercrime negotiations: industry roundtable',
    date: '2022-03',
  },
  councilEu: {
    publisher: 'Council of the EU (press release, read via a copy)',
    title: 'Fighting cybercrime: EU to sign UN convention on cybercrime',
    date: '2025-10',
  },
  wamCouncil: {
    publisher: 'WAM',
    title: '[EU Council authorises signature of the convention]',
    url: 'https://www.wam.ae/en/article/bm6n72v-sign-convention-cybercrime',
    date: '2025-10',
  },
  avd: {
    publisher: 'Alliance for Vietnam’s Democracy',
    title: '[Analysis of the convention]',
    url: 'https://allianceforvietnamsdemocracy.org',
    date: READ,
    accessed: true,
  },
  gitocReconvened: {
    publisher: 'Global Initiative against Transnational Organized Crime',
    title: 'Cyber convention check-in: reconvened session',
    url: 'https://globalinitiative.net/announcements/cyber-convention-check-in-reconvened-session',
    date: '2024-07',
  },
  r3dCosp: {
    publisher: 'R3D (joint civil-society statement)',
    title:
      'Joint civil society statement on the draft rules of procedure of the Conference of States Parties',
    url: 'https://r3d.mx/2026/01/27/joint-civil-society-statement-on-the-draft-rules-of-procedure-of-the-conference-of-states-parties-to-the-un-cybercrime-convention',
    date: '2026-01-27',
  },
  cfeCanada: {
    publisher: 'Centre for Free Expression, Toronto Metropolitan University',
    title: 'Canada must reject adoption of the United Nations draft convention against cybercrime',
    url: 'https://cfe.torontomu.ca/blog/2024/12/canada-must-reject-adoption-united-nations-draft-convention-against-cybercrime',
    date: '2024-12',
  },
  digwatchArt14: {
    publisher: 'Digital Watch Observatory',
    title: '[Reconvened concluding session of the Ad Hoc Committee, 2nd meeting]',
    url: 'https://dig.watch/event/reconvened-concluding-session-of-the-ad-hoc-committee/2nd-meeting-reconvened-concluding-session-of-the-ad-hoc-committee-to-elaborate-a-comprehensive-international-convention-on-countering-the-use-of-information-and-communications-technologies-for-crimi',
    date: '2024-07',
  },
  ukThirdCommittee: {
    publisher: 'UK Government (GOV.UK)',
    title: 'Human rights must be protected: UK statement at the UN Third Committee',
    url: 'https://gov.uk/government/speeches/human-rights-must-be-protected-uk-statement-at-the-un-third-committee',
    date: '2024-11',
  },
  digitalPolicyAlert: {
    publisher: 'Digital Policy Alert',
    title:
      'European Commission signed the United Nations Convention against Cybercrime on behalf of the EU',
    url: 'https://digitalpolicyalert.org/event/34674-european-commission-signed-the-united-nations-convention-against-cybercrime-on-behalf-of-the-european-union',
    date: '2025-10',
  },
  entryThreshold: {
    publisher: 'Digital Watch Observatory',
    title: '[Reconvened concluding session of the Ad Hoc Committee, 7th meeting]',
    url: 'https://dig.watch/event/reconvened-concluding-session-of-the-ad-hoc-committee/7th-meeting-reconvened-concluding-session-of-the-ad-hoc-committee-to-elaborate-a-comprehensive-international-convention-on-countering-the-use-of-information-and-communications-technologies-for-crimi',
    date: '2024-08',
  },
} satisfies Record<string, Source>;
