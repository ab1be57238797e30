/**
 * Treaty status of every UN member state, the two observer states and the EU, each with its
 * confidence (see `StatusConfidence` and docs/campaign-data.md).
 *
 * What this rests on (read for the research notes of 27 Nov 2026; `npm run data:depositary`
 * replaces it with a fresh depositary list):
 * - the Dutch government's treaty database, which mirrors the depositary's notifications, in a
 *   copy taken after 19 Nov 2025 (it lists Mauritius's signature of that day). Its list is
 *   alphabetical by Dutch name and the copy read runs from "Algerije" to "Turkije": every state
 *   it lists is `confirmed` (dates 25 Oct 2025; Mali, Rwanda, Saudi Arabia 26 Oct; Mauritius
 *   19 Nov); every state whose Dutch name sorts before "Turkije" and is absent is `not_listed`
 *   as of 19 Nov 2025 — it had not signed by then, which says nothing of later signatures;
 * - states whose Dutch name sorts after "Turkije" (Verenigd Koninkrijk, Vietnam, Zweden…) and
 *   the Holy See (listed as either "Heilige Stoel" or "Vaticaanstad") are beyond the copy read:
 *   `unknown`, unless a named reporter gives a status (`reported`);
 * - the UN Treaty Collection page (copy of late 2025) agrees with the Dutch list as far as it
 *   was read (Algeria … Jamaica).
 * No status rests on a never-cite source (lib/campaign/source-policy.ts).
 */
import type { CountryStatus } from '../types';
import { L8 } from './localized';
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

// Listed in the Dutch treaty database copy (after 19 Nov 2025), with their dates.
const LISTED_SIGNATORIES = (
  'DZ AO AU AT AZ BY BE BR BN BF KH CL CN CR CI CU CZ KP CD DJ DO EC EG FR GH GR GW IR IE JM KZ LA LY ' +
  'LU MY MV ML MA MU MZ NA NR NI NG PW PS PG PE PH PL PT QA RU RW SA SK SI ES LK TZ TH TG TR UZ EU'
).split(' ');
const SIGNED_26_OCT = new Set(['ML', 'RW', 'SA']);
const SIGNED_19_NOV = new Set(['MU']);

/**
 * Beyond the part of the Dutch list that was read (Dutch name after "Turkije"), or listed under
 * a name that may sort either side (Holy See): no citable list settles them.
 */
export const BEYOND_LIST_READ = 'TM TV UY VU VA VE GB AE US VN ZM ZW ZA KR SS SE CH'.split(' ');

/** Date of the Dutch treaty database copy: it lists Mauritius's signature of 19 Nov 2025. */
export const LIST_AS_OF = '2025-11-19';

const L = L8;

const notListedNote = L(
  'Not among the signatories in the Dutch government’s treaty database, which mirrors the UN depositary’s notifications, as of 19 Nov 2025. That is not a refusal: the state may have signed since. Check the UN Treaty Collection.',
  'Ne figure pas parmi les signataires dans la base de données des traités du gouvernement néerlandais, qui reprend les notifications du dépositaire de l’ONU, au 19 novembre 2025. Ce n’est pas un refus : l’État a pu signer depuis. Vérifiez la Collection des traités des Nations Unies.',
  'No figura entre los signatarios en la base de datos de tratados del Gobierno neerlandés, que recoge las notificaciones del depositario de la ONU, a 19 de noviembre de 2025. No es una negativa: el Estado puede haber firmado después. Consulte la Colección de Tratados de las Naciones Unidas.',
  'Stand 19. November 2025 nicht unter den Unterzeichnern in der Vertragsdatenbank der niederländischen Regierung, die die Notifikationen des UN-Verwahrers wiedergibt. Das ist keine Ablehnung: Der Staat kann seither unterzeichnet haben. Bitte in der UN-Vertragssammlung prüfen.',
  'Não consta entre os signatários na base de dados de tratados do Governo neerlandês, que reproduz as notificações do depositário da ONU, em 19 de novembro de 2025. Isso não é uma recusa: o Estado pode ter assinado depois. Consulte a Coleção de Tratados das Nações Unidas.',
  'لم تكن ضمن الموقّعين في قاعدة بيانات المعاهدات التابعة للحكومة الهولندية، التي تنقل إشعارات الوديع لدى الأمم المتحدة، حتى 19 تشرين الثاني/نوفمبر 2025. وهذا ليس رفضاً: فربما وقّعت الدولة بعد ذلك. راجِع مجموعة معاهدات الأمم المتحدة.',
  'По состоянию на 19 ноября 2025 года не значится среди подписавших в базе договоров правительства Нидерландов, которая воспроизводит уведомления депозитария ООН. Это не отказ: государство могло подписать позже. Проверьте Сборник договоров ООН.',
  '截至2025年11月19日，未列入荷兰政府条约数据库（转载联合国保存人的通知）中的签署方名单。这并不表示拒绝签署：该国此后可能已经签署。请查阅联合国条约汇编。',
);

const unknownNote = L(
  'No source we may cite settles this state’s status: the part of the depositary’s list we could read does not include it either way. Check the UN Treaty Collection.',
  'Aucune source que nous pouvons citer n’établit le statut de cet État : la partie de la liste du dépositaire que nous avons pu lire ne permet de conclure ni dans un sens ni dans l’autre. Vérifiez la Collection des traités des Nations Unies.',
  'Ninguna fuente que podamos citar establece la situación de este Estado: la parte de la lista del depositario que pudimos leer no permite concluir en ningún sentido. Consulte la Colección de Tratados de las Naciones Unidas.',
  'Keine zitierfähige Quelle klärt den Status dieses Staates: Der Teil der Liste des Verwahrers, den wir lesen konnten, sagt weder das eine noch das andere. Bitte in der UN-Vertragssammlung prüfen.',
  'Nenhuma fonte que possamos citar esclarece o estatuto deste Estado: a parte da lista do depositário que pudemos ler não permite concluir num sentido nem noutro. Consulte a Coleção de Tratados das Nações Unidas.',
  'لا يوجد مصدر يمكننا الاستشهاد به يحسم وضع هذه الدولة: فالجزء الذي تمكّنا من قراءته من قائمة الوديع لا يسمح بالاستنتاج في أي اتجاه. راجِع مجموعة معاهدات الأمم المتحدة.',
  'Ни один источник, на который мы можем сослаться, не устанавливает статус этого государства: прочитанная нами часть списка депозитария не позволяет судить ни о подписании, ни об обратном. Проверьте Сборник договоров ООН.',
  '没有可供引用的来源能确定该国的状态：我们能读到的保存人名单部分无法说明其是否签署。请查阅联合国条约汇编。',
);

const signedListed = (code: string): Omit<CountryStatus, 'code'> => ({
  status: 'signed',
  confidence: 'confirmed',
  signed: SIGNED_19_NOV.has(code)
    ? '2025-11-19'
    : SIGNED_26_OCT.has(code)
      ? '2025-10-26'
      : '2025-10-25',
  source: S.verdragen,
  asOf: LIST_AS_OF,
});

const notListed: Omit<CountryStatus, 'code'> = {
  status: 'not_signed',
  confidence: 'not_listed',
  source: S.verdragen,
  asOf: LIST_AS_OF,
  note: notListedNote,
};

const special: Record<string, Omit<CountryStatus, 'code'>> = {
  AZ: {
    ...signedListed('AZ'),
    reported: { status: 'ratified', source: S.trendLaw, asOf: '2026-02-23' },
    noteSources: [S.trendParliament, S.trendLaw],
    note: L(
      'Signed on 25 Oct 2025 (Dutch treaty database). Trend News Agency reports that parliament approved ratification on 10 Feb 2026 and that the President signed the approval law on 23 Feb 2026: reported, not confirmed by the UN depositary, and no deposit date is known.',
      'A signé le 25 octobre 2025 (base de données néerlandaise des traités). L’agence Trend rapporte que le Parlement a approuvé la ratification le 10 février 2026 et que le Président a promulgué la loi d’approbation le 23 février 2026 : information rapportée, non confirmée par le dépositaire de l’ONU, et la date de dépôt n’est pas connue.',
      'Firmó el 25 de octubre de 2025 (base de datos neerlandesa de tratados). La agencia Trend informa de que el Parlamento aprobó la ratificación el 10 de febrero de 2026 y de que el Presidente firmó la ley de aprobación el 23 de febrero de 2026: información no confirmada por el depositario de la ONU, y no se conoce la fecha de depósito.',
      'Am 25. Oktober 2025 unterzeichnet (niederländische Vertragsdatenbank). Die Agentur Trend meldet, dass das Parlament die Ratifikation am 10. Februar 2026 billigte und der Präsident das Zustimmungsgesetz am 23. Februar 2026 unterzeichnete: gemeldet, nicht vom UN-Verwahrer bestätigt; ein Hinterlegungsdatum ist nicht bekannt.',
      'Assinou a 25 de outubro de 2025 (base de dados neerlandesa de tratados). A agência Trend noticia que o Parlamento aprovou a ratificação a 10 de fevereiro de 2026 e que o Presidente assinou a lei de aprovação a 23 de fevereiro de 2026: notícia não confirmada pelo depositário da ONU, e não se conhece a data de depósito.',
      'وقّعت في 25 تشرين الأول/أكتوبر 2025 (قاعدة البيانات الهولندية للمعاهدات). وتفيد وكالة «ترند» بأن البرلمان وافق على التصديق في 10 شباط/فبراير 2026 وبأن الرئيس وقّع قانون الموافقة في 23 شباط/فبراير 2026: خبر لم يؤكده الوديع لدى الأمم المتحدة، وتاريخ الإيداع غير معروف.',
      'Подписал 25 октября 2025 года (база договоров Нидерландов). Агентство Trend сообщает, что парламент одобрил ратификацию 10 февраля 2026 года, а президент подписал закон об утверждении 23 февраля 2026 года: это сообщение не подтверждено депозитарием ООН, дата сдачи грамоты неизвестна.',
      '已于2025年10月25日签署（荷兰条约数据库）。据Trend通讯社报道，议会于2026年2月10日批准了该公约，总统于2026年2月23日签署了批准法：此为媒体报道，未经联合国保存人确认，交存日期不详。',
    ),
  },
  QA: {
    ...signedListed('QA'),
    laterStepClaimed: true,
    note: L(
      'Signed on 25 Oct 2025 (Dutch treaty database). Claims that Qatar ratified in 2026 come only from sources that do not meet our source policy; not confirmed.',
      'A signé le 25 octobre 2025 (base de données néerlandaise des traités). Les affirmations selon lesquelles le Qatar aurait ratifié en 2026 ne proviennent que de sources non conformes à notre politique de sources ; non confirmé.',
      'Firmó el 25 de octubre de 2025 (base de datos neerlandesa de tratados). Las afirmaciones de que Catar ratificó en 2026 solo proceden de fuentes que no cumplen nuestra política de fuentes; sin confirmar.',
      'Am 25. Oktober 2025 unterzeichnet (niederländische Vertragsdatenbank). Behauptungen, Katar habe 2026 ratifiziert, stammen nur aus Quellen, die unseren Quellenregeln nicht genügen; unbestätigt.',
      'Assinou a 25 de outubro de 2025 (base de dados neerlandesa de tratados). As afirmações de que o Catar ratificou em 2026 vêm apenas de fontes que não cumprem a nossa política de fontes; não confirmado.',
      'وقّعت في 25 تشرين الأول/أكتوبر 2025 (قاعدة البيانات الهولندية للمعاهدات). أما الادعاءات بأن قطر صدّقت في 2026 فمصدرها مواقع لا تستوفي سياستنا في المصادر؛ غير مؤكَّد.',
      'Подписал 25 октября 2025 года (база договоров Нидерландов). Утверждения о ратификации Катаром в 2026 году исходят только из источников, не отвечающих нашим правилам; не подтверждено.',
      '已于2025年10月25日签署（荷兰条约数据库）。关于卡塔尔已于2026年批准的说法仅来自不符合我们来源政策的网站，未经证实。',
    ),
  },
  VN: {
    status: 'signed',
    confidence: 'reported',
    signed: '2025-10-25',
    source: S.vovPresident,
    asOf: '2025-10-25',
    noteSources: [S.vietnamplusJan],
    note: L(
      'Host of the signing ceremony. Voice of Vietnam quotes President Luong Cuong calling Viet Nam the convention’s first signatory (25 Oct 2025): reported, not confirmed by the UN depositary, because Viet Nam lies beyond the part of the depositary’s list we could read. In January 2026 it was still completing its domestic procedures (VietnamPlus); no ratification is confirmed.',
      'Pays hôte de la cérémonie. La Voix du Vietnam cite le président Luong Cuong, qui présente le Viet Nam comme le premier signataire (25 octobre 2025) : information rapportée, non confirmée par le dépositaire de l’ONU, car le Viet Nam se trouve au-delà de la partie de sa liste que nous avons pu lire. En janvier 2026, il achevait encore ses procédures internes (VietnamPlus) ; aucune ratification n’est confirmée.',
      'Anfitrión de la ceremonia. La Voz de Vietnam cita al presidente Luong Cuong, que presenta a Viet Nam como primer signatario (25 de octubre de 2025): información no confirmada por el depositario de la ONU, porque Viet Nam queda fuera de la parte de su lista que pudimos leer. En enero de 2026 aún completaba sus trámites internos (VietnamPlus); no hay ratificación confirmada.',
      'Gastgeber der Zeremonie. Die Stimme Vietnams zitiert Präsident Luong Cuong, Viet Nam sei der erste Unterzeichner (25. Oktober 2025): gemeldet, nicht vom UN-Verwahrer bestätigt, weil Viet Nam jenseits des Teils seiner Liste steht, den wir lesen konnten. Im Januar 2026 liefen die innerstaatlichen Verfahren noch (VietnamPlus); eine Ratifikation ist nicht bestätigt.',
      'Anfitrião da cerimónia. A Voz do Vietname cita o Presidente Luong Cuong, que apresenta o Vietname como primeiro signatário (25 de outubro de 2025): notícia não confirmada pelo depositário da ONU, porque o Vietname fica além da parte da sua lista que pudemos ler. Em janeiro de 2026 ainda concluía os procedimentos internos (VietnamPlus); nenhuma ratificação está confirmada.',
      'الدولة المضيفة لمراسم التوقيع. ونقل «صوت فيتنام» عن الرئيس لونغ كوونغ أن فيتنام أول الموقّعين (25 تشرين الأول/أكتوبر 2025): خبر لم يؤكده الوديع لدى الأمم المتحدة، لأن فيتنام تقع خارج الجزء الذي تمكّنا من قراءته من قائمته. وفي كانون الثاني/يناير 2026 كانت لا تزال تستكمل إجراءاتها الداخلية (VietnamPlus)؛ ولا يوجد تصديق مؤكَّد.',
      'Страна — хозяйка церемонии подписания. «Голос Вьетнама» цитирует президента Лыонг Кыонга, назвавшего Вьетнам первым подписавшим (25 октября 2025 года): это сообщение не подтверждено депозитарием ООН, так как Вьетнам находится за пределами прочитанной нами части его списка. В январе 2026 года страна ещё завершала внутренние процедуры (VietnamPlus); ратификация не подтверждена.',
      '签署仪式的东道国。越南之声援引梁强主席的话说，越南是该公约的首个签署国（2025年10月25日）：此为媒体报道，未经联合国保存人确认，因为越南不在我们能读到的保存人名单部分之内。2026年1月，越南仍在完成国内程序（VietnamPlus）；尚无经证实的批准。',
    ),
  },
  CA: {
    ...notListed,
    noteSources: [S.canadaStatement],
    note: L(
      'Not among the signatories in the Dutch government’s treaty database, which mirrors the UN depositary’s notifications, as of 19 Nov 2025; Canada gave a national statement at the Hanoi ceremony. Reports of a signature in 2026 come only from sources that do not meet our source policy and are not confirmed. Check the UN Treaty Collection.',
      'Ne figure pas parmi les signataires dans la base de données des traités du gouvernement néerlandais, qui reprend les notifications du dépositaire de l’ONU, au 19 novembre 2025 ; le Canada a fait une déclaration nationale à la cérémonie de Hanoï. Les informations sur une signature en 2026 ne proviennent que de sources non conformes à notre politique de sources et ne sont pas confirmées. Vérifiez la Collection des traités des Nations Unies.',
      'No figura entre los signatarios en la base de datos de tratados del Gobierno neerlandés, que recoge las notificaciones del depositario de la ONU, a 19 de noviembre de 2025; Canadá pronunció una declaración nacional en la ceremonia de Hanói. Las noticias de una firma en 2026 solo proceden de fuentes que no cumplen nuestra política de fuentes y no están confirmadas. Consulte la Colección de Tratados de las Naciones Unidas.',
      'Stand 19. November 2025 nicht unter den Unterzeichnern in der Vertragsdatenbank der niederländischen Regierung, die die Notifikationen des UN-Verwahrers wiedergibt; Kanada gab bei der Zeremonie in Hanoi eine nationale Erklärung ab. Meldungen über eine Unterzeichnung 2026 stammen nur aus Quellen, die unseren Quellenregeln nicht genügen, und sind unbestätigt. Bitte in der UN-Vertragssammlung prüfen.',
      'Não consta entre os signatários na base de dados de tratados do Governo neerlandês, que reproduz as notificações do depositário da ONU, em 19 de novembro de 2025; o Canadá fez uma declaração nacional na cerimónia de Hanói. As notícias de uma assinatura em 2026 vêm apenas de fontes que não cumprem a nossa política de fontes e não estão confirmadas. Consulte a Coleção de Tratados das Nações Unidas.',
      'لم تكن ضمن الموقّعين في قاعدة بيانات المعاهدات التابعة للحكومة الهولندية، التي تنقل إشعارات الوديع لدى الأمم المتحدة، حتى 19 تشرين الثاني/نوفمبر 2025؛ وقد ألقت كندا بياناً وطنياً في مراسم هانوي. أما الأخبار عن توقيع في 2026 فمصدرها مواقع لا تستوفي سياستنا في المصادر، وهي غير مؤكَّدة. راجِع مجموعة معاهدات الأمم المتحدة.',
      'По состоянию на 19 ноября 2025 года не значится среди подписавших в базе договоров правительства Нидерландов, которая воспроизводит уведомления депозитария ООН; Канада выступила с национальным заявлением на церемонии в Ханое. Сообщения о подписании в 2026 году исходят только из источников, не отвечающих нашим правилам, и не подтверждены. Проверьте Сборник договоров ООН.',
      '截至2025年11月19日，未列入荷兰政府条约数据库（转载联合国保存人的通知）中的签署方名单；加拿大在河内仪式上发表了国家声明。关于其在2026年签署的报道仅来自不符合我们来源政策的网站，未经证实。请查阅联合国条约汇编。',
    ),
  },
  IN: {
    ...notListed,
    note: L(
      'Not among the signatories in the Dutch government’s treaty database, which mirrors the UN depositary’s notifications, as of 19 Nov 2025. A 2026 claim that India “ratified” comes from an automated briefing that does not meet our source policy and is very probably wrong. Check the UN Treaty Collection.',
      'Ne figure pas parmi les signataires dans la base de données des traités du gouvernement néerlandais, qui reprend les notifications du dépositaire de l’ONU, au 19 novembre 2025. L’affirmation de 2026 selon laquelle l’Inde aurait « ratifié » vient d’une synthèse automatisée non conforme à notre politique de sources et est très probablement fausse. Vérifiez la Collection des traités des Nations Unies.',
      'No figura entre los signatarios en la base de datos de tratados del Gobierno neerlandés, que recoge las notificaciones del depositario de la ONU, a 19 de noviembre de 2025. La afirmación de 2026 de que la India «ratificó» procede de un resumen automatizado que no cumple nuestra política de fuentes y es muy probablemente falsa. Consulte la Colección de Tratados de las Naciones Unidas.',
      'Stand 19. November 2025 nicht unter den Unterzeichnern in der Vertragsdatenbank der niederländischen Regierung, die die Notifikationen des UN-Verwahrers wiedergibt. Die Behauptung von 2026, Indien habe „ratifiziert“, stammt aus einer automatisierten Übersicht, die unseren Quellenregeln nicht genügt, und ist sehr wahrscheinlich falsch. Bitte in der UN-Vertragssammlung prüfen.',
      'Não consta entre os signatários na base de dados de tratados do Governo neerlandês, que reproduz as notificações do depositário da ONU, em 19 de novembro de 2025. A afirmação de 2026 de que a Índia «ratificou» vem de um resumo automatizado que não cumpre a nossa política de fontes e está muito provavelmente errada. Consulte a Coleção de Tratados das Nações Unidas.',
      'لم تكن ضمن الموقّعين في قاعدة بيانات المعاهدات التابعة للحكومة الهولندية، التي تنقل إشعارات الوديع لدى الأمم المتحدة، حتى 19 تشرين الثاني/نوفمبر 2025. أما الادعاء في 2026 بأن الهند «صدّقت» فمصدره موجز آلي لا يستوفي سياستنا في المصادر، وهو على الأرجح خاطئ. راجِع مجموعة معاهدات الأمم المتحدة.',
      'По состоянию на 19 ноября 2025 года не значится среди подписавших в базе договоров правительства Нидерландов, которая воспроизводит уведомления депозитария ООН. Утверждение 2026 года о том, что Индия «ратифицировала» конвенцию, взято из автоматической сводки, не отвечающей нашим правилам, и почти наверняка ошибочно. Проверьте Сборник договоров ООН.',
      '截至2025年11月19日，未列入荷兰政府条约数据库（转载联合国保存人的通知）中的签署方名单。2026年有关印度已“批准”的说法来自一份不符合我们来源政策的自动生成简报，极可能有误。请查阅联合国条约汇编。',
    ),
  },
  DE: {
    ...notListed,
    noteSources: [S.netzpolitik2025],
    note: L(
      'Not among the signatories in the Dutch government’s treaty database, which mirrors the UN depositary’s notifications, as of 19 Nov 2025. netzpolitik.org reported in October 2025 that Germany plans to sign later (reported, not confirmed). Check the UN Treaty Collection.',
      'Ne figure pas parmi les signataires dans la base de données des traités du gouvernement néerlandais, qui reprend les notifications du dépositaire de l’ONU, au 19 novembre 2025. netzpolitik.org a rapporté en octobre 2025 que l’Allemagne prévoit de signer plus tard (information rapportée, non confirmée). Vérifiez la Collection des traités des Nations Unies.',
      'No figura entre los signatarios en la base de datos de tratados del Gobierno neerlandés, que recoge las notificaciones del depositario de la ONU, a 19 de noviembre de 2025. netzpolitik.org informó en octubre de 2025 de que Alemania prevé firmar más adelante (información no confirmada). Consulte la Colección de Tratados de las Naciones Unidas.',
      'Stand 19. November 2025 nicht unter den Unterzeichnern in der Vertragsdatenbank der niederländischen Regierung, die die Notifikationen des UN-Verwahrers wiedergibt. netzpolitik.org berichtete im Oktober 2025, Deutschland wolle später unterzeichnen (gemeldet, nicht bestätigt). Bitte in der UN-Vertragssammlung prüfen.',
      'Não consta entre os signatários na base de dados de tratados do Governo neerlandês, que reproduz as notificações do depositário da ONU, em 19 de novembro de 2025. O netzpolitik.org noticiou em outubro de 2025 que a Alemanha prevê assinar mais tarde (notícia não confirmada). Consulte a Coleção de Tratados das Nações Unidas.',
      'لم تكن ضمن الموقّعين في قاعدة بيانات المعاهدات التابعة للحكومة الهولندية، التي تنقل إشعارات الوديع لدى الأمم المتحدة، حتى 19 تشرين الثاني/نوفمبر 2025. وأفاد موقع netzpolitik.org في تشرين الأول/أكتوبر 2025 بأن ألمانيا تعتزم التوقيع لاحقاً (خبر غير مؤكَّد). راجِع مجموعة معاهدات الأمم المتحدة.',
      'По состоянию на 19 ноября 2025 года не значится среди подписавших в базе договоров правительства Нидерландов, которая воспроизводит уведомления депозитария ООН. netzpolitik.org сообщил в октябре 2025 года, что Германия намерена подписать позже (сообщение, не подтверждено). Проверьте Сборник договоров ООН.',
      '截至2025年11月19日，未列入荷兰政府条约数据库（转载联合国保存人的通知）中的签署方名单。netzpolitik.org于2025年10月报道，德国计划稍后签署（媒体报道，未经证实）。请查阅联合国条约汇编。',
    ),
  },
  US: {
    status: 'not_signed',
    confidence: 'reported',
    source: S.therecordHanoi,
    asOf: '2025-10-26',
    noteSources: [S.cybernewsUs],
    note: L(
      'The Record reported that the United States attended the Hanoi ceremony through its ambassador but did not sign, and that the State Department “continues to review the treaty” (late Oct 2025): reported, not confirmed by the UN depositary. Check the UN Treaty Collection for any later signature.',
      'The Record a rapporté que les États-Unis, présents à Hanoï par leur ambassadeur, n’ont pas signé, et que le département d’État poursuit l’examen du traité (fin octobre 2025) : information rapportée, non confirmée par le dépositaire de l’ONU. Vérifiez dans la Collection des traités des Nations Unies toute signature ultérieure.',
      'The Record informó de que Estados Unidos asistió a Hanói a través de su embajador pero no firmó, y de que el Departamento de Estado «sigue examinando el tratado» (finales de octubre de 2025): información no confirmada por el depositario de la ONU. Consulte en la Colección de Tratados de las Naciones Unidas cualquier firma posterior.',
      'The Record berichtete, die USA seien in Hanoi durch ihren Botschafter vertreten gewesen, hätten aber nicht unterzeichnet; das Außenministerium prüfe den Vertrag weiter (Ende Oktober 2025): gemeldet, nicht vom UN-Verwahrer bestätigt. Eine spätere Unterzeichnung bitte in der UN-Vertragssammlung prüfen.',
      'O The Record noticiou que os Estados Unidos estiveram em Hanói através do seu embaixador, mas não assinaram, e que o Departamento de Estado «continua a analisar o tratado» (final de outubro de 2025): notícia não confirmada pelo depositário da ONU. Consulte na Coleção de Tratados das Nações Unidas qualquer assinatura posterior.',
      'أفاد موقع The Record بأن الولايات المتحدة حضرت مراسم هانوي عبر سفيرها لكنها لم توقّع، وبأن وزارة الخارجية «تواصل مراجعة المعاهدة» (أواخر تشرين الأول/أكتوبر 2025): خبر لم يؤكده الوديع لدى الأمم المتحدة. راجِع مجموعة معاهدات الأمم المتحدة بشأن أي توقيع لاحق.',
      'The Record сообщил, что США были представлены на церемонии в Ханое послом, но не подписали конвенцию, а Госдепартамент «продолжает изучать договор» (конец октября 2025 года): это сообщение не подтверждено депозитарием ООН. О более позднем подписании справьтесь в Сборнике договоров ООН.',
      'The Record报道，美国通过其大使出席了河内仪式但未签署，美国国务院称“仍在审查该条约”（2025年10月下旬）：此为媒体报道，未经联合国保存人确认。如有后来的签署，请查阅联合国条约汇编。',
    ),
  },
  GB: {
    status: 'signed',
    confidence: 'reported',
    source: S.solicitorsUk,
    asOf: '2025-10-25',
    note: L(
      'The Solicitors Journal reported that the United Kingdom signed at Hanoi, and that its national statement said it would not cooperate with any country that fails to comply with the convention’s safeguards: reported, not confirmed by the UN depositary. No ratification found.',
      'Le Solicitors Journal a rapporté que le Royaume-Uni a signé à Hanoï et que sa déclaration nationale indique qu’il ne coopérera avec aucun pays ne respectant pas les garanties de la convention : information rapportée, non confirmée par le dépositaire de l’ONU. Aucune ratification trouvée.',
      'El Solicitors Journal informó de que el Reino Unido firmó en Hanói y de que su declaración nacional afirmó que no cooperará con ningún país que incumpla las salvaguardias de la convención: información no confirmada por el depositario de la ONU. No se encontró ratificación.',
      'Das Solicitors Journal berichtete, das Vereinigte Königreich habe in Hanoi unterzeichnet und in seiner nationalen Erklärung angekündigt, mit keinem Land zusammenzuarbeiten, das die Schutzvorkehrungen des Übereinkommens missachtet: gemeldet, nicht vom UN-Verwahrer bestätigt. Keine Ratifikation gefunden.',
      'O Solicitors Journal noticiou que o Reino Unido assinou em Hanói e que a sua declaração nacional afirmou que não cooperará com nenhum país que não cumpra as salvaguardas da convenção: notícia não confirmada pelo depositário da ONU. Não foi encontrada ratificação.',
      'أفادت مجلة Solicitors Journal بأن المملكة المتحدة وقّعت في هانوي، وبأن بيانها الوطني نصّ على أنها لن تتعاون مع أي بلد لا يمتثل لضمانات الاتفاقية: خبر لم يؤكده الوديع لدى الأمم المتحدة. لم يُعثر على تصديق.',
      'Solicitors Journal сообщил, что Великобритания подписала конвенцию в Ханое и в национальном заявлении обещала не сотрудничать со странами, не соблюдающими её гарантии: это сообщение не подтверждено депозитарием ООН. Ратификация не найдена.',
      '《律师杂志》（Solicitors Journal）报道，英国在河内签署了该公约，并在国家声明中表示不会与任何不遵守公约保障措施的国家合作：此为媒体报道，未经联合国保存人确认。未发现批准记录。',
    ),
  },
  EU: {
    ...signedListed('EU'),
    noteSources: [S.ecCooperation],
    note: L(
      'Signed on 25 Oct 2025 (Dutch treaty database; also in the UN Treaty Collection list). According to the European Commission, conclusion, the EU’s ratification, needs a further Council decision and the consent of the European Parliament; no consent was found.',
      'A signé le 25 octobre 2025 (base de données néerlandaise des traités ; également dans la liste de la Collection des traités de l’ONU). Selon la Commission européenne, la conclusion, équivalent européen de la ratification, exige une nouvelle décision du Conseil et l’approbation du Parlement européen ; aucune approbation n’a été trouvée.',
      'Firmó el 25 de octubre de 2025 (base de datos neerlandesa de tratados; también en la lista de la Colección de Tratados de la ONU). Según la Comisión Europea, la celebración, equivalente a la ratificación, requiere otra decisión del Consejo y la aprobación del Parlamento Europeo; no consta tal aprobación.',
      'Am 25. Oktober 2025 unterzeichnet (niederländische Vertragsdatenbank; auch in der Liste der UN-Vertragssammlung). Laut Europäischer Kommission braucht der Abschluss – die Ratifikation der EU – einen weiteren Ratsbeschluss und die Zustimmung des Europäischen Parlaments; eine Zustimmung ist nicht bekannt.',
      'Assinou a 25 de outubro de 2025 (base de dados neerlandesa de tratados; também na lista da Coleção de Tratados da ONU). Segundo a Comissão Europeia, a celebração, equivalente à ratificação, exige nova decisão do Conselho e a aprovação do Parlamento Europeu; não se encontrou essa aprovação.',
      'وقّع في 25 تشرين الأول/أكتوبر 2025 (قاعدة البيانات الهولندية للمعاهدات، وهو مدرج أيضاً في قائمة مجموعة معاهدات الأمم المتحدة). ووفقاً للمفوضية الأوروبية، يتطلب الإبرام، أي تصديق الاتحاد، قراراً آخر من المجلس وموافقة البرلمان الأوروبي؛ ولم يُعثر على هذه الموافقة.',
      'Подписал 25 октября 2025 года (база договоров Нидерландов; также в списке Сборника договоров ООН). По данным Европейской комиссии, для заключения — ратификации со стороны ЕС — нужны новое решение Совета и согласие Европейского парламента; такое согласие не найдено.',
      '已于2025年10月25日签署（荷兰条约数据库；亦见于联合国条约汇编名单）。据欧盟委员会称，欧盟的“缔结”（即批准）还需理事会另作决定并经欧洲议会同意；目前未发现此项同意。',
    ),
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
    else if (LISTED_SIGNATORIES.includes(code)) out.push(base(signedListed(code)));
    else if (BEYOND_LIST_READ.includes(code))
      out.push(
        base({
          status: 'unknown',
          confidence: 'unknown',
          source: S.untc,
          asOf: LIST_AS_OF,
          note: unknownNote,
        }),
      );
    else out.push(base(notListed));
  }
  return out;
}
