/** World-wide figures. Counts after Hanoi come from secondary sources and say so. */
import type { GlobalStatus } from '../types';
import { S } from './sources';

export const GLOBAL_STATUS: GlobalStatus = {
  signatories: 72,
  signatoriesNote: {
    en: '72 signed at the Hanoi ceremony (25–26 Oct 2025), according to UNODC and the UN Treaty Collection; whether that figure includes the EU is unclear. Secondary sources report about 74 signatories by March 2026 and about 76 by May 2026 (not confirmed).',
    fr: '72 signatures lors de la cérémonie de Hanoï (25-26 octobre 2025), selon l’ONUDC et la Collection des traités de l’ONU ; on ne sait pas si ce chiffre inclut l’UE. Des sources secondaires font état d’environ 74 signataires en mars 2026 et d’environ 76 en mai 2026 (non confirmé).',
    es: '72 firmas en la ceremonia de Hanói (25-26 de octubre de 2025), según la UNODC y la Colección de Tratados de la ONU; no está claro si la cifra incluye a la UE. Fuentes secundarias hablan de unos 74 signatarios en marzo de 2026 y unos 76 en mayo de 2026 (sin confirmar).',
    de: '72 Unterzeichnungen bei der Zeremonie in Hanoi (25.–26. Oktober 2025) laut UNODC und UN-Vertragssammlung; ob die EU mitgezählt ist, ist unklar. Sekundärquellen melden rund 74 Unterzeichner im März 2026 und rund 76 im Mai 2026 (unbestätigt).',
    pt: '72 assinaturas na cerimónia de Hanói (25-26 de outubro de 2025), segundo o UNODC e a Coleção de Tratados da ONU; não é claro se o número inclui a UE. Fontes secundárias referem cerca de 74 signatários em março de 2026 e cerca de 76 em maio de 2026 (não confirmado).',
    ar: 'وُقّعت الاتفاقية 72 مرة في مراسم هانوي (25–26 تشرين الأول/أكتوبر 2025) وفقاً لمكتب الأمم المتحدة المعني بالمخدرات والجريمة ومجموعة معاهدات الأمم المتحدة، ولا يُعرف إن كان الرقم يشمل الاتحاد الأوروبي. تفيد مصادر ثانوية بنحو 74 موقّعاً في آذار/مارس 2026 ونحو 76 في أيار/مايو 2026 (غير مؤكَّد).',
  },
  ratifications: 3,
  ratifiedBy: ['AZ', 'QA', 'VN'],
  needed: 40,
  signatureDeadline: '2026-12-31',
  entryIntoForce: {
    en: 'Open for signature at UN Headquarters until 31 Dec 2026; after that, states can only accede. It enters into force on the 90th day after the 40th instrument of ratification, acceptance, approval or accession is deposited; the EU’s instrument does not count on top of its member states’. About three ratifications were reported by May 2026, so it is not in force.',
    fr: 'Ouverte à la signature au Siège de l’ONU jusqu’au 31 décembre 2026 ; ensuite, les États ne peuvent plus qu’y adhérer. Elle entre en vigueur le 90e jour suivant le dépôt du 40e instrument de ratification, d’acceptation, d’approbation ou d’adhésion ; l’instrument de l’UE ne s’ajoute pas à ceux de ses États membres. Environ trois ratifications étaient signalées en mai 2026 : elle n’est pas en vigueur.',
    es: 'Abierta a la firma en la Sede de la ONU hasta el 31 de diciembre de 2026; después, los Estados solo podrán adherirse. Entra en vigor el 90.º día tras el depósito del 40.º instrumento de ratificación, aceptación, aprobación o adhesión; el instrumento de la UE no se suma a los de sus Estados miembros. A mayo de 2026 se informaba de unas tres ratificaciones, por lo que no está en vigor.',
    de: 'Bis 31. Dezember 2026 am UN-Hauptsitz zur Unterzeichnung offen; danach ist nur noch ein Beitritt möglich. Sie tritt am 90. Tag nach Hinterlegung der 40. Ratifikations-, Annahme-, Genehmigungs- oder Beitrittsurkunde in Kraft; die Urkunde der EU zählt nicht zusätzlich zu denen ihrer Mitgliedstaaten. Bis Mai 2026 wurden etwa drei Ratifikationen gemeldet – sie ist nicht in Kraft.',
    pt: 'Aberta à assinatura na Sede da ONU até 31 de dezembro de 2026; depois disso, os Estados só podem aderir. Entra em vigor no 90.º dia após o depósito do 40.º instrumento de ratificação, aceitação, aprovação ou adesão; o instrumento da UE não se soma aos dos seus Estados-Membros. Até maio de 2026 foram referidas cerca de três ratificações, pelo que não está em vigor.',
    ar: 'مفتوحة للتوقيع في مقر الأمم المتحدة حتى 31 كانون الأول/ديسمبر 2026، وبعد ذلك لا يمكن للدول إلا الانضمام إليها. تدخل حيّز النفاذ في اليوم التسعين بعد إيداع الصك الأربعين للتصديق أو القبول أو الموافقة أو الانضمام، ولا يُحتسب صك الاتحاد الأوروبي إضافةً إلى صكوك دوله الأعضاء. أُفيد بنحو ثلاث تصديقات حتى أيار/مايو 2026، فهي ليست نافذة.',
  },
  asOf: '2026-05-21',
  sources: [S.untc, S.helpnet, S.machineHerald],
};
