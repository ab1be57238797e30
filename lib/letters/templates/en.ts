/**
 * English letter building blocks. Facts follow docs/campaign sources (research notes of
 * 2026-11-27): only verified statements are made as fact; article numbers that commentators
 * use but that were not confirmed from the final text are attributed ("as commentators cite").
 */
import type { LetterTemplate } from './types';

export const en: LetterTemplate = {
  lang: 'en',
  dir: 'ltr',
  subject: {
    do_not_sign: 'Please do not sign the UN Convention against Cybercrime',
    do_not_accede: 'Please do not accede to the UN Convention against Cybercrime',
    do_not_ratify:
      'UN Convention against Cybercrime: no ratification without full parliamentary scrutiny',
    safeguards: 'UN Convention against Cybercrime: binding human-rights safeguards are needed',
    eu_consent:
      'UN Convention against Cybercrime: please withhold the European Parliament’s consent',
  },
  salutation: {
    us_senate: 'Dear Senator {name},',
    us_house: 'Dear Representative {name},',
    uk_commons: 'Dear {name} MP,',
    eu_parliament: 'Dear {name},',
    head_of_government: 'Dear Sir or Madam,',
    custom: 'Dear {name},',
  },
  opening:
    'I am writing to you about the United Nations Convention against Cybercrime, which the UN General Assembly adopted on 24 December 2024 and which opened for signature in Hanoi in October 2025.',
  opening_city:
    'I am writing to you from {city} about the United Nations Convention against Cybercrime, which the UN General Assembly adopted on 24 December 2024 and which opened for signature in Hanoi in October 2025.',
  roles: {
    journalist: 'I work in journalism.',
    security_researcher: 'I work in IT security research.',
    it_worker: 'I work in information technology.',
    lawyer: 'I work in the law.',
    parent: 'I am a parent.',
    teacher: 'I work in education.',
    business_owner: 'I run a business.',
    student: 'I am a student.',
  },
  role_custom: 'About me: {role}.',
  article: 'I was prompted to write by the article “{title}” ({outlet}, {url}).',
  article_passage:
    'I was prompted to write by the article “{title}” ({outlet}, {url}), which reports: “{passage}”',
  concerns_intro:
    'The Convention is presented as a tool against cybercrime, but its reach goes much further. In particular:',
  concerns: {
    'serious-crime':
      'Its gateway is the definition of “serious crime” in Article 2(h): any conduct punishable by a maximum of at least four years’ imprisonment. Because each state sets its own penalties, a government can bring speech offences within the treaty’s reach simply by raising the penalty. Human rights organisations point out that some states already punish criticism of the government, peaceful protest, same-sex relationships and investigative journalism that heavily.',
    'security-research':
      'The offences in Articles 7 to 11 contain no general protection for good-faith security research, journalism or whistleblowing. Intent and harm requirements are optional, “without right” is left undefined, and Article 11(2) protects only authorised testing. In February 2024, an open letter from security researchers with 124 signatories warned that much legitimate research could be treated as a crime.',
    children:
      'Article 14(4) allows, but does not require, states to exclude children from prosecution for images of themselves. Where a state does not use that option, children can be criminalised for self-generated material. The article may also extend to written and audio material, which risks capturing art, education and literature.',
    safeguards:
      'Article 24 leaves human-rights conditions and safeguards to each state’s domestic law. It sets no minimum standard of prior judicial authorisation, notice to the people affected or effective remedy, so in practice protection depends on the weakest legal system involved.',
    'compelled-assistance':
      'The provision on search and seizure of stored data (cited by commentators as Article 28(4)) lets authorities order any person who knows how a computer system works to provide the information needed to search it. The International Chamber of Commerce warned that this enables compelled assistance to breach security systems, and the Global Network Initiative warned of pressure on technology workers to compromise the systems they run.',
    interception:
      'Articles 29 and 30 provide for real-time collection of traffic data and interception of the content of communications. A February 2024 letter from industry and civil society called these provisions overly broad, warning that they allow secret collection without prior judicial authorisation while providers are unable to tell their users.',
    'evidence-sharing':
      'Under Article 35, states cooperate in collecting and sharing electronic evidence of any serious crime, not only cybercrime. This makes the treaty a general channel for gathering evidence, including for offences defined by repressive laws, and critics note that dual criminality, the requirement that the conduct be a crime in both countries, is not a firm condition.',
    'secrecy-refusal':
      'Under the mutual legal assistance rules of Article 40, a requesting state can ask for its request to be kept confidential, and refusing a request on human-rights grounds is left to the requested state’s discretion. At the final negotiating session, Costa Rica regretted that there is no explicit ground to refuse cooperation over political offences.',
    protocols:
      'The General Assembly resolution that adopted the Convention already mandates negotiations on a supplementary protocol on additional criminal offences. ARTICLE 19 warns that protocols could become a back door for the content and speech offences that were kept out of the main text.',
  },
  concern_titles: {
    'serious-crime':
      'the “serious crime” gateway in Article 2(h), which lets each state decide what counts',
    'security-research':
      'no protection for security research, journalism or whistleblowing in Articles 7 to 11',
    children:
      'children can be prosecuted for images of themselves, because Article 14(4) is optional',
    safeguards: 'human-rights safeguards are left to national law by Article 24',
    'compelled-assistance': 'people can be ordered to help break into the systems they know',
    interception: 'real-time collection and interception in Articles 29 and 30',
    'evidence-sharing': 'evidence sharing for any serious crime under Article 35',
    'secrecy-refusal': 'confidential requests and refusal left to discretion under Article 40',
    protocols: 'future protocols could add speech offences through the back door',
  },
  asks: {
    do_not_sign:
      'Our country has not signed the Convention, and the signature period closes on 31 December 2026. I ask you to make sure that it does not sign, and to say so publicly. Cooperation against cybercrime can continue through existing, rights-based channels: bilateral mutual legal assistance treaties, the Council of Europe’s Budapest Convention and its Second Protocol where our country is eligible, and capacity-building. Before any decision to sign is taken, I ask for a parliamentary hearing or committee inquiry.',
    do_not_accede:
      'Our country did not sign the Convention before the signature period closed on 31 December 2026; it could now join only by accession. I ask you to oppose accession, and to insist that no such step is taken without a parliamentary hearing or committee inquiry. Cooperation against cybercrime can continue through existing, rights-based channels: bilateral mutual legal assistance treaties, the Council of Europe’s Budapest Convention and its Second Protocol where our country is eligible, and capacity-building.',
    do_not_ratify:
      'Our country has signed the Convention, but signature alone does not create its binding obligations: ratification would. I ask you not to support ratification, and to insist on full parliamentary scrutiny first, including a published assessment of its impact on human rights and data protection, and publication of every reservation and declaration the government would make, well before any vote.',
    safeguards:
      'Our country has ratified the Convention, so what matters now is how it is implemented. I ask you to press for binding safeguards in law: dual criminality for every form of cooperation; mandatory refusal of requests that concern political offences or protected expression, or that risk persecution; prior independent judicial authorisation for preservation, production, search, real-time collection and interception, at home and for foreign requests alike; no order that forces anyone to weaken encryption or disclose vulnerabilities; statutory protection for good-faith security research, journalism and whistleblowing; use of the Article 14(4) options so that children are not prosecuted for images of themselves; notice to the people affected once secrecy is no longer needed; annual public statistics on requests, by country and type, and on refusals; and oversight by a parliamentary committee or the data protection authority, with a review clause.',
  },
  eu_council:
    'As a member of the European Union, our country also has a say in the EU’s own conclusion of the Convention, which requires a decision of the Council and the consent of the European Parliament. I ask that our government does not support that decision in the Council.',
  eu_consent:
    'The European Union signed the Convention on 25 October 2025, but its conclusion requires the consent of the European Parliament. I ask you to withhold that consent, and to call first for a full assessment of the Convention’s impact on fundamental rights and data protection.',
  reply: 'I would be grateful for a reply setting out your position and what you intend to do.',
  sign_off: 'Yours sincerely,',
  phone: {
    intro:
      'Hello, my name is {name}. I am calling the office of {recipient} about the UN Convention against Cybercrime.',
    intro_city:
      'Hello, my name is {name}, from {city}. I am calling the office of {recipient} about the UN Convention against Cybercrime.',
    asks: {
      do_not_sign:
        'I am asking that our country does not sign the Convention before the deadline of 31 December 2026.',
      do_not_accede: 'I am asking that our country does not accede to the Convention.',
      do_not_ratify:
        'I am asking that the Convention is not ratified without full parliamentary scrutiny.',
      safeguards:
        'I am asking for binding human-rights safeguards in the law that implements the Convention.',
      eu_consent:
        'I am asking that the European Parliament withholds its consent to the Convention.',
    },
    reasons: 'My main concerns are:',
    thanks: 'Could you please tell me where {recipient} stands? Thank you for your time.',
  },
};
