/** German letter building blocks (same facts and caveats as en.ts; formal register, Sie-Form). */
import type { LetterTemplate } from './types';

export const de: LetterTemplate = {
  lang: 'de',
  dir: 'ltr',
  subject: {
    do_not_sign: 'Bitte unterzeichnen Sie das UN-Übereinkommen gegen Cyberkriminalität nicht',
    do_not_accede: 'Bitte treten Sie dem UN-Übereinkommen gegen Cyberkriminalität nicht bei',
    do_not_ratify:
      'UN-Übereinkommen gegen Cyberkriminalität: bitte unterstützen Sie die Ratifizierung nicht',
    safeguards:
      'UN-Übereinkommen gegen Cyberkriminalität: bitte setzen Sie sich für verbindliche menschenrechtliche Schutzvorkehrungen ein',
    eu_consent:
      'UN-Übereinkommen gegen Cyberkriminalität: bitte verweigern Sie die Zustimmung des Europäischen Parlaments',
  },
  salutation: {
    us_senate: 'Sehr geehrte Frau Senatorin, sehr geehrter Herr Senator,',
    us_house: 'Sehr geehrte Frau Abgeordnete, sehr geehrter Herr Abgeordneter,',
    uk_commons: 'Sehr geehrte Frau Abgeordnete, sehr geehrter Herr Abgeordneter,',
    eu_parliament: 'Sehr geehrte Frau Abgeordnete, sehr geehrter Herr Abgeordneter,',
    head_of_government: 'Sehr geehrte Damen und Herren,',
    custom: 'Sehr geehrte Damen und Herren,',
  },
  office_salutation: {
    prime_minister: 'Sehr geehrte Frau Premierministerin, sehr geehrter Herr Premierminister,',
    president: 'Sehr geehrte Frau Präsidentin, sehr geehrter Herr Präsident,',
    chancellor: 'Sehr geehrte Frau Bundeskanzlerin, sehr geehrter Herr Bundeskanzler,',
    government: 'Sehr geehrte Damen und Herren,',
  },
  office_of: {
    person: 'im Büro von {name}',
    prime_minister: 'im Amt des Premierministers',
    president: 'im Präsidialamt',
    chancellor: 'im Bundeskanzleramt',
    government: 'im Amt des Regierungschefs',
  },
  date: '{day}. {month} {year}',
  months: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  status: {
    signed: 'Unser Land hat das Übereinkommen am {date} unterzeichnet.',
    ratified: 'Unser Land hat das Übereinkommen am {date} ratifiziert.',
  },
  opening:
    'ich schreibe Ihnen wegen des Übereinkommens der Vereinten Nationen gegen Cyberkriminalität, das die UN-Generalversammlung am 24. Dezember 2024 angenommen hat und das im Oktober 2025 in Hanoi zur Unterzeichnung aufgelegt wurde.',
  opening_city:
    'ich schreibe Ihnen aus {city} wegen des Übereinkommens der Vereinten Nationen gegen Cyberkriminalität, das die UN-Generalversammlung am 24. Dezember 2024 angenommen hat und das im Oktober 2025 in Hanoi zur Unterzeichnung aufgelegt wurde.',
  roles: {
    journalist: 'Ich arbeite im Journalismus.',
    security_researcher: 'Ich arbeite in der IT-Sicherheitsforschung.',
    it_worker: 'Ich arbeite in der Informationstechnik.',
    lawyer: 'Ich bin juristisch tätig.',
    parent: 'Ich habe Kinder.',
    teacher: 'Ich arbeite im Bildungsbereich.',
    business_owner: 'Ich führe ein Unternehmen.',
    student: 'Ich studiere.',
  },
  role_custom: 'Zu meiner Person: {role}.',
  article: 'Ich schreibe Ihnen, nachdem ich den Artikel „{title}“ ({outlet}, {url}) gelesen habe.',
  article_passage:
    'Ich schreibe Ihnen, nachdem ich den Artikel „{title}“ ({outlet}, {url}) gelesen habe, in dem es heißt: „{passage}“',
  concerns_intro:
    'Es wird als Instrument gegen Cyberkriminalität dargestellt, reicht aber weit darüber hinaus:',
  concerns: {
    'serious-crime':
      'Ein Großteil der Zusammenarbeit gilt für jede „schwere Straftat“, also jedes Verhalten, das nach dem Recht des jeweiligen Staates mit mindestens vier Jahren Freiheitsentzug bedroht ist (Artikel 2(h)). Manche Staaten bestrafen Regierungskritik, friedlichen Protest, gleichgeschlechtliche Beziehungen oder investigativen Journalismus schon heute so hart, und jeder Staat kann ein Strafmaß anheben, um eine Tat einzubeziehen. Artikel 6(2) verbietet, das Übereinkommen so auszulegen, als erlaube es die Unterdrückung von Menschenrechten; Kritiker weisen aber darauf hin, dass nichts seine Einhaltung sicherstellt.',
    'security-research':
      'Die Straftaten der Artikel 7 bis 11 setzen vorsätzliches und „unbefugtes“ Handeln voraus, und Artikel 11(2) schließt die Strafbarkeit aus, wenn der Zweck nicht die Begehung einer solchen Straftat ist – genehmigte Tests nennt er als Beispiel. Doch „unbefugt“ ist nicht definiert, unredliche Absicht und schwerer Schaden sind nur optionale Voraussetzungen, und einen ausdrücklichen Schutz für Sicherheitsforschung in gutem Glauben, Journalismus oder Whistleblowing gibt es nicht. Im Februar 2024 warnte ein offener Brief aus der Sicherheitsgemeinschaft mit 124 Unterzeichnenden, dass legitime Forschung kriminalisiert werden könnte.',
    children:
      'Artikel 14(4) erlaubt den Staaten, verpflichtet sie aber nicht, Kinder für Bilder von sich selbst von der Strafverfolgung auszunehmen. Wo ein Staat diese Möglichkeit nicht nutzt, können Kinder für selbst erstelltes Material kriminalisiert werden. Der Artikel kann zudem schriftliches und Audiomaterial erfassen und damit Kunst, Bildung und Literatur treffen.',
    safeguards:
      'Artikel 24 verlangt im innerstaatlichen Recht Bedingungen und Schutzvorkehrungen zum Schutz der Menschenrechte, darunter, soweit angebracht, eine gerichtliche oder sonstige unabhängige Überprüfung und einen wirksamen Rechtsbehelf. Wann das angebracht ist, entscheidet jeder Staat; eine vorherige richterliche Genehmigung und die Benachrichtigung der Betroffenen sind nicht vorgeschrieben. Ersucht ein anderer Staat unser Land um Daten, gelten unsere eigenen Schutzvorkehrungen (Artikel 24(4)) – wie stark sie in unserem Recht sind, entscheidet über den Schutz der Menschen hier.',
    'compelled-assistance':
      'Die Bestimmung über Durchsuchung und Beschlagnahme gespeicherter Daten (von Fachleuten als Artikel 28(4) zitiert) erlaubt es Behörden, jede Person, die die Funktionsweise eines Computersystems kennt, zur Herausgabe der für die Durchsuchung nötigen Informationen zu verpflichten. Die Internationale Handelskammer warnte, dies ermögliche erzwungene Mithilfe beim Überwinden von Sicherheitssystemen; die Global Network Initiative warnte vor Druck auf Beschäftigte der Tech-Branche, die von ihnen betreuten Systeme zu kompromittieren.',
    interception:
      'Die Artikel 29 und 30 sehen die Echtzeit-Erhebung von Verkehrsdaten und die Überwachung von Kommunikationsinhalten vor. Ein Brief von Wirtschaft und Zivilgesellschaft vom Februar 2024 nannte diese Bestimmungen zu weit gefasst: Sie erlauben geheime Datenerhebung ohne vorherige richterliche Genehmigung, während die Anbieter ihre Nutzerinnen und Nutzer nicht informieren können.',
    'evidence-sharing':
      'Nach Artikel 35 arbeiten die Staaten bei der Erhebung und Weitergabe elektronischer Beweismittel zu jeder schweren Straftat zusammen, nicht nur zu Cyberkriminalität. Damit wird der Vertrag zu einem allgemeinen Kanal für die Beweiserhebung, auch für Straftaten, die repressive Gesetze definieren; Kritiker weisen darauf hin, dass die beiderseitige Strafbarkeit keine feste Voraussetzung ist.',
    'secrecy-refusal':
      'Nach den Regeln zur Rechtshilfe in Artikel 40 kann ein ersuchender Staat verlangen, dass sein Ersuchen vertraulich bleibt, und die Ablehnung eines Ersuchens aus menschenrechtlichen Gründen liegt im Ermessen des ersuchten Staates. In der letzten Verhandlungsrunde bedauerte Costa Rica, dass es keinen ausdrücklichen Ablehnungsgrund für politische Straftaten gibt.',
    protocols:
      'Die Resolution der Generalversammlung, mit der das Übereinkommen angenommen wurde, sieht bereits Verhandlungen über ein Zusatzprotokoll zu weiteren Straftatbeständen vor. ARTICLE 19 warnt, Protokolle könnten zur Hintertür für die Inhalts- und Äußerungsdelikte werden, die aus dem Haupttext herausgehalten wurden.',
  },
  concern_titles: {
    'serious-crime':
      'das Einfallstor „schwere Straftat“ in Artikel 2(h), die jeder Staat selbst bestimmt',
    'security-research':
      'kein ausdrücklicher Schutz für Sicherheitsforschung in gutem Glauben, Journalismus oder Whistleblowing (Artikel 7 bis 11)',
    children:
      'Kinder können für Bilder von sich selbst verfolgt werden, weil Artikel 14(4) optional ist',
    safeguards:
      'Artikel 24 überlässt jedem Staat, wann gerichtliche Kontrolle und Rechtsbehelfe gelten, und verlangt keine vorherige richterliche Genehmigung',
    'compelled-assistance':
      'Menschen können gezwungen werden, beim Eindringen in Systeme zu helfen, die sie kennen',
    interception: 'Echtzeit-Erhebung und Überwachung von Inhalten (Artikel 29 und 30)',
    'evidence-sharing': 'Beweisaustausch zu jeder schweren Straftat (Artikel 35)',
    'secrecy-refusal': 'vertrauliche Ersuchen und Ablehnung nach Ermessen (Artikel 40)',
    protocols: 'künftige Protokolle könnten Äußerungsdelikte durch die Hintertür einführen',
  },
  asks: {
    do_not_sign:
      'Das Übereinkommen liegt bis zum 31. Dezember 2026 zur Unterzeichnung auf. Falls unser Land es noch nicht unterzeichnet hat, bitte ich Sie, dafür zu sorgen, dass es nicht unterzeichnet wird, und dies öffentlich zu erklären. Die Zusammenarbeit gegen Cyberkriminalität kann über bestehende, rechtsstaatliche Wege weitergehen: bilaterale Rechtshilfeverträge, das Budapester Übereinkommen des Europarats und sein Zweites Zusatzprotokoll, soweit unser Land ihnen beitreten kann, sowie Kapazitätsaufbau. Vor jeder Entscheidung über eine Unterzeichnung bitte ich um eine parlamentarische Anhörung oder eine Befassung im Ausschuss.',
    do_not_accede:
      'Die Unterzeichnungsfrist endete am 31. Dezember 2026; ein Staat, der nicht unterzeichnet hat, kann nur noch durch Beitritt Vertragspartei werden. Falls unser Land nicht unterzeichnet hat, bitte ich Sie, dafür zu sorgen, dass es nicht beitritt und dass kein Schritt in diese Richtung ohne parlamentarische Anhörung oder Befassung im Ausschuss erfolgt. Die Zusammenarbeit gegen Cyberkriminalität kann über bestehende, rechtsstaatliche Wege weitergehen: bilaterale Rechtshilfeverträge, das Budapester Übereinkommen des Europarats und sein Zweites Zusatzprotokoll, soweit unser Land ihnen beitreten kann, sowie Kapazitätsaufbau.',
    do_not_ratify:
      'Die Unterzeichnung allein bindet einen Staat nicht an die Pflichten des Übereinkommens; die Ratifizierung täte es. Ich bitte Sie, die Ratifizierung nicht zu unterstützen. Zumindest darf es keine Abstimmung ohne umfassende parlamentarische Prüfung geben: eine veröffentlichte Folgenabschätzung für Menschenrechte und Datenschutz sowie die Veröffentlichung aller Vorbehalte und Erklärungen, die die Regierung abgeben würde, lange vor jeder Abstimmung.',
    safeguards:
      'Welche Folgen es für die Menschen hier hat, entscheidet das Gesetz, das es umsetzt. Ich bitte Sie, sich in diesem Gesetz für verbindliche menschenrechtliche Schutzvorkehrungen einzusetzen: beiderseitige Strafbarkeit für jede Form der Zusammenarbeit; zwingende Ablehnung von Ersuchen, die politische Straftaten oder geschützte Meinungsäußerungen betreffen oder ein Verfolgungsrisiko bergen; vorherige unabhängige richterliche Genehmigung für Sicherung, Herausgabe, Durchsuchung, Echtzeit-Erhebung und Überwachung, im Inland wie bei ausländischen Ersuchen; keine Anordnung, die jemanden zwingt, Verschlüsselung zu schwächen oder Schwachstellen preiszugeben; gesetzlicher Schutz für Sicherheitsforschung in gutem Glauben, Journalismus und Whistleblowing; Nutzung der Möglichkeiten aus Artikel 14(4), damit Kinder nicht für Bilder von sich selbst verfolgt werden; Benachrichtigung der Betroffenen, sobald die Geheimhaltung nicht mehr nötig ist; jährliche öffentliche Statistiken zu Ersuchen und Ablehnungen; und Kontrolle durch einen parlamentarischen Ausschuss oder die Datenschutzbehörde, mit einer Überprüfungsklausel.',
  },
  eu_council:
    'Als Mitgliedstaat der Europäischen Union entscheidet unser Land auch über den Abschluss des Übereinkommens durch die EU mit, der einen Beschluss des Rates und die Zustimmung des Europäischen Parlaments erfordert. Ich bitte darum, dass unsere Regierung diesen Beschluss im Rat nicht unterstützt.',
  eu_consent:
    'Die Europäische Union hat das Übereinkommen am 25. Oktober 2025 unterzeichnet, sein Abschluss erfordert jedoch die Zustimmung des Europäischen Parlaments. Ich bitte Sie, diese Zustimmung zu verweigern und zuerst eine umfassende Prüfung der Auswirkungen auf Grundrechte und Datenschutz zu verlangen.',
  reply:
    'Über eine Antwort, in der Sie Ihre Haltung und Ihr weiteres Vorgehen darlegen, würde ich mich sehr freuen.',
  sign_off: 'Mit freundlichen Grüßen',
  anonymous_signature: 'Eine in unserem Land lebende Person',
  phone: {
    intro:
      'Guten Tag, mein Name ist {name}. Ich rufe {office} wegen des UN-Übereinkommens gegen Cyberkriminalität an.',
    intro_city:
      'Guten Tag, mein Name ist {name}, ich wohne in {city}. Ich rufe {office} wegen des UN-Übereinkommens gegen Cyberkriminalität an.',
    asks: {
      do_not_sign: 'Ich bitte darum, dass unser Land das Übereinkommen nicht unterzeichnet.',
      do_not_accede: 'Ich bitte darum, dass unser Land dem Übereinkommen nicht beitritt.',
      do_not_ratify: 'Ich bitte darum, dass unser Land das Übereinkommen nicht ratifiziert.',
      safeguards:
        'Ich bitte um verbindliche menschenrechtliche Schutzvorkehrungen im Umsetzungsgesetz.',
      eu_consent:
        'Ich bitte darum, dass das Europäische Parlament seine Zustimmung zum Übereinkommen verweigert.',
    },
    reasons: 'Meine wichtigsten Bedenken sind:',
    thanks:
      'Können Sie mir sagen, welche Haltung Ihr Büro dazu einnimmt? Vielen Dank für Ihre Zeit.',
  },
};
