/**
 * World-wide figures, only from the depositary or the Dutch treaty database, with their date.
 * No count from a never-cite source (the "74" and "76" signatory counts and the "3
 * ratifications" tally of 2026 came from machine-written sites and digests; see the research
 * notes' source policy). `npm run data:depositary` refreshes these from the depositary's page.
 */
import type { GlobalStatus } from '../types';
import { L8 } from './localized';
import { S } from './sources';

const L = L8;

export const GLOBAL_STATUS: GlobalStatus = {
  signatories: 72,
  signatoriesNote: L(
    '72 signatories, the European Union among them, in the UN Treaty Collection’s list (copy of late 2025). Later signatures are not counted here: the live list is at the UN Treaty Collection.',
    '72 signataires, dont l’Union européenne, dans la liste de la Collection des traités de l’ONU (copie de fin 2025). Les signatures ultérieures ne sont pas comptées ici : la liste à jour se trouve dans la Collection des traités des Nations Unies.',
    '72 signatarios, entre ellos la Unión Europea, en la lista de la Colección de Tratados de la ONU (copia de finales de 2025). Las firmas posteriores no se cuentan aquí: la lista actualizada está en la Colección de Tratados de las Naciones Unidas.',
    '72 Unterzeichner, darunter die Europäische Union, in der Liste der UN-Vertragssammlung (Stand einer Kopie von Ende 2025). Spätere Unterzeichnungen sind hier nicht gezählt: Die aktuelle Liste steht in der UN-Vertragssammlung.',
    '72 signatários, entre eles a União Europeia, na lista da Coleção de Tratados da ONU (cópia do final de 2025). As assinaturas posteriores não são contadas aqui: a lista atualizada está na Coleção de Tratados das Nações Unidas.',
    '72 موقّعاً، بينهم الاتحاد الأوروبي، في قائمة مجموعة معاهدات الأمم المتحدة (نسخة من أواخر 2025). ولا تُحتسب هنا التوقيعات اللاحقة: القائمة المحدَّثة في مجموعة معاهدات الأمم المتحدة.',
    '72 подписавшие стороны, включая Европейский союз, в списке Сборника договоров ООН (копия конца 2025 года). Более поздние подписания здесь не учтены: актуальный список — в Сборнике договоров ООН.',
    '联合国条约汇编名单（2025年底的副本）中有72个签署方，其中包括欧洲联盟。此后的签署未计入此处：最新名单见联合国条约汇编。',
  ),
  ratifications: 0,
  ratifiedBy: [],
  needed: 40,
  signatureDeadline: '2026-12-31',
  entryIntoForce: L(
    'Open for signature at UN Headquarters in New York until 31 Dec 2026; after that, states can only accede. It enters into force on the 90th day after the 40th instrument of ratification, acceptance, approval or accession is deposited; the EU’s instrument does not count on top of its member states’. No ratification was recorded in the depositary’s list as of 19 Nov 2025; later ones may not be counted here.',
    'Ouverte à la signature au Siège de l’ONU à New York jusqu’au 31 décembre 2026 ; ensuite, les États ne peuvent plus qu’y adhérer. Elle entre en vigueur le 90e jour suivant le dépôt du 40e instrument de ratification, d’acceptation, d’approbation ou d’adhésion ; l’instrument de l’UE ne s’ajoute pas à ceux de ses États membres. Aucune ratification n’était enregistrée dans la liste du dépositaire au 19 novembre 2025 ; les suivantes peuvent ne pas être comptées ici.',
    'Abierta a la firma en la Sede de la ONU en Nueva York hasta el 31 de diciembre de 2026; después, los Estados solo podrán adherirse. Entra en vigor el 90.º día tras el depósito del 40.º instrumento de ratificación, aceptación, aprobación o adhesión; el instrumento de la UE no se suma a los de sus Estados miembros. A 19 de noviembre de 2025 no constaba ninguna ratificación en la lista del depositario; las posteriores pueden no estar contadas aquí.',
    'Bis 31. Dezember 2026 am UN-Hauptsitz in New York zur Unterzeichnung offen; danach ist nur noch ein Beitritt möglich. Sie tritt am 90. Tag nach Hinterlegung der 40. Ratifikations-, Annahme-, Genehmigungs- oder Beitrittsurkunde in Kraft; die Urkunde der EU zählt nicht zusätzlich zu denen ihrer Mitgliedstaaten. Stand 19. November 2025 verzeichnete die Liste des Verwahrers keine Ratifikation; spätere sind hier womöglich nicht gezählt.',
    'Aberta à assinatura na Sede da ONU em Nova Iorque até 31 de dezembro de 2026; depois disso, os Estados só podem aderir. Entra em vigor no 90.º dia após o depósito do 40.º instrumento de ratificação, aceitação, aprovação ou adesão; o instrumento da UE não se soma aos dos seus Estados-Membros. Em 19 de novembro de 2025 não constava nenhuma ratificação na lista do depositário; as posteriores podem não estar contadas aqui.',
    'مفتوحة للتوقيع في مقر الأمم المتحدة في نيويورك حتى 31 كانون الأول/ديسمبر 2026، وبعد ذلك لا يمكن للدول إلا الانضمام إليها. تدخل حيّز النفاذ في اليوم التسعين بعد إيداع الصك الأربعين للتصديق أو القبول أو الموافقة أو الانضمام، ولا يُحتسب صك الاتحاد الأوروبي إضافةً إلى صكوك دوله الأعضاء. لم يُسجَّل أي تصديق في قائمة الوديع حتى 19 تشرين الثاني/نوفمبر 2025، وقد لا تكون التصديقات اللاحقة محتسبة هنا.',
    'Открыта для подписания в Центральных учреждениях ООН в Нью-Йорке до 31 декабря 2026 года; после этого государства могут только присоединиться к ней. Вступает в силу на 90-й день после сдачи на хранение 40-й грамоты о ратификации, принятии, утверждении или присоединении; документ ЕС не засчитывается дополнительно к документам его государств-членов. По состоянию на 19 ноября 2025 года в списке депозитария не было ни одной ратификации; более поздние здесь могут быть не учтены.',
    '在纽约联合国总部开放签署至2026年12月31日；此后各国只能加入。公约在第40份批准书、接受书、核准书或加入书交存后第90天生效；欧盟交存的文书不在其成员国文书之外另行计算。截至2025年11月19日，保存人名单中没有任何批准记录；此后的批准可能未计入此处。',
  ),
  asOf: '2025-11-19',
  sources: [S.untc, S.verdragen, S.art65],
};
