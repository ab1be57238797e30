/**
 * The ask paragraph for each recipient's power, per language: what this recipient can actually
 * do about the Convention. A US representative has no treaty vote (oversight, pressing the
 * administration); a senator can withhold advice and consent; a UK MP can press for a debate
 * and a committee report while a treaty is laid under CRaG; a national parliament votes on and
 * scrutinises ratification; a government signs, and ratifies or submits for ratification
 * (whichever its constitution gives it: the ask names both, so it reads true either way).
 *
 * Structure for editors (h13text owns wording): POWER_ASKS[lang][power][ask]. A missing entry
 * falls back to the status ask in the language's template (`asks`), which is written for a
 * government. MEPs keep `eu_consent`. Keep the facts to those in the template's own asks.
 */
import type { LetterAsk } from './types';

/** What kind of power a recipient holds over the Convention. */
export type Power = 'us_senate' | 'us_house' | 'uk_commons' | 'parliament' | 'government';

/** Which power a recipient group holds (MEPs and custom recipients keep the template asks). */
export function powerOf(group: string): Power | null {
  if (group === 'us_senate' || group === 'us_house' || group === 'uk_commons') return group;
  if (group === 'parliament') return 'parliament';
  if (group === 'foreign_ministry' || group === 'head_of_government') return 'government';
  return null;
}

type PowerAsks = Partial<Record<Power, Partial<Record<LetterAsk, string>>>>;

export const POWER_ASKS: Record<string, PowerAsks> = {
  en: {
    us_senate: {
      do_not_sign:
        'The Convention is open for signature until 31 December 2026, and no treaty can be ratified without the Senate’s advice and consent by a two-thirds vote. I ask you to press the administration not to sign it, to say publicly that you would withhold your advice and consent, and to ask the Committee on Foreign Relations to examine the Convention’s human-rights risks.',
      do_not_accede:
        'The signature period closed on 31 December 2026; a state that did not sign can now join only by accession, which for the United States would still need the Senate’s advice and consent by a two-thirds vote. I ask you to press the administration not to seek accession, and to say publicly that you would withhold your advice and consent.',
      do_not_ratify:
        'Signature alone does not bind the United States; ratification would need the Senate’s advice and consent by a two-thirds vote. I ask you to withhold that consent, and to ask the Committee on Foreign Relations for public hearings on the Convention’s impact on human rights, privacy and security research before any vote.',
    },
    us_house: {
      do_not_sign:
        'The House of Representatives does not vote on treaties, but it oversees the State and Justice Departments that would negotiate, sign and carry out this one. I ask you to press the administration not to sign before signature closes on 31 December 2026, to use your committees’ oversight to ask what the administration intends, and to oppose any implementing legislation that lacks binding human-rights safeguards.',
      do_not_accede:
        'The House of Representatives does not vote on treaties, but it oversees the State and Justice Departments. I ask you to press the administration not to seek accession, to use your committees’ oversight to ask what it intends, and to oppose any implementing legislation that lacks binding human-rights safeguards.',
      do_not_ratify:
        'The House of Representatives does not vote on treaties, but it oversees the State and Justice Departments and would have to pass any implementing legislation. I ask you to press the administration not to send the Convention to the Senate, to use your committees’ oversight to demand a public assessment of its human-rights impact, and to oppose implementing legislation without binding safeguards.',
    },
    uk_commons: {
      do_not_sign:
        'The Convention is open for signature until 31 December 2026. I ask you to press the Government not to sign it, and to call for a statement and a debate in the House before any decision.',
      do_not_accede:
        'The signature period closed on 31 December 2026; a state that did not sign can now join only by accession. I ask you to press the Government not to accede, and to call for a debate in the House before any decision.',
      do_not_ratify:
        'Under the Constitutional Reform and Governance Act 2010, a treaty must be laid before Parliament for 21 sitting days before it can be ratified, and the House of Commons can resolve against ratification. When the Convention is laid, I ask you not to support ratification, to press for a debate and a vote in that period, and for a report by a select committee on its human-rights impact before it ends.',
    },
    parliament: {
      do_not_sign:
        'The Convention is open for signature until 31 December 2026. As a member of parliament, and in the committee that scrutinises treaties, I ask you to press the government not to sign it, and to hold a hearing or inquiry before any decision.',
      do_not_accede:
        'The signature period closed on 31 December 2026; a state that did not sign can now join only by accession. I ask parliament, and the committee that scrutinises treaties, to press the government not to accede, and to hold a hearing or inquiry before any such step.',
      do_not_ratify:
        'I ask you not to support ratification. Before any step towards it, please insist on full scrutiny in parliament and in committee: a published assessment of its impact on human rights and data protection, public hearings, and publication of every reservation and declaration the government would make. Where parliament votes on ratification, I ask you to vote against it.',
    },
    government: {
      do_not_ratify:
        'Signature alone does not bind a state to the Convention’s obligations; ratification would. I ask the government neither to ratify the Convention nor to submit it for ratification, and, before any step towards ratification, to publish an assessment of its impact on human rights and data protection and every reservation and declaration it would make.',
    },
  },
  fr: {
    us_senate: {
      do_not_sign:
        'La Convention est ouverte à la signature jusqu’au 31 décembre 2026, et aucun traité ne peut être ratifié sans l’avis et le consentement du Sénat à la majorité des deux tiers. Je vous demande de presser l’administration de ne pas signer, de dire publiquement que vous refuseriez votre consentement, et de demander à la commission des affaires étrangères d’examiner les risques de la Convention pour les droits humains.',
      do_not_accede:
        'La signature s’est close le 31 décembre 2026 ; un État qui n’a pas signé ne peut plus devenir partie que par adhésion, qui exigerait encore, pour les États-Unis, l’avis et le consentement du Sénat à la majorité des deux tiers. Je vous demande de presser l’administration de ne pas y adhérer, et de dire publiquement que vous refuseriez votre consentement.',
      do_not_ratify:
        'La signature seule ne lie pas les États-Unis ; la ratification exigerait l’avis et le consentement du Sénat à la majorité des deux tiers. Je vous demande de refuser ce consentement, et de demander à la commission des affaires étrangères des auditions publiques sur ses effets pour les droits humains, la vie privée et la recherche en sécurité avant tout vote.',
    },
    us_house: {
      do_not_sign:
        'La Chambre des représentants ne vote pas sur les traités, mais elle contrôle les départements d’État et de la Justice qui négocieraient, signeraient et appliqueraient celui-ci. Je vous demande de presser l’administration de ne pas signer avant la clôture du 31 décembre 2026, d’user du pouvoir de contrôle de vos commissions pour demander ce qu’elle compte faire, et de vous opposer à toute loi d’application sans garanties contraignantes pour les droits humains.',
      do_not_accede:
        'La Chambre des représentants ne vote pas sur les traités, mais elle contrôle les départements d’État et de la Justice. Je vous demande de presser l’administration de ne pas adhérer à la Convention, d’user du pouvoir de contrôle de vos commissions, et de vous opposer à toute loi d’application sans garanties contraignantes pour les droits humains.',
      do_not_ratify:
        'La Chambre des représentants ne vote pas sur les traités, mais elle contrôle les départements d’État et de la Justice et devrait adopter toute loi d’application. Je vous demande de presser l’administration de ne pas transmettre la Convention au Sénat, d’exiger par le contrôle de vos commissions une évaluation publique de ses effets sur les droits humains, et de vous opposer à toute loi d’application sans garanties contraignantes.',
    },
    uk_commons: {
      do_not_sign:
        'La Convention est ouverte à la signature jusqu’au 31 décembre 2026. Je vous demande de presser le gouvernement de ne pas signer, et de réclamer une déclaration et un débat à la Chambre avant toute décision.',
      do_not_accede:
        'La signature s’est close le 31 décembre 2026 ; un État qui n’a pas signé ne peut plus devenir partie que par adhésion. Je vous demande de presser le gouvernement de ne pas y adhérer, et de réclamer un débat à la Chambre avant toute décision.',
      do_not_ratify:
        'En vertu du Constitutional Reform and Governance Act 2010, un traité doit être déposé devant le Parlement pendant 21 jours de séance avant toute ratification, et la Chambre des communes peut s’y opposer par une résolution. Lorsque la Convention sera déposée, je vous demande de ne pas soutenir la ratification, d’obtenir un débat et un vote pendant cette période, et un rapport de commission sur ses effets pour les droits humains avant son terme.',
    },
    parliament: {
      do_not_sign:
        'La Convention est ouverte à la signature jusqu’au 31 décembre 2026. En tant que parlementaire, et au sein de la commission qui examine les traités, je vous demande de presser le gouvernement de ne pas signer, et de tenir une audition ou une enquête avant toute décision.',
      do_not_accede:
        'La signature s’est close le 31 décembre 2026 ; un État qui n’a pas signé ne peut plus devenir partie que par adhésion. Je demande au parlement, et à la commission qui examine les traités, de presser le gouvernement de ne pas y adhérer, et de tenir une audition ou une enquête avant toute démarche.',
      do_not_ratify:
        'Je vous demande de ne pas soutenir la ratification. Avant toute démarche en ce sens, je vous prie d’exiger un examen complet au parlement et en commission : une évaluation publiée de ses effets sur les droits humains et la protection des données, des auditions publiques et la publication de toutes les réserves et déclarations que le gouvernement ferait. Si le parlement se prononce sur la ratification, je vous demande de voter contre.',
    },
    government: {
      do_not_ratify:
        'La signature seule ne crée pas les obligations contraignantes de la Convention : la ratification le ferait. Je demande au gouvernement de ne ni ratifier la Convention ni la soumettre à la ratification, et, avant toute démarche en ce sens, de publier une évaluation de ses effets sur les droits humains et la protection des données ainsi que toutes les réserves et déclarations qu’il ferait.',
    },
  },
  es: {
    us_senate: {
      do_not_sign:
        'La Convención está abierta a la firma hasta el 31 de diciembre de 2026, y ningún tratado puede ratificarse sin el consejo y consentimiento del Senado por mayoría de dos tercios. Le pido que presione a la administración para que no firme, que declare públicamente que negaría su consentimiento y que pida a la Comisión de Relaciones Exteriores que examine los riesgos de la Convención para los derechos humanos.',
      do_not_accede:
        'La firma se cerró el 31 de diciembre de 2026; un Estado que no firmó solo puede ser parte por adhesión, que en el caso de Estados Unidos seguiría requiriendo el consejo y consentimiento del Senado por mayoría de dos tercios. Le pido que presione a la administración para que no se adhiera y que declare públicamente que negaría su consentimiento.',
      do_not_ratify:
        'La firma por sí sola no obliga a Estados Unidos; la ratificación requeriría el consejo y consentimiento del Senado por mayoría de dos tercios. Le pido que niegue ese consentimiento y que solicite a la Comisión de Relaciones Exteriores audiencias públicas sobre sus efectos en los derechos humanos, la privacidad y la investigación en seguridad antes de cualquier votación.',
    },
    us_house: {
      do_not_sign:
        'La Cámara de Representantes no vota los tratados, pero supervisa a los Departamentos de Estado y de Justicia que negociarían, firmarían y aplicarían este. Le pido que presione a la administración para que no firme antes del cierre del 31 de diciembre de 2026, que use la supervisión de sus comisiones para preguntar qué pretende hacer y que se oponga a toda ley de aplicación sin salvaguardias vinculantes de derechos humanos.',
      do_not_accede:
        'La Cámara de Representantes no vota los tratados, pero supervisa a los Departamentos de Estado y de Justicia. Le pido que presione a la administración para que no se adhiera, que use la supervisión de sus comisiones y que se oponga a toda ley de aplicación sin salvaguardias vinculantes de derechos humanos.',
      do_not_ratify:
        'La Cámara de Representantes no vota los tratados, pero supervisa a los Departamentos de Estado y de Justicia y tendría que aprobar cualquier ley de aplicación. Le pido que presione a la administración para que no envíe la Convención al Senado, que exija mediante la supervisión de sus comisiones una evaluación pública de su impacto en los derechos humanos y que se oponga a leyes de aplicación sin salvaguardias vinculantes.',
    },
    uk_commons: {
      do_not_sign:
        'La Convención está abierta a la firma hasta el 31 de diciembre de 2026. Le pido que presione al Gobierno para que no firme y que pida una declaración y un debate en la Cámara antes de cualquier decisión.',
      do_not_accede:
        'La firma se cerró el 31 de diciembre de 2026; un Estado que no firmó solo puede ser parte por adhesión. Le pido que presione al Gobierno para que no se adhiera y que pida un debate en la Cámara antes de cualquier decisión.',
      do_not_ratify:
        'Según la Constitutional Reform and Governance Act 2010, un tratado debe presentarse al Parlamento durante 21 días de sesión antes de ratificarse, y la Cámara de los Comunes puede oponerse mediante una resolución. Cuando se presente la Convención, le pido que no apoye la ratificación, que promueva un debate y una votación en ese plazo, y un informe de comisión sobre su impacto en los derechos humanos antes de que termine.',
    },
    parliament: {
      do_not_sign:
        'La Convención está abierta a la firma hasta el 31 de diciembre de 2026. Como parlamentario, y en la comisión que examina los tratados, le pido que presione al Gobierno para que no firme y que celebre una audiencia o investigación antes de cualquier decisión.',
      do_not_accede:
        'La firma se cerró el 31 de diciembre de 2026; un Estado que no firmó solo puede ser parte por adhesión. Pido al parlamento, y a la comisión que examina los tratados, que presionen al Gobierno para que no se adhiera y que celebren una audiencia o investigación antes de cualquier paso.',
      do_not_ratify:
        'Le pido que no apoye la ratificación. Antes de cualquier paso en ese sentido, le ruego que exija un examen completo en el parlamento y en comisión: una evaluación publicada de su impacto en los derechos humanos y la protección de datos, audiencias públicas y la publicación de todas las reservas y declaraciones que haría el Gobierno. Si el parlamento vota la ratificación, le pido que vote en contra.',
    },
    government: {
      do_not_ratify:
        'La firma por sí sola no crea las obligaciones vinculantes de la Convención: la ratificación sí lo haría. Pido al Gobierno que no ratifique la Convención ni la someta a ratificación y que, antes de cualquier paso en ese sentido, publique una evaluación de su impacto en los derechos humanos y la protección de datos, así como todas las reservas y declaraciones que haría.',
    },
  },
  de: {
    us_senate: {
      do_not_sign:
        'Das Übereinkommen liegt bis zum 31. Dezember 2026 zur Unterzeichnung auf, und ein Vertrag kann nur mit Rat und Zustimmung des Senats mit Zweidrittelmehrheit ratifiziert werden. Ich bitte Sie, die Regierung zu drängen, nicht zu unterzeichnen, öffentlich zu erklären, dass Sie Ihre Zustimmung verweigern würden, und den Ausschuss für auswärtige Beziehungen um eine Prüfung der Menschenrechtsrisiken zu bitten.',
      do_not_accede:
        'Die Zeichnungsfrist endete am 31. Dezember 2026; ein Staat, der nicht unterzeichnet hat, kann nur noch beitreten, wofür in den Vereinigten Staaten weiterhin Rat und Zustimmung des Senats mit Zweidrittelmehrheit nötig wären. Ich bitte Sie, die Regierung zu drängen, keinen Beitritt anzustreben, und öffentlich zu erklären, dass Sie Ihre Zustimmung verweigern würden.',
      do_not_ratify:
        'Die Unterzeichnung allein bindet die Vereinigten Staaten nicht; die Ratifikation bräuchte Rat und Zustimmung des Senats mit Zweidrittelmehrheit. Ich bitte Sie, diese Zustimmung zu verweigern und vom Ausschuss für auswärtige Beziehungen vor jeder Abstimmung öffentliche Anhörungen zu den Folgen für Menschenrechte, Privatsphäre und Sicherheitsforschung zu verlangen.',
    },
    us_house: {
      do_not_sign:
        'Das Repräsentantenhaus stimmt nicht über Verträge ab, kontrolliert aber das Außen- und das Justizministerium, die diesen Vertrag verhandeln, unterzeichnen und umsetzen würden. Ich bitte Sie, die Regierung zu drängen, nicht vor Ablauf der Frist am 31. Dezember 2026 zu unterzeichnen, die Kontrollrechte Ihrer Ausschüsse zu nutzen, um ihre Absichten zu erfragen, und jedes Umsetzungsgesetz ohne verbindliche Menschenrechtsgarantien abzulehnen.',
      do_not_accede:
        'Das Repräsentantenhaus stimmt nicht über Verträge ab, kontrolliert aber das Außen- und das Justizministerium. Ich bitte Sie, die Regierung zu drängen, nicht beizutreten, die Kontrollrechte Ihrer Ausschüsse zu nutzen und jedes Umsetzungsgesetz ohne verbindliche Menschenrechtsgarantien abzulehnen.',
      do_not_ratify:
        'Das Repräsentantenhaus stimmt nicht über Verträge ab, kontrolliert aber das Außen- und das Justizministerium und müsste jedes Umsetzungsgesetz beschließen. Ich bitte Sie, die Regierung zu drängen, das Übereinkommen nicht dem Senat vorzulegen, über die Kontrollrechte Ihrer Ausschüsse eine öffentliche Folgenabschätzung für die Menschenrechte zu verlangen und Umsetzungsgesetze ohne verbindliche Garantien abzulehnen.',
    },
    uk_commons: {
      do_not_sign:
        'Das Übereinkommen liegt bis zum 31. Dezember 2026 zur Unterzeichnung auf. Ich bitte Sie, die Regierung zu drängen, nicht zu unterzeichnen, und vor jeder Entscheidung eine Erklärung und eine Debatte im Unterhaus zu verlangen.',
      do_not_accede:
        'Die Zeichnungsfrist endete am 31. Dezember 2026; ein Staat, der nicht unterzeichnet hat, kann nur noch beitreten. Ich bitte Sie, die Regierung zu drängen, nicht beizutreten, und vor jeder Entscheidung eine Debatte im Unterhaus zu verlangen.',
      do_not_ratify:
        'Nach dem Constitutional Reform and Governance Act 2010 muss ein Vertrag dem Parlament 21 Sitzungstage lang vorliegen, bevor er ratifiziert werden kann, und das Unterhaus kann sich per Beschluss dagegen aussprechen. Wenn das Übereinkommen vorgelegt wird, bitte ich Sie, die Ratifikation nicht zu unterstützen und in dieser Zeit auf eine Debatte und eine Abstimmung zu drängen und auf einen Ausschussbericht zu den Folgen für die Menschenrechte, bevor sie abläuft.',
    },
    parliament: {
      do_not_sign:
        'Das Übereinkommen liegt bis zum 31. Dezember 2026 zur Unterzeichnung auf. Ich bitte Sie als Abgeordnete oder Abgeordneten und im Ausschuss, der Verträge prüft, die Regierung zu drängen, nicht zu unterzeichnen, und vor jeder Entscheidung eine Anhörung oder Untersuchung abzuhalten.',
      do_not_accede:
        'Die Zeichnungsfrist endete am 31. Dezember 2026; ein Staat, der nicht unterzeichnet hat, kann nur noch beitreten. Ich bitte das Parlament und den Ausschuss, der Verträge prüft, die Regierung zu drängen, nicht beizutreten, und vor jedem solchen Schritt eine Anhörung oder Untersuchung abzuhalten.',
      do_not_ratify:
        'Ich bitte Sie, die Ratifikation nicht zu unterstützen. Bestehen Sie vor jedem Schritt dorthin bitte auf einer vollständigen Prüfung im Parlament und im Ausschuss: einer veröffentlichten Folgenabschätzung für Menschenrechte und Datenschutz, öffentlichen Anhörungen und der Veröffentlichung aller Vorbehalte und Erklärungen, die die Regierung abgeben würde. Stimmt das Parlament über die Ratifikation ab, bitte ich Sie, dagegen zu stimmen.',
    },
    government: {
      do_not_ratify:
        'Die Unterzeichnung allein begründet noch keine bindenden Pflichten aus dem Übereinkommen: Die Ratifikation würde es tun. Ich bitte die Regierung, das Übereinkommen weder zu ratifizieren noch zur Ratifikation vorzulegen und vor jedem Schritt in diese Richtung eine Folgenabschätzung für Menschenrechte und Datenschutz sowie alle beabsichtigten Vorbehalte und Erklärungen zu veröffentlichen.',
    },
  },
  pt: {
    us_senate: {
      do_not_sign:
        'A Convenção está aberta à assinatura até 31 de dezembro de 2026, e nenhum tratado pode ser ratificado com o parecer e consentimento do Senado por maioria de dois terços. Peço que pressione o governo a não assinar, que declare publicamente que negaria seu consentimento e que peça à Comissão de Relações Exteriores que examine os riscos da Convenção para os direitos humanos.',
      do_not_accede:
        'O prazo de assinatura terminou em 31 de dezembro de 2026; um Estado que não assinou só pode tornar-se parte por adesão, o que para os Estados Unidos ainda exigiria o parecer e consentimento do Senado por maioria de dois terços. Peço que pressione o governo a não aderir e que declare publicamente que negaria seu consentimento.',
      do_not_ratify:
        'A assinatura por si só não vincula os Estados Unidos; a ratificação exigiria o parecer e consentimento do Senado por maioria de dois terços. Peço que negue esse consentimento e que solicite à Comissão de Relações Exteriores audiências públicas sobre seus efeitos nos direitos humanos, na privacidade e na pesquisa em segurança antes de qualquer votação.',
    },
    us_house: {
      do_not_sign:
        'A Câmara dos Representantes não vota tratados, mas fiscaliza os Departamentos de Estado e de Justiça que negociariam, assinariam e aplicariam este. Peço que pressione o governo a não assinar antes do fim do prazo, em 31 de dezembro de 2026, que use a fiscalização de suas comissões para perguntar o que ele pretende e que se oponha a qualquer lei de aplicação sem salvaguardas vinculantes de direitos humanos.',
      do_not_accede:
        'A Câmara dos Representantes não vota tratados, mas fiscaliza os Departamentos de Estado e de Justiça. Peço que pressione o governo a não aderir, que use a fiscalização de suas comissões e que se oponha a qualquer lei de aplicação sem salvaguardas vinculantes de direitos humanos.',
      do_not_ratify:
        'A Câmara dos Representantes não vota tratados, mas fiscaliza os Departamentos de Estado e de Justiça e teria de aprovar qualquer lei de aplicação. Peço que pressione o governo a não enviar a Convenção ao Senado, que exija, pela fiscalização de suas comissões, uma avaliação pública do seu impacto nos direitos humanos e que se oponha a leis de aplicação sem salvaguardas vinculantes.',
    },
    uk_commons: {
      do_not_sign:
        'A Convenção está aberta à assinatura até 31 de dezembro de 2026. Peço que pressione o governo a não assinar e que peça uma declaração e um debate na Câmara antes de qualquer decisão.',
      do_not_accede:
        'O prazo de assinatura terminou em 31 de dezembro de 2026; um Estado que não assinou só pode tornar-se parte por adesão. Peço que pressione o governo a não aderir e que peça um debate na Câmara antes de qualquer decisão.',
      do_not_ratify:
        'Pela Constitutional Reform and Governance Act 2010, um tratado deve ser apresentado ao Parlamento por 21 dias de sessão antes da ratificação, e a Câmara dos Comuns pode opor-se por resolução. Quando a Convenção for apresentada, peço que não apoie a ratificação, que defenda um debate e uma votação nesse período, e um relatório de comissão sobre o impacto nos direitos humanos antes que ele termine.',
    },
    parliament: {
      do_not_sign:
        'A Convenção está aberta à assinatura até 31 de dezembro de 2026. Como parlamentar, e na comissão que examina tratados, peço que pressione o governo a não assinar e que realize uma audiência ou investigação antes de qualquer decisão.',
      do_not_accede:
        'O prazo de assinatura terminou em 31 de dezembro de 2026; um Estado que não assinou só pode tornar-se parte por adesão. Peço ao parlamento, e à comissão que examina tratados, que pressionem o governo a não aderir e que realizem uma audiência ou investigação antes de qualquer passo.',
      do_not_ratify:
        'Peço que não apoie a ratificação. Antes de qualquer passo nesse sentido, peço que exija um exame completo no parlamento e em comissão: uma avaliação publicada do impacto nos direitos humanos e na proteção de dados, audiências públicas e a publicação de todas as reservas e declarações que o governo faria. Se o parlamento votar a ratificação, peço que vote contra.',
    },
    government: {
      do_not_ratify:
        'A assinatura por si só não cria as obrigações vinculantes da Convenção: a ratificação criaria. Peço ao governo que não ratifique a Convenção nem a submeta à ratificação e que, antes de qualquer passo nesse sentido, publique uma avaliação do impacto nos direitos humanos e na proteção de dados, bem como todas as reservas e declarações que faria.',
    },
  },
  ar: {
    us_senate: {
      do_not_sign:
        'الاتفاقية مفتوحة للتوقيع حتى 31 ديسمبر 2026، ولا يمكن التصديق على أي معاهدة دون مشورة مجلس الشيوخ وموافقته بأغلبية الثلثين. أطلب منكم الضغط على الإدارة كي لا توقّع، وإعلان أنكم ستحجبون موافقتكم، ومطالبة لجنة العلاقات الخارجية بدراسة مخاطر الاتفاقية على حقوق الإنسان.',
      do_not_accede:
        'أُغلق باب التوقيع في 31 ديسمبر 2026، ولا يمكن لدولة لم توقّع أن تصبح طرفًا إلا بالانضمام، الذي يظل في حالة الولايات المتحدة بحاجة إلى مشورة مجلس الشيوخ وموافقته بأغلبية الثلثين. أطلب منكم الضغط على الإدارة كي لا تسعى إلى الانضمام، وإعلان أنكم ستحجبون موافقتكم.',
      do_not_ratify:
        'التوقيع وحده لا يُلزم الولايات المتحدة، والتصديق يحتاج إلى مشورة مجلس الشيوخ وموافقته بأغلبية الثلثين. أطلب منكم حجب هذه الموافقة، ومطالبة لجنة العلاقات الخارجية بعقد جلسات استماع علنية بشأن آثارها على حقوق الإنسان والخصوصية وأبحاث الأمن قبل أي تصويت.',
    },
    us_house: {
      do_not_sign:
        'لا يصوّت مجلس النواب على المعاهدات، لكنه يراقب وزارتي الخارجية والعدل اللتين ستتفاوضان على هذه المعاهدة وتوقّعانها وتنفّذانها. أطلب منكم الضغط على الإدارة كي لا توقّع قبل إغلاق باب التوقيع في 31 ديسمبر 2026، واستخدام صلاحيات الرقابة في لجانكم لمعرفة نواياها، ومعارضة أي قانون تنفيذي يخلو من ضمانات ملزمة لحقوق الإنسان.',
      do_not_accede:
        'لا يصوّت مجلس النواب على المعاهدات، لكنه يراقب وزارتي الخارجية والعدل. أطلب منكم الضغط على الإدارة كي لا تنضم إلى الاتفاقية، واستخدام صلاحيات الرقابة في لجانكم، ومعارضة أي قانون تنفيذي يخلو من ضمانات ملزمة لحقوق الإنسان.',
      do_not_ratify:
        'لا يصوّت مجلس النواب على المعاهدات، لكنه يراقب وزارتي الخارجية والعدل، وعليه أن يقرّ أي قانون تنفيذي. أطلب منكم الضغط على الإدارة كي لا تحيل الاتفاقية إلى مجلس الشيوخ، والمطالبة عبر رقابة لجانكم بتقييم علني لأثرها على حقوق الإنسان، ومعارضة أي قانون تنفيذي دون ضمانات ملزمة.',
    },
    uk_commons: {
      do_not_sign:
        'الاتفاقية مفتوحة للتوقيع حتى 31 ديسمبر 2026. أطلب منكم الضغط على الحكومة كي لا توقّع، والمطالبة ببيان ونقاش في المجلس قبل أي قرار.',
      do_not_accede:
        'أُغلق باب التوقيع في 31 ديسمبر 2026، ولا يمكن لدولة لم توقّع أن تصبح طرفًا إلا بالانضمام. أطلب منكم الضغط على الحكومة كي لا تنضم، والمطالبة بنقاش في المجلس قبل أي قرار.',
      do_not_ratify:
        'بموجب قانون الإصلاح الدستوري والحوكمة لعام 2010 يجب عرض أي معاهدة على البرلمان مدة 21 يوم جلسة قبل التصديق، ويمكن لمجلس العموم أن يعترض بقرار. عند عرض الاتفاقية، أطلب منكم عدم دعم التصديق، والسعي إلى نقاش وتصويت خلال هذه المدة، وإلى تقرير من لجنة برلمانية عن أثرها على حقوق الإنسان قبل انقضائها.',
    },
    parliament: {
      do_not_sign:
        'الاتفاقية مفتوحة للتوقيع حتى 31 ديسمبر 2026. بصفتكم عضوًا في البرلمان، وفي اللجنة التي تدرس المعاهدات، أطلب منكم الضغط على الحكومة كي لا توقّع، وعقد جلسة استماع أو تحقيق قبل أي قرار.',
      do_not_accede:
        'أُغلق باب التوقيع في 31 ديسمبر 2026، ولا يمكن لدولة لم توقّع أن تصبح طرفًا إلا بالانضمام. أطلب من البرلمان، ومن اللجنة التي تدرس المعاهدات، الضغط على الحكومة كي لا تنضم، وعقد جلسة استماع أو تحقيق قبل أي خطوة كهذه.',
      do_not_ratify:
        'أطلب منكم عدم تأييد التصديق. وقبل أي خطوة نحوه، أرجو الإصرار على دراسة كاملة في البرلمان وفي اللجنة: تقييم منشور لأثرها على حقوق الإنسان وحماية البيانات، وجلسات استماع علنية، ونشر كل التحفظات والإعلانات التي ستقدّمها الحكومة. وإذا صوّت البرلمان على التصديق، فأطلب منكم التصويت ضده.',
    },
    government: {
      do_not_ratify:
        'التوقيع وحده لا يُنشئ الالتزامات الملزمة للاتفاقية، بل التصديق هو الذي يُنشئها. أطلب من الحكومة ألّا تصدّق على الاتفاقية ولا تعرضها للتصديق، وأن تنشر قبل أي خطوة في هذا الاتجاه تقييمًا لأثرها على حقوق الإنسان وحماية البيانات وكل التحفظات والإعلانات التي ستقدّمها.',
    },
  },
  ru: {
    us_senate: {
      do_not_sign:
        'Конвенция открыта для подписания до 31 декабря 2026 г., а ни один международный договор не может быть ратифицирован без совета и согласия Сената, данных двумя третями голосов. Прошу Вас убеждать администрацию не подписывать Конвенцию, публично заявить, что Вы не дадите своего согласия, и предложить Комитету Сената по международным отношениям изучить её риски для прав человека.',
      do_not_accede:
        'Срок подписания истёк 31 декабря 2026 г.; государство, которое не подписало Конвенцию, может стать её участником только путём присоединения, а для Соединённых Штатов это по-прежнему потребовало бы совета и согласия Сената, данных двумя третями голосов. Прошу Вас убеждать администрацию не присоединяться к Конвенции и публично заявить, что Вы не дадите своего согласия.',
      do_not_ratify:
        'Одна лишь подпись не связывает Соединённые Штаты; для ратификации нужны совет и согласие Сената, данные двумя третями голосов. Прошу Вас не давать этого согласия и предложить Комитету Сената по международным отношениям провести до любого голосования открытые слушания о последствиях Конвенции для прав человека, неприкосновенности частной жизни и исследований в области безопасности.',
    },
    us_house: {
      do_not_sign:
        'Палата представителей не голосует по международным договорам, но осуществляет надзор за Государственным департаментом и Министерством юстиции, которые вели бы переговоры, подписывали и применяли бы этот договор. Прошу Вас убеждать администрацию не подписывать Конвенцию до окончания срока подписания 31 декабря 2026 г., использовать надзорные полномочия Ваших комитетов, чтобы выяснить её намерения, и выступать против любого закона о применении Конвенции без обязательных гарантий прав человека.',
      do_not_accede:
        'Палата представителей не голосует по международным договорам, но осуществляет надзор за Государственным департаментом и Министерством юстиции. Прошу Вас убеждать администрацию не присоединяться к Конвенции, использовать надзорные полномочия Ваших комитетов, чтобы выяснить её намерения, и выступать против любого закона о применении Конвенции без обязательных гарантий прав человека.',
      do_not_ratify:
        'Палата представителей не голосует по международным договорам, но осуществляет надзор за Государственным департаментом и Министерством юстиции и должна была бы принять любой закон о применении Конвенции. Прошу Вас убеждать администрацию не направлять Конвенцию в Сенат, через надзорные полномочия Ваших комитетов потребовать публичной оценки её последствий для прав человека и выступать против закона о её применении без обязательных гарантий.',
    },
    uk_commons: {
      do_not_sign:
        'Конвенция открыта для подписания до 31 декабря 2026 г. Прошу Вас убеждать правительство не подписывать её и добиваться заявления правительства и дебатов в Палате до принятия любого решения.',
      do_not_accede:
        'Срок подписания истёк 31 декабря 2026 г.; государство, которое не подписало Конвенцию, может стать её участником только путём присоединения. Прошу Вас убеждать правительство не присоединяться к ней и добиваться дебатов в Палате до принятия любого решения.',
      do_not_ratify:
        'По Закону о конституционной реформе и управлении 2010 г. международный договор должен пробыть на рассмотрении парламента 21 день заседаний, прежде чем его можно ратифицировать, и Палата общин может принять резолюцию против ратификации. Когда Конвенция будет представлена парламенту, прошу Вас не поддерживать её ратификацию, добиваться в этот срок дебатов и голосования, а также доклада специального комитета о её последствиях для прав человека до истечения срока.',
    },
    parliament: {
      do_not_sign:
        'Конвенция открыта для подписания до 31 декабря 2026 г. Прошу парламент и комитет, который рассматривает международные договоры, убеждать правительство не подписывать её и провести слушания или рассмотрение в комитете до принятия любого решения.',
      do_not_accede:
        'Срок подписания истёк 31 декабря 2026 г.; государство, которое не подписало Конвенцию, может стать её участником только путём присоединения. Прошу парламент и комитет, который рассматривает международные договоры, убеждать правительство не присоединяться к ней и провести слушания или рассмотрение в комитете до любого такого шага.',
      do_not_ratify:
        'Прошу Вас не поддерживать ратификацию. Прежде чем будет сделан какой-либо шаг к ней, прошу настоять на полном рассмотрении в парламенте и в комитете: опубликованной оценке последствий для прав человека и защиты данных, открытых слушаниях и публикации всех оговорок и заявлений, которые сделало бы правительство. Если парламент будет голосовать по ратификации, прошу Вас голосовать против.',
    },
    government: {
      do_not_ratify:
        'Сама по себе подпись не связывает государство обязательствами по Конвенции; ратификация связала бы. Прошу правительство не ратифицировать Конвенцию и не вносить её на ратификацию, а прежде любого шага в этом направлении опубликовать оценку её последствий для прав человека и защиты данных, а также все оговорки и заявления, которые оно намерено сделать.',
    },
  },
  zh: {
    us_senate: {
      do_not_sign:
        '公约开放签署至2026年12月31日，而任何条约未经参议院以三分之二多数给予咨询和同意都不能批准。恳请您敦促行政当局不要签署该公约，公开表明您将不予同意，并请参议院外交关系委员会审查公约对人权的风险。',
      do_not_accede:
        '签署期已于2026年12月31日结束；未签署的国家现在只能通过加入成为缔约方，而美国加入仍需参议院以三分之二多数给予咨询和同意。恳请您敦促行政当局不要寻求加入，并公开表明您将不予同意。',
      do_not_ratify:
        '仅凭签署并不使美国受约束；批准需要参议院以三分之二多数给予咨询和同意。恳请您不予同意，并请参议院外交关系委员会在任何表决之前就公约对人权、隐私和安全研究的影响举行公开听证会。',
    },
    us_house: {
      do_not_sign:
        '众议院不对条约进行表决，但它监督将负责谈判、签署和执行该公约的国务院和司法部。恳请您敦促行政当局不要在2026年12月31日签署期结束前签署该公约，运用您所在委员会的监督权了解行政当局的打算，并反对任何缺乏具有约束力的人权保障的实施立法。',
      do_not_accede:
        '众议院不对条约进行表决，但它监督国务院和司法部。恳请您敦促行政当局不要寻求加入该公约，运用您所在委员会的监督权了解行政当局的打算，并反对任何缺乏具有约束力的人权保障的实施立法。',
      do_not_ratify:
        '众议院不对条约进行表决，但它监督国务院和司法部，并须通过任何实施立法。恳请您敦促行政当局不要将公约提交参议院，通过委员会的监督要求公开评估其对人权的影响，并反对任何缺乏具有约束力的保障的实施立法。',
    },
    uk_commons: {
      do_not_sign:
        '公约开放签署至2026年12月31日。恳请您敦促政府不要签署该公约，并在作出任何决定之前要求政府在下议院发表声明并进行辩论。',
      do_not_accede:
        '签署期已于2026年12月31日结束；未签署的国家现在只能通过加入成为缔约方。恳请您敦促政府不要加入，并在作出任何决定之前要求在下议院进行辩论。',
      do_not_ratify:
        '根据《2010年宪制改革与治理法》，条约须提交议会满21个开会日后方可批准，下议院可以作出反对批准的决议。公约提交议会后，恳请您不要支持批准，争取在此期间进行辩论和表决，并争取专责委员会在期满前就其对人权的影响提出报告。',
    },
    parliament: {
      do_not_sign:
        '公约开放签署至2026年12月31日。恳请议会及负责审议条约的委员会敦促政府不要签署该公约，并在作出任何决定之前举行听证会或开展调查。',
      do_not_accede:
        '签署期已于2026年12月31日结束；未签署的国家现在只能通过加入成为缔约方。恳请议会及负责审议条约的委员会敦促政府不要加入，并在采取任何此类步骤之前举行听证会或开展调查。',
      do_not_ratify:
        '恳请您不要支持批准。在采取任何批准步骤之前，请坚持由议会及其委员会进行全面审查：公布关于其对人权和数据保护影响的评估，举行公开听证会，并公布政府拟提出的全部保留和声明。如议会就批准进行表决，恳请您投反对票。',
    },
    government: {
      do_not_ratify:
        '仅凭签署并不使一个国家受公约义务的约束；批准则会。恳请政府既不批准公约，也不将其提交批准；在采取任何迈向批准的步骤之前，首先公布关于其对人权和数据保护影响的评估，以及拟提出的全部保留和声明。',
    },
  },
};

/** The ask paragraph for a recipient group, language and status ask, when its power has one. */
export function powerAsk(lang: string, group: string, ask: LetterAsk): string | undefined {
  const power = powerOf(group);
  if (!power) return undefined;
  // A language without power asks keeps its own template ask rather than an English paragraph.
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return POWER_ASKS[base]?.[power]?.[ask];
}
