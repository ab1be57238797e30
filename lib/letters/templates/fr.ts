/** French letter building blocks (same facts and caveats as en.ts; formal register, no inclusive spelling). */
import type { LetterTemplate } from './types';

export const fr: LetterTemplate = {
  lang: 'fr',
  dir: 'ltr',
  subject: {
    do_not_sign: 'Ne signez pas la Convention des Nations Unies contre la cybercriminalité',
    do_not_accede: 'N’adhérez pas à la Convention des Nations Unies contre la cybercriminalité',
    do_not_ratify:
      'Convention des Nations Unies contre la cybercriminalité : ne soutenez pas sa ratification',
    safeguards:
      'Convention des Nations Unies contre la cybercriminalité : pour des garanties contraignantes en matière de droits humains',
    eu_consent:
      'Convention des Nations Unies contre la cybercriminalité : le Parlement européen doit refuser son approbation',
  },
  salutation: {
    us_senate: 'Madame la Sénatrice, Monsieur le Sénateur,',
    us_house: 'Madame la Représentante, Monsieur le Représentant,',
    uk_commons: 'Madame la Députée, Monsieur le Député,',
    eu_parliament: 'Madame la Députée, Monsieur le Député,',
    head_of_government: 'Madame, Monsieur,',
    custom: 'Madame, Monsieur,',
  },
  office_salutation: {
    prime_minister: 'Madame la Première ministre, Monsieur le Premier ministre,',
    president: 'Madame la Présidente, Monsieur le Président,',
    chancellor: 'Madame la Chancelière, Monsieur le Chancelier,',
    government: 'Madame, Monsieur,',
  },
  office_of: {
    person: 'le bureau de {name}',
    prime_minister: 'le cabinet du Premier ministre',
    president: 'le cabinet du Président',
    chancellor: 'la chancellerie fédérale',
    government: 'les services du chef du gouvernement',
  },
  date: '{day} {month} {year}',
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  status: {
    signed: 'Notre pays a signé la Convention le {date}.',
    ratified: 'Notre pays a ratifié la Convention le {date}.',
  },
  opening:
    'Je vous écris au sujet de la Convention des Nations Unies contre la cybercriminalité, adoptée par l’Assemblée générale des Nations Unies le 24 décembre 2024 et ouverte à la signature à Hanoï en octobre 2025.',
  opening_city:
    'Je vous écris de {city} au sujet de la Convention des Nations Unies contre la cybercriminalité, adoptée par l’Assemblée générale des Nations Unies le 24 décembre 2024 et ouverte à la signature à Hanoï en octobre 2025.',
  roles: {
    journalist: 'Je travaille dans le journalisme.',
    security_researcher: 'Je travaille dans la recherche en sécurité informatique.',
    it_worker: 'Je travaille dans l’informatique.',
    lawyer: 'Je travaille dans le domaine du droit.',
    parent: 'J’ai des enfants.',
    teacher: 'Je travaille dans l’enseignement.',
    business_owner: 'Je dirige une entreprise.',
    student: 'Je fais des études.',
  },
  role_custom: 'Quelques mots sur moi : {role}.',
  article: 'Je vous écris après avoir lu l’article « {title} » ({outlet}, {url}).',
  article_passage:
    'Je vous écris après avoir lu l’article « {title} » ({outlet}, {url}), qui rapporte : « {passage} »',
  concerns_intro:
    'Elle est présentée comme un outil contre la cybercriminalité, mais sa portée va bien au-delà :',
  concerns: {
    'serious-crime':
      'Une grande partie de la coopération qu’elle organise vaut pour toute « infraction grave », c’est-à-dire tout acte passible d’au moins quatre ans d’emprisonnement selon le droit de chaque État (article 2(h)). Certains États punissent déjà aussi sévèrement la critique du gouvernement, les manifestations pacifiques, les relations entre personnes de même sexe ou le journalisme d’investigation, et tout État peut relever une peine pour faire entrer un délit dans ce champ. L’article 6(2) interdit de lire la Convention comme autorisant la suppression des droits humains, mais les critiques relèvent que rien n’en garantit le respect.',
    'security-research':
      'Les infractions des articles 7 à 11 supposent un acte intentionnel commis « sans droit », et l’article 11(2) exclut toute responsabilité lorsque le but n’est pas de commettre l’une de ces infractions, en citant les tests autorisés comme exemple. Mais la notion de « sans droit » n’est pas définie, l’intention malhonnête et le préjudice grave ne sont que des conditions facultatives, et aucune protection explicite n’est prévue pour la recherche en sécurité de bonne foi, le journalisme ou les lanceurs d’alerte. En février 2024, une lettre ouverte de la communauté de la sécurité, signée par 124 personnes et organisations, avertissait que des recherches légitimes pourraient être criminalisées.',
    children:
      'L’article 14(4) permet aux États, sans les y obliger, d’exclure les poursuites contre des enfants pour des images d’eux-mêmes. Là où un État n’utilise pas cette possibilité, des enfants peuvent être criminalisés pour des contenus qu’ils ont produits eux-mêmes. L’article peut aussi s’étendre aux contenus écrits et audio, au risque de viser l’art, l’éducation et la littérature.',
    safeguards:
      'L’article 24 exige que le droit interne prévoie des conditions et garanties protégeant les droits humains, dont, le cas échéant, un contrôle judiciaire ou indépendant et un recours effectif. Chaque État décide quand ce cas se présente ; ni l’autorisation préalable d’un juge ni l’information des personnes concernées ne sont exigées. Lorsqu’un autre État demande des données au nôtre, ce sont nos propres garanties qui s’appliquent (article 24(4)) : leur solidité dans notre droit décide de la protection des personnes ici.',
    'compelled-assistance':
      'La disposition sur la perquisition et la saisie de données stockées (citée par les commentateurs comme l’article 28(4)) permet aux autorités d’ordonner à toute personne connaissant le fonctionnement d’un système informatique de fournir les informations nécessaires pour le fouiller. La Chambre de commerce internationale a averti que cela permet de contraindre des personnes à contourner des systèmes de sécurité, et la Global Network Initiative a mis en garde contre les pressions sur les professionnels de la tech pour compromettre les systèmes qu’ils gèrent.',
    interception:
      'Les articles 29 et 30 prévoient la collecte en temps réel des données relatives au trafic et l’interception du contenu des communications. Une lettre de février 2024 signée par des entreprises et la société civile jugeait ces dispositions trop larges : elles permettent une collecte secrète sans autorisation judiciaire préalable, sans que les fournisseurs puissent en informer leurs utilisateurs.',
    'evidence-sharing':
      'En vertu de l’article 35, les États coopèrent pour recueillir et partager des preuves électroniques de toute infraction grave, et pas seulement de cybercriminalité. Le traité devient ainsi un canal général de collecte de preuves, y compris pour des infractions définies par des lois répressives, et les critiques relèvent que la double incrimination, c’est-à-dire l’exigence que l’acte soit une infraction dans les deux pays, n’est pas une condition ferme.',
    'secrecy-refusal':
      'Selon les règles d’entraide judiciaire de l’article 40, un État requérant peut demander que sa demande reste confidentielle, et le refus d’une demande pour des raisons liées aux droits humains est laissé à l’appréciation de l’État requis. Lors de la dernière session de négociation, le Costa Rica a regretté l’absence d’un motif explicite de refus pour les infractions politiques.',
    protocols:
      'La résolution de l’Assemblée générale qui a adopté la Convention prévoit déjà la négociation d’un protocole additionnel sur de nouvelles infractions. ARTICLE 19 avertit que les protocoles pourraient devenir une porte dérobée pour les délits de contenu et d’expression écartés du texte principal.',
  },
  concern_titles: {
    'serious-crime':
      'la porte d’entrée de l’« infraction grave » à l’article 2(h), que chaque État définit lui-même',
    'security-research':
      'aucune protection explicite pour la recherche en sécurité de bonne foi, le journalisme ou les lanceurs d’alerte (articles 7 à 11)',
    children:
      'des enfants peuvent être poursuivis pour des images d’eux-mêmes, car l’article 14(4) est facultatif',
    safeguards:
      'l’article 24 laisse chaque État décider quand s’appliquent contrôle judiciaire et recours, et n’exige aucune autorisation judiciaire préalable',
    'compelled-assistance':
      'des personnes peuvent être contraintes d’aider à pénétrer les systèmes qu’elles connaissent',
    interception: 'la collecte en temps réel et l’interception (articles 29 et 30)',
    'evidence-sharing': 'le partage de preuves pour toute infraction grave (article 35)',
    'secrecy-refusal':
      'les demandes confidentielles et un refus laissé à la discrétion des États (article 40)',
    protocols:
      'de futurs protocoles pourraient ajouter des délits d’expression par la porte dérobée',
  },
  asks: {
    do_not_sign:
      'La Convention est ouverte à la signature jusqu’au 31 décembre 2026. Si notre pays ne l’a pas encore signée, je vous demande de veiller à ce qu’il ne la signe pas, et de le dire publiquement. La coopération contre la cybercriminalité peut se poursuivre par des voies existantes et respectueuses des droits : les traités bilatéraux d’entraide judiciaire, la Convention de Budapest du Conseil de l’Europe et son deuxième protocole lorsque notre pays peut y prendre part, et le renforcement des capacités. Avant toute décision de signer, je demande une audition parlementaire ou une mission d’information.',
    do_not_accede:
      'La période de signature s’est achevée le 31 décembre 2026 ; un État qui n’a pas signé ne peut plus devenir partie que par adhésion. Si notre pays n’a pas signé, je vous demande de veiller à ce qu’il n’adhère pas, et qu’aucune démarche en ce sens ne soit entreprise sans audition parlementaire ou mission d’information. La coopération contre la cybercriminalité peut se poursuivre par des voies existantes et respectueuses des droits : les traités bilatéraux d’entraide judiciaire, la Convention de Budapest du Conseil de l’Europe et son deuxième protocole lorsque notre pays peut y prendre part, et le renforcement des capacités.',
    do_not_ratify:
      'La signature seule ne lie pas un État aux obligations de la Convention ; la ratification le ferait. Je vous demande de ne pas soutenir sa ratification. À tout le moins, aucun vote ne devrait avoir lieu sans un examen parlementaire complet : une étude d’impact publiée sur les droits humains et la protection des données, et la publication, bien avant tout vote, de toutes les réserves et déclarations que le gouvernement formulerait.',
    safeguards:
      'Ce qui décidera de ses effets pour les personnes ici, c’est la loi qui la met en œuvre. Je vous demande de défendre des garanties contraignantes en matière de droits humains dans cette loi : la double incrimination pour toute forme de coopération ; le refus obligatoire des demandes portant sur des infractions politiques ou sur l’expression protégée, ou comportant un risque de persécution ; une autorisation judiciaire indépendante et préalable pour la conservation, la production, la perquisition, la collecte en temps réel et l’interception, dans les affaires nationales comme pour les demandes étrangères ; aucune injonction obligeant quiconque à affaiblir le chiffrement ou à divulguer des vulnérabilités ; une protection légale de la recherche en sécurité de bonne foi, du journalisme et des lanceurs d’alerte ; le recours aux options de l’article 14(4) pour que des enfants ne soient pas poursuivis pour des images d’eux-mêmes ; l’information des personnes concernées dès que le secret n’est plus nécessaire ; des statistiques publiques annuelles sur les demandes et les refus ; et un contrôle par une commission parlementaire ou l’autorité de protection des données, avec une clause de réexamen.',
  },
  eu_council:
    'En tant qu’État membre de l’Union européenne, notre pays a aussi son mot à dire sur la conclusion de la Convention par l’Union, qui exige une décision du Conseil et l’approbation du Parlement européen. Je demande que notre gouvernement ne soutienne pas cette décision au Conseil.',
  eu_consent:
    'L’Union européenne a signé la Convention le 25 octobre 2025, mais sa conclusion exige l’approbation du Parlement européen. Je vous demande de refuser cette approbation et d’exiger d’abord une évaluation complète de l’impact de la Convention sur les droits fondamentaux et la protection des données.',
  reply:
    'Je vous remercie par avance de bien vouloir me faire connaître votre position et ce que vous comptez faire.',
  sign_off: 'Je vous prie d’agréer l’expression de ma haute considération.',
  anonymous_signature: 'Une personne qui vit dans notre pays',
  phone: {
    intro:
      'Bonjour, je m’appelle {name}. J’appelle {office} au sujet de la Convention des Nations Unies contre la cybercriminalité.',
    intro_city:
      'Bonjour, je m’appelle {name} et j’habite à {city}. J’appelle {office} au sujet de la Convention des Nations Unies contre la cybercriminalité.',
    asks: {
      do_not_sign: 'Je demande que notre pays ne signe pas la Convention.',
      do_not_accede: 'Je demande que notre pays n’adhère pas à la Convention.',
      do_not_ratify: 'Je demande que notre pays ne ratifie pas la Convention.',
      safeguards:
        'Je demande des garanties contraignantes en matière de droits humains dans la loi de mise en œuvre.',
      eu_consent: 'Je demande que le Parlement européen refuse son approbation à la Convention.',
    },
    reasons: 'Mes principales préoccupations sont :',
    thanks:
      'Pouvez-vous me dire quelle position vos services adoptent sur ce sujet ? Merci de votre temps.',
  },
};
