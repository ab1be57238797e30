/**
 * Treaty status of every UN member state, the two observer states and the EU.
 *
 * Rules (see docs/campaign-data.md): a status is only as strong as its source. Signatures come
 * from the Dutch treaty database and the UN Treaty Collection (per-state dates: 25 Oct 2025,
 * except Mali, Rwanda and Saudi Arabia on 26 Oct and Mauritius on 19 Nov 2025). "not_signed" is
 * used only where a source says a state did not sign, and carries that source's date as `asOf`.
 * Everything else is "unknown": about 76 participants are reported to have signed, but only
 * the ones below are identified. Ratifications rest on secondary reports and are flagged.
 */
import type { CountryStatus, Localized } from '../types';
import { S } from './sources';

/** The 193 UN member states (ISO 3166-1 alpha-2). */
export const UN_MEMBERS = (
  'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD ' +
  'CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR ' +
  'GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG ' +
  'MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE ' +
  'PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ ' +
  'TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW'
).split(' ');

/** UN observer states: the Holy See and the State of Palestine. */
export const OBSERVERS = ['VA', 'PS'];

/** EU member states (for the European Parliament ask and MEP recipients). */
export const EU_MEMBERS =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

// Confirmed in the UN or Dutch lists (research notes §1.3), with their per-state dates.
const LISTED_SIGNATORIES = (
  'DZ AO AU AT AZ BY BE BR BN BF KH CL CN CR CI CU CZ KP CD DJ DO EC EG FR GH GR GW IR IE JM KZ LA LY ' +
  'LU MY MV ML MA MZ NA NR NI NG PW PS PG PE PH PL PT QA RU RW SA SK SI ES LK TZ TH TG TR UZ'
).split(' ');
const SIGNED_26_OCT = new Set(['ML', 'RW', 'SA']);

// Signatories reported outside the notes' list: Mauritius (New York) and four named by news.
const OTHER_SIGNERS: Record<string, Pick<CountryStatus, 'signed' | 'source' | 'asOf' | 'note'>> = {
  MU: { signed: '2025-11-19', source: S.verdragen, asOf: '2025-11-19' },
  GB: {
    signed: '2025-10-25',
    source: S.solicitorsUk,
    asOf: '2025-10-31',
    note: {
      en: 'Signed at Hanoi. Its national statement said it would not cooperate with any country that fails to comply with the convention’s safeguards. No ratification found.',
      fr: 'A signé à Hanoï. Sa déclaration nationale indique qu’il ne coopérera avec aucun pays qui ne respecte pas les garanties de la convention. Aucune ratification trouvée.',
      es: 'Firmó en Hanói. Su declaración nacional afirmó que no cooperará con ningún país que incumpla las salvaguardias de la convención. No se encontró ratificación.',
      de: 'Hat in Hanoi unterzeichnet. In seiner nationalen Erklärung hieß es, man werde mit keinem Land zusammenarbeiten, das die Schutzvorkehrungen des Übereinkommens missachtet. Keine Ratifikation gefunden.',
      pt: 'Assinou em Hanói. A sua declaração nacional afirmou que não cooperará com nenhum país que não cumpra as salvaguardas da convenção. Não foi encontrada ratificação.',
      ar: 'وقّعت في هانوي. وجاء في بيانها الوطني أنها لن تتعاون مع أي بلد لا يمتثل لضمانات الاتفاقية. لم يُعثر على تصديق.',
    },
  },
  SE: { signed: '2025-10-25', source: S.newshour, asOf: '2025-10-29' },
  AE: { signed: '2025-10-25', source: S.trendParliament, asOf: '2026-02-10' },
};

const HANOI_NON_SIGNERS = ['US', 'NZ', 'JP', 'MX', 'IL'];
// EU member states outside "the EU and 13 EU Member States" that signed at Hanoi.
const EU_SIGNED_AT_HANOI = new Set('AT BE CZ GR FR IE LU PL PT SK SI ES SE'.split(' '));

const notSignedAtHanoi: Localized = {
  en: 'Did not sign at the Hanoi ceremony (25–26 Oct 2025). The sources found show no later signature, but this may have changed: check the UN Treaty Collection.',
  fr: 'N’a pas signé lors de la cérémonie de Hanoï (25-26 octobre 2025). Les sources consultées ne montrent aucune signature ultérieure, mais la situation a pu changer : vérifiez la Collection des traités des Nations Unies.',
  es: 'No firmó en la ceremonia de Hanói (25-26 de octubre de 2025). Las fuentes consultadas no muestran una firma posterior, pero la situación puede haber cambiado: consulte la Colección de Tratados de las Naciones Unidas.',
  de: 'Hat bei der Zeremonie in Hanoi (25.–26. Oktober 2025) nicht unterzeichnet. Die gefundenen Quellen zeigen keine spätere Unterzeichnung; das kann sich geändert haben – bitte in der UN-Vertragssammlung prüfen.',
  pt: 'Não assinou na cerimónia de Hanói (25-26 de outubro de 2025). As fontes encontradas não mostram assinatura posterior, mas isso pode ter mudado: consulte a Coleção de Tratados das Nações Unidas.',
  ar: 'لم تُوقّع في مراسم هانوي (25–26 تشرين الأول/أكتوبر 2025). لا تُظهر المصادر التي اطّلعنا عليها توقيعاً لاحقاً، لكن ذلك قد يكون تغيّر: راجِع مجموعة معاهدات الأمم المتحدة.',
};

const unknownNote: Localized = {
  en: 'Not among the signatories named in the sources we could check. About 76 participants are reported to have signed by May 2026, not all of them identified, so this state’s status is unconfirmed.',
  fr: 'Ne figure pas parmi les signataires nommés dans les sources que nous avons pu vérifier. Environ 76 participants auraient signé en mai 2026, sans que tous soient identifiés : le statut de cet État n’est donc pas confirmé.',
  es: 'No figura entre los signatarios nombrados en las fuentes que pudimos comprobar. Se informa de unos 76 participantes firmantes a mayo de 2026, no todos identificados, por lo que la situación de este Estado no está confirmada.',
  de: 'Nicht unter den Unterzeichnern, die die geprüften Quellen nennen. Bis Mai 2026 sollen rund 76 Teilnehmer unterzeichnet haben, nicht alle sind bekannt – der Status dieses Staates ist daher unbestätigt.',
  pt: 'Não consta entre os signatários nomeados nas fontes que pudemos verificar. Cerca de 76 participantes terão assinado até maio de 2026, nem todos identificados, pelo que o estatuto deste Estado não está confirmado.',
  ar: 'ليست ضمن الموقّعين المذكورين في المصادر التي تمكّنا من مراجعتها. تفيد التقارير بأن نحو 76 مشاركاً وقّعوا حتى أيار/مايو 2026، ولم يُعرف جميعهم، لذا فإن وضع هذه الدولة غير مؤكَّد.',
};

const special: Record<string, Omit<CountryStatus, 'code'>> = {
  AZ: {
    status: 'ratified',
    signed: '2025-10-25',
    source: S.trendLaw,
    asOf: '2026-02-23',
    uncertain: true,
    note: {
      en: 'Parliament approved ratification on 10 Feb 2026 and the President signed the approval law, with declarations and reservations, on 23 Feb 2026. The date the instrument was deposited with the UN is not confirmed.',
      fr: 'Le Parlement a approuvé la ratification le 10 février 2026 et le Président a promulgué la loi d’approbation, avec déclarations et réserves, le 23 février 2026. La date de dépôt de l’instrument auprès de l’ONU n’est pas confirmée.',
      es: 'El Parlamento aprobó la ratificación el 10 de febrero de 2026 y el Presidente firmó la ley de aprobación, con declaraciones y reservas, el 23 de febrero de 2026. No está confirmada la fecha de depósito del instrumento ante la ONU.',
      de: 'Das Parlament billigte die Ratifikation am 10. Februar 2026; der Präsident unterzeichnete das Zustimmungsgesetz mit Erklärungen und Vorbehalten am 23. Februar 2026. Wann die Urkunde bei der UNO hinterlegt wurde, ist nicht bestätigt.',
      pt: 'O Parlamento aprovou a ratificação a 10 de fevereiro de 2026 e o Presidente assinou a lei de aprovação, com declarações e reservas, a 23 de fevereiro de 2026. A data de depósito do instrumento junto da ONU não está confirmada.',
      ar: 'وافق البرلمان على التصديق في 10 شباط/فبراير 2026، ووقّع الرئيس قانون الموافقة مع إعلانات وتحفظات في 23 شباط/فبراير 2026. تاريخ إيداع صك التصديق لدى الأمم المتحدة غير مؤكَّد.',
    },
  },
  QA: {
    status: 'ratified',
    signed: '2025-10-25',
    source: S.machineHerald,
    asOf: '2026-05-21',
    uncertain: true,
    note: {
      en: 'Reported by secondary sources to have ratified in February 2026, with reservations. Not confirmed against the UN Treaty Collection; the date is unverified.',
      fr: 'Selon des sources secondaires, a ratifié en février 2026, avec des réserves. Non confirmé dans la Collection des traités de l’ONU ; la date n’est pas vérifiée.',
      es: 'Según fuentes secundarias, ratificó en febrero de 2026, con reservas. No confirmado en la Colección de Tratados de la ONU; la fecha no está verificada.',
      de: 'Laut Sekundärquellen im Februar 2026 mit Vorbehalten ratifiziert. Nicht anhand der UN-Vertragssammlung bestätigt; das Datum ist unbestätigt.',
      pt: 'Segundo fontes secundárias, ratificou em fevereiro de 2026, com reservas. Não confirmado na Coleção de Tratados da ONU; a data não está verificada.',
      ar: 'تفيد مصادر ثانوية بأنها صدّقت في شباط/فبراير 2026 مع تحفظات. لم يُتحقَّق من ذلك في مجموعة معاهدات الأمم المتحدة، والتاريخ غير مؤكَّد.',
    },
  },
  VN: {
    status: 'ratified',
    signed: '2025-10-25',
    source: S.machineHerald,
    asOf: '2026-05-21',
    uncertain: true,
    note: {
      en: 'Host of the signing ceremony; signed first. Reported by secondary sources as a ratifier by about April–May 2026 (in January 2026 it was still completing domestic procedures). Not confirmed against the UN Treaty Collection.',
      fr: 'Pays hôte de la cérémonie ; a signé en premier. Des sources secondaires le comptent parmi les ratifications vers avril-mai 2026 (en janvier 2026, il achevait encore ses procédures internes). Non confirmé dans la Collection des traités de l’ONU.',
      es: 'Anfitrión de la ceremonia; firmó primero. Fuentes secundarias lo cuentan como ratificante hacia abril-mayo de 2026 (en enero de 2026 aún completaba sus trámites internos). No confirmado en la Colección de Tratados de la ONU.',
      de: 'Gastgeber der Zeremonie; unterzeichnete als Erster. Sekundärquellen zählen Viet Nam etwa ab April/Mai 2026 zu den Ratifizierenden (im Januar 2026 liefen die innerstaatlichen Verfahren noch). Nicht anhand der UN-Vertragssammlung bestätigt.',
      pt: 'Anfitrião da cerimónia; assinou em primeiro lugar. Fontes secundárias contam-no entre as ratificações por volta de abril-maio de 2026 (em janeiro de 2026 ainda concluía os procedimentos internos). Não confirmado na Coleção de Tratados da ONU.',
      ar: 'الدولة المضيفة لمراسم التوقيع، وكانت أول الموقّعين. تعدّها مصادر ثانوية ضمن المصدّقين نحو نيسان/أبريل–أيار/مايو 2026 (وفي كانون الثاني/يناير 2026 كانت لا تزال تستكمل إجراءاتها الداخلية). لم يُتحقَّق من ذلك في مجموعة معاهدات الأمم المتحدة.',
    },
  },
  CA: {
    status: 'signed',
    source: S.canadaDigests,
    asOf: '2026-07-31',
    uncertain: true,
    note: {
      en: 'Did not sign at Hanoi. A signature in mid-2026 (May or July) is reported only by secondary digests citing a Government of Canada news release; not confirmed.',
      fr: 'N’a pas signé à Hanoï. Une signature à la mi-2026 (mai ou juillet) n’est rapportée que par des synthèses secondaires citant un communiqué du gouvernement du Canada ; non confirmée.',
      es: 'No firmó en Hanói. Una firma a mediados de 2026 (mayo o julio) solo la recogen resúmenes secundarios que citan un comunicado del Gobierno de Canadá; no confirmada.',
      de: 'Hat in Hanoi nicht unterzeichnet. Eine Unterzeichnung Mitte 2026 (Mai oder Juli) melden nur Sekundär-Zusammenfassungen, die eine Pressemitteilung der kanadischen Regierung zitieren; unbestätigt.',
      pt: 'Não assinou em Hanói. Uma assinatura em meados de 2026 (maio ou julho) só é referida por resumos secundários que citam um comunicado do Governo do Canadá; não confirmada.',
      ar: 'لم توقّع في هانوي. لم يرد توقيعها في منتصف 2026 (أيار/مايو أو تموز/يوليو) إلا في ملخصات ثانوية تستشهد ببيان صحفي لحكومة كندا؛ غير مؤكَّد.',
    },
  },
  IN: {
    status: 'not_signed',
    source: S.unacademyIndia,
    asOf: '2026-01-27',
    note: {
      en: 'Had not signed as of January 2026. A later claim that India “ratified” comes from an unreliable automated briefing and is very probably wrong.',
      fr: 'N’avait pas signé en janvier 2026. L’affirmation ultérieure selon laquelle l’Inde aurait « ratifié » provient d’une synthèse automatisée peu fiable et est très probablement fausse.',
      es: 'No había firmado a enero de 2026. Una afirmación posterior de que la India «ratificó» procede de un resumen automatizado poco fiable y es muy probablemente falsa.',
      de: 'Hatte bis Januar 2026 nicht unterzeichnet. Eine spätere Behauptung, Indien habe „ratifiziert“, stammt aus einer unzuverlässigen automatisierten Übersicht und ist sehr wahrscheinlich falsch.',
      pt: 'Não tinha assinado em janeiro de 2026. Uma afirmação posterior de que a Índia «ratificou» vem de um resumo automatizado pouco fiável e está muito provavelmente errada.',
      ar: 'لم تكن قد وقّعت حتى كانون الثاني/يناير 2026. أما الادعاء اللاحق بأن الهند «صدّقت» فمصدره موجز آلي غير موثوق، وهو على الأرجح خاطئ.',
    },
  },
  RU: {
    status: 'signed',
    signed: '2025-10-25',
    source: S.verdragen,
    asOf: '2026-01-28',
    note: {
      en: 'Began its ratification process in January 2026; completion is not confirmed.',
      fr: 'A engagé sa procédure de ratification en janvier 2026 ; son aboutissement n’est pas confirmé.',
      es: 'Inició su proceso de ratificación en enero de 2026; su conclusión no está confirmada.',
      de: 'Hat im Januar 2026 das Ratifikationsverfahren eingeleitet; der Abschluss ist nicht bestätigt.',
      pt: 'Iniciou o processo de ratificação em janeiro de 2026; a conclusão não está confirmada.',
      ar: 'بدأت إجراءات التصديق في كانون الثاني/يناير 2026؛ ولم يتأكد استكمالها.',
    },
  },
  DE: {
    status: 'not_signed',
    source: S.netzpolitik2025,
    asOf: '2025-10-26',
    note: {
      en: 'Did not sign at Hanoi; reportedly plans to sign later. No later signature found in the sources, but this may have changed: check the UN Treaty Collection.',
      fr: 'N’a pas signé à Hanoï ; prévoirait de signer plus tard. Aucune signature ultérieure dans les sources, mais la situation a pu changer : vérifiez la Collection des traités de l’ONU.',
      es: 'No firmó en Hanói; según se informa, prevé firmar más adelante. No hay firma posterior en las fuentes, pero puede haber cambiado: consulte la Colección de Tratados de la ONU.',
      de: 'Hat in Hanoi nicht unterzeichnet; plant dies Berichten zufolge später. Die Quellen zeigen keine spätere Unterzeichnung; das kann sich geändert haben – bitte in der UN-Vertragssammlung prüfen.',
      pt: 'Não assinou em Hanói; segundo notícias, prevê assinar mais tarde. Não há assinatura posterior nas fontes, mas isso pode ter mudado: consulte a Coleção de Tratados da ONU.',
      ar: 'لم توقّع في هانوي؛ وتفيد التقارير بأنها تعتزم التوقيع لاحقاً. لا تُظهر المصادر توقيعاً لاحقاً، لكن ذلك قد يكون تغيّر: راجِع مجموعة معاهدات الأمم المتحدة.',
    },
  },
  NL: {
    status: 'not_signed',
    source: S.verdragen,
    asOf: '2025-11-19',
    note: notSignedAtHanoi,
  },
  IT: { status: 'not_signed', source: S.italpress, asOf: '2025-10-26', note: notSignedAtHanoi },
  US: {
    status: 'not_signed',
    source: S.therecordHanoi,
    asOf: '2025-10-31',
    note: {
      en: 'Attended the Hanoi ceremony through its ambassador but did not sign; the State Department said it “continues to review the treaty” (late Oct 2025). No later signature found.',
      fr: 'Présents à Hanoï par leur ambassadeur, les États-Unis n’ont pas signé ; le département d’État a indiqué poursuivre l’examen du traité (fin octobre 2025). Aucune signature ultérieure trouvée.',
      es: 'Asistió a Hanói a través de su embajador pero no firmó; el Departamento de Estado dijo que «sigue examinando el tratado» (finales de octubre de 2025). No se encontró firma posterior.',
      de: 'War in Hanoi durch seinen Botschafter vertreten, unterzeichnete aber nicht; das Außenministerium erklärte, es prüfe den Vertrag weiter (Ende Oktober 2025). Keine spätere Unterzeichnung gefunden.',
      pt: 'Esteve em Hanói através do seu embaixador, mas não assinou; o Departamento de Estado disse que «continua a analisar o tratado» (final de outubro de 2025). Não foi encontrada assinatura posterior.',
      ar: 'حضرت مراسم هانوي عبر سفيرها لكنها لم توقّع؛ وقالت وزارة الخارجية إنها «تواصل مراجعة المعاهدة» (أواخر تشرين الأول/أكتوبر 2025). لم يُعثر على توقيع لاحق.',
    },
  },
  EU: {
    status: 'signed',
    signed: '2025-10-25',
    source: S.eubusinessSigns,
    asOf: '2025-10-25',
    note: {
      en: 'The Commission signed for the EU after the Council authorised signature (13 Oct 2025). Conclusion, the EU’s ratification, needs a further Council decision and the consent of the European Parliament; no consent found so far.',
      fr: 'La Commission a signé au nom de l’UE après l’autorisation du Conseil (13 octobre 2025). La conclusion, équivalent européen de la ratification, exige une nouvelle décision du Conseil et l’approbation du Parlement européen ; aucune approbation trouvée à ce jour.',
      es: 'La Comisión firmó en nombre de la UE tras la autorización del Consejo (13 de octubre de 2025). La celebración, equivalente a la ratificación, requiere otra decisión del Consejo y la aprobación del Parlamento Europeo; no consta tal aprobación.',
      de: 'Die Kommission unterzeichnete für die EU, nachdem der Rat die Unterzeichnung genehmigt hatte (13. Oktober 2025). Der Abschluss – die Ratifikation der EU – braucht einen weiteren Ratsbeschluss und die Zustimmung des Europäischen Parlaments; eine Zustimmung ist bisher nicht bekannt.',
      pt: 'A Comissão assinou pela UE depois de o Conselho autorizar a assinatura (13 de outubro de 2025). A celebração, equivalente à ratificação, exige nova decisão do Conselho e a aprovação do Parlamento Europeu; não se encontrou essa aprovação até agora.',
      ar: 'وقّعت المفوضية باسم الاتحاد الأوروبي بعد أن أذن المجلس بالتوقيع (13 تشرين الأول/أكتوبر 2025). أما الإبرام، أي تصديق الاتحاد، فيتطلب قراراً آخر من المجلس وموافقة البرلمان الأوروبي؛ ولم يُعثر على هذه الموافقة حتى الآن.',
    },
  },
};

/** Build the status table: one entry per code, in a stable order (UN members, observers, EU). */
export function buildCountries(): CountryStatus[] {
  const out: CountryStatus[] = [];
  for (const code of [...UN_MEMBERS, ...OBSERVERS, 'EU']) {
    const euMember = EU_MEMBERS.includes(code) ? true : undefined;
    const base = (s: Omit<CountryStatus, 'code'>): CountryStatus => ({
      code,
      ...s,
      ...(euMember ? { euMember } : {}),
    });
    const sp = special[code];
    if (sp) out.push(base(sp));
    else if (LISTED_SIGNATORIES.includes(code)) {
      out.push(
        base({
          status: 'signed',
          signed: SIGNED_26_OCT.has(code) ? '2025-10-26' : '2025-10-25',
          source: S.verdragen,
          asOf: '2025-11-19',
        }),
      );
    } else if (OTHER_SIGNERS[code]) {
      out.push(base({ status: 'signed', ...OTHER_SIGNERS[code] }));
    } else if (HANOI_NON_SIGNERS.includes(code)) {
      out.push(
        base({
          status: 'not_signed',
          source: S.newshour,
          asOf: '2025-10-29',
          note: notSignedAtHanoi,
        }),
      );
    } else if (euMember && !EU_SIGNED_AT_HANOI.has(code)) {
      out.push(
        base({
          status: 'not_signed',
          source: S.newshour,
          asOf: '2025-10-29',
          note: notSignedAtHanoi,
        }),
      );
    } else {
      out.push(base({ status: 'unknown', source: S.untc, asOf: '2025-11-19', note: unknownNote }));
    }
  }
  return out;
}
