/** German letter building blocks (same facts and caveats as en.ts). */
import type { LetterTemplate } from './types';

export const de: LetterTemplate = {
  lang: 'de',
  dir: 'ltr',
  subject: {
    do_not_sign: 'Bitte unterzeichnen Sie das UN-Übereinkommen gegen Cyberkriminalität nicht',
    do_not_accede: 'Bitte treten Sie dem UN-Übereinkommen gegen Cyberkriminalität nicht bei',
    do_not_ratify:
      'UN-Übereinkommen gegen Cyberkriminalität: keine Ratifizierung ohne umfassende parlamentarische Prüfung',
    safeguards:
      'UN-Übereinkommen gegen Cyberkriminalität: verbindliche Schutzvorkehrungen für Grundrechte',
    eu_consent:
      'UN-Übereinkommen gegen Cyberkriminalität: bitte verweigern Sie die Zustimmung des Europäischen Parlaments',
  },
  salutation: {
    us_senate: 'Guten Tag, Senator/in {name},',
    us_house: 'Guten Tag, Abgeordnete/r {name},',
    uk_commons: 'Guten Tag {name},',
    eu_parliament: 'Guten Tag {name},',
    head_of_government: 'Sehr geehrte Damen und Herren,',
    custom: 'Guten Tag {name},',
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
  article: 'Anlass für mein Schreiben ist der Artikel „{title}“ ({outlet}, {url}).',
  article_passage:
    'Anlass für mein Schreiben ist der Artikel „{title}“ ({outlet}, {url}), in dem es heißt: „{passage}“',
  concerns_intro:
    'Das Übereinkommen wird als Instrument gegen Cyberkriminalität dargestellt, reicht aber weit darüber hinaus. Insbesondere:',
  concerns: {
    'serious-crime':
      'Sein Einfallstor ist die Definition der „schweren Straftat“ in Artikel 2(h): jedes Verhalten, das mit einer Höchststrafe von mindestens vier Jahren Freiheitsentzug bedroht ist. Da jeder Staat seine Strafen selbst festlegt, kann eine Regierung Äußerungsdelikte in den Anwendungsbereich des Vertrags bringen, indem sie einfach das Strafmaß erhöht. Menschenrechtsorganisationen weisen darauf hin, dass manche Staaten Regierungskritik, friedlichen Protest, gleichgeschlechtliche Beziehungen und investigativen Journalismus schon heute so hart bestrafen.',
    'security-research':
      'Die Straftatbestände der Artikel 7 bis 11 enthalten keinen allgemeinen Schutz für Sicherheitsforschung in gutem Glauben, für Journalismus oder für Whistleblower. Vorsatz- und Schadenserfordernisse sind optional, „unbefugt“ ist nicht definiert, und Artikel 11(2) schützt nur autorisierte Tests. Im Februar 2024 warnte ein offener Brief von Sicherheitsforschenden mit 124 Unterzeichnenden, dass viel legitime Forschung als Straftat behandelt werden könnte.',
    children:
      'Artikel 14(4) erlaubt den Staaten, verpflichtet sie aber nicht, Kinder für Bilder von sich selbst von der Strafverfolgung auszunehmen. Wo ein Staat diese Möglichkeit nicht nutzt, können Kinder für selbst erstelltes Material kriminalisiert werden. Der Artikel kann zudem schriftliches und Audiomaterial erfassen und damit Kunst, Bildung und Literatur treffen.',
    safeguards:
      'Artikel 24 überlässt Bedingungen und Schutzvorkehrungen für die Menschenrechte dem innerstaatlichen Recht jedes Staates. Er setzt keinen Mindeststandard für vorherige richterliche Genehmigung, Benachrichtigung der Betroffenen oder wirksame Rechtsbehelfe; in der Praxis hängt der Schutz vom schwächsten beteiligten Rechtssystem ab.',
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
      'kein Schutz für Sicherheitsforschung, Journalismus oder Whistleblower (Artikel 7 bis 11)',
    children:
      'Kinder können für Bilder von sich selbst verfolgt werden, weil Artikel 14(4) optional ist',
    safeguards: 'der Schutz der Menschenrechte bleibt dem nationalen Recht überlassen (Artikel 24)',
    'compelled-assistance':
      'Menschen können gezwungen werden, beim Eindringen in Systeme zu helfen, die sie kennen',
    interception: 'Echtzeit-Erhebung und Überwachung von Inhalten (Artikel 29 und 30)',
    'evidence-sharing': 'Beweisaustausch zu jeder schweren Straftat (Artikel 35)',
    'secrecy-refusal': 'vertrauliche Ersuchen und Ablehnung nach Ermessen (Artikel 40)',
    protocols: 'künftige Protokolle könnten Äußerungsdelikte durch die Hintertür einführen',
  },
  asks: {
    do_not_sign:
      'Unser Land hat das Übereinkommen nicht unterzeichnet, und die Zeichnungsfrist endet am 31. Dezember 2026. Ich bitte Sie, dafür zu sorgen, dass es nicht unterzeichnet wird, und dies öffentlich zu erklären. Die Zusammenarbeit gegen Cyberkriminalität kann über bestehende, grundrechtsgebundene Wege weitergehen: bilaterale Rechtshilfeverträge, das Budapester Übereinkommen des Europarats und sein Zweites Zusatzprotokoll, soweit unser Land daran teilnehmen kann, sowie Kapazitätsaufbau. Vor jeder Entscheidung über eine Unterzeichnung bitte ich um eine parlamentarische Anhörung oder eine Befassung im Ausschuss.',
    do_not_accede:
      'Unser Land hat das Übereinkommen bis zum Ende der Zeichnungsfrist am 31. Dezember 2026 nicht unterzeichnet; es könnte nur noch durch Beitritt Vertragspartei werden. Ich bitte Sie, sich gegen einen Beitritt zu stellen und darauf zu bestehen, dass kein solcher Schritt ohne parlamentarische Anhörung oder Befassung im Ausschuss erfolgt. Die Zusammenarbeit gegen Cyberkriminalität kann über bestehende, grundrechtsgebundene Wege weitergehen: bilaterale Rechtshilfeverträge, das Budapester Übereinkommen des Europarats und sein Zweites Zusatzprotokoll, soweit unser Land daran teilnehmen kann, sowie Kapazitätsaufbau.',
    do_not_ratify:
      'Unser Land hat das Übereinkommen unterzeichnet, doch die Unterzeichnung allein begründet noch nicht seine verbindlichen Pflichten – das täte erst die Ratifizierung. Ich bitte Sie, die Ratifizierung nicht zu unterstützen und zuerst auf einer umfassenden parlamentarischen Prüfung zu bestehen, einschließlich einer veröffentlichten Folgenabschätzung für Menschenrechte und Datenschutz sowie der rechtzeitigen Veröffentlichung aller Vorbehalte und Erklärungen, die die Regierung abgeben würde, lange vor jeder Abstimmung.',
    safeguards:
      'Unser Land hat das Übereinkommen ratifiziert; entscheidend ist nun, wie es umgesetzt wird. Ich bitte Sie, sich für verbindliche gesetzliche Schutzvorkehrungen einzusetzen: beiderseitige Strafbarkeit für jede Form der Zusammenarbeit; zwingende Ablehnung von Ersuchen, die politische Straftaten oder geschützte Meinungsäußerungen betreffen oder ein Verfolgungsrisiko bergen; vorherige unabhängige richterliche Genehmigung für Sicherung, Herausgabe, Durchsuchung, Echtzeit-Erhebung und Überwachung, im Inland wie bei ausländischen Ersuchen; keine Anordnung, die jemanden zwingt, Verschlüsselung zu schwächen oder Schwachstellen preiszugeben; gesetzlicher Schutz für Sicherheitsforschung in gutem Glauben, Journalismus und Whistleblower; Nutzung der Möglichkeiten aus Artikel 14(4), damit Kinder nicht für Bilder von sich selbst verfolgt werden; Benachrichtigung der Betroffenen, sobald die Geheimhaltung nicht mehr nötig ist; jährliche öffentliche Statistiken zu Ersuchen nach Land und Art sowie zu Ablehnungen; und Kontrolle durch einen parlamentarischen Ausschuss oder die Datenschutzbehörde, mit einer Überprüfungsklausel.',
  },
  eu_council:
    'Als Mitgliedstaat der Europäischen Union entscheidet unser Land auch über den Abschluss des Übereinkommens durch die EU mit, der einen Beschluss des Rates und die Zustimmung des Europäischen Parlaments erfordert. Ich bitte darum, dass unsere Regierung diesen Beschluss im Rat nicht unterstützt.',
  eu_consent:
    'Die Europäische Union hat das Übereinkommen am 25. Oktober 2025 unterzeichnet, sein Abschluss erfordert jedoch die Zustimmung des Europäischen Parlaments. Ich bitte Sie, diese Zustimmung zu verweigern und zuerst eine umfassende Prüfung der Auswirkungen auf Grundrechte und Datenschutz zu verlangen.',
  reply:
    'Über eine Antwort, in der Sie Ihre Haltung und Ihr weiteres Vorgehen darlegen, würde ich mich sehr freuen.',
  sign_off: 'Mit freundlichen Grüßen',
  phone: {
    intro:
      'Guten Tag, mein Name ist {name}. Ich rufe im Büro von {recipient} wegen des UN-Übereinkommens gegen Cyberkriminalität an.',
    intro_city:
      'Guten Tag, mein Name ist {name}, ich wohne in {city}. Ich rufe im Büro von {recipient} wegen des UN-Übereinkommens gegen Cyberkriminalität an.',
    asks: {
      do_not_sign:
        'Ich bitte darum, dass unser Land das Übereinkommen vor Fristende am 31. Dezember 2026 nicht unterzeichnet.',
      do_not_accede: 'Ich bitte darum, dass unser Land dem Übereinkommen nicht beitritt.',
      do_not_ratify:
        'Ich bitte darum, dass das Übereinkommen nicht ohne umfassende parlamentarische Prüfung ratifiziert wird.',
      safeguards:
        'Ich bitte um verbindliche menschenrechtliche Schutzvorkehrungen im Umsetzungsgesetz.',
      eu_consent:
        'Ich bitte darum, dass das Europäische Parlament seine Zustimmung zum Übereinkommen verweigert.',
    },
    reasons: 'Meine wichtigsten Bedenken sind:',
    thanks: 'Können Sie mir sagen, wie {recipient} dazu steht? Vielen Dank für Ihre Zeit.',
  },
};
