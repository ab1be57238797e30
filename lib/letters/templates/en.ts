/**
 * English letter building blocks. Articles are paraphrased from the Convention's text (A/RES/79/243;
 * Arts. 1-15 read in the official Arabic text, Art. 24 as the issue-13 fact-check quotes it), with the
 * critics' reading beside it where it differs. Article numbers that commentators use but that were
 * not confirmed from the final text are attributed ("cited by commentators as"). The ask paragraphs
 * never state the country's status: `status` does, and only when it is confirmed (docs/letters.md).
 */
import type { LetterTemplate } from './types';

export const en: LetterTemplate = {
  lang: 'en',
  dir: 'ltr',
  subject: {
    do_not_sign: 'Please do not sign the UN Convention against Cybercrime',
    do_not_accede: 'Please do not accede to the UN Convention against Cybercrime',
    do_not_ratify: 'Please do not support ratification of the UN Convention against Cybercrime',
    safeguards:
      'UN Convention against Cybercrime: please press for binding human-rights safeguards',
    eu_consent:
      'UN Convention against Cybercrime: please withhold the European Parliament’s consent',
  },
  salutation: {
    us_senate: 'Dear Senator {name},',
    us_house: 'Dear Representative {name},',
    uk_commons: 'Dear {name} MP,',
    eu_parliament: 'Dear {name} MEP,',
    head_of_government: 'Dear Sir or Madam,',
    custom: 'Dear {name},',
  },
  us_house_titles: {
    delegate: 'Dear Delegate {name},',
    resident_commissioner: 'Dear Resident Commissioner {name},',
  },
  office_salutation: {
    prime_minister: 'Dear Prime Minister,',
    president: 'Dear President,',
    chancellor: 'Dear Chancellor,',
    government: 'Dear Sir or Madam,',
  },
  office_of: {
    person: 'the office of {name}',
    prime_minister: 'the office of the Prime Minister',
    president: 'the office of the President',
    chancellor: 'the office of the Chancellor',
    government: 'the office of the head of government',
  },
  date: '{day} {month} {year}',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  status: {
    signed: 'Our country signed the Convention on {date}.',
    ratified: 'Our country ratified the Convention on {date}.',
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
  article: 'I am writing after reading the article “{title}” ({outlet}, {url}).',
  article_passage:
    'I am writing after reading the article “{title}” ({outlet}, {url}), which reports: “{passage}”',
  concerns_intro: 'It is presented as a tool against cybercrime, but it reaches much further:',
  concerns: {
    'serious-crime':
      'Much of its cooperation covers any “serious crime”: conduct punishable by at least four years’ imprisonment under each state’s own law (Article 2(h)). Some states already punish criticism of the government, peaceful protest, same-sex relationships or investigative journalism that heavily. Article 6(2) forbids reading the Convention as permitting the suppression of human rights, but critics note that nothing enforces it.',
    'security-research':
      'The offences in Articles 7 to 11 require intentional conduct “without right”, and Article 11(2) excludes liability when the purpose is not to commit such an offence, with authorised testing as an example. But “without right” is undefined, dishonest intent and serious harm are optional conditions, and there is no explicit protection for good-faith security research, journalism or whistleblowing. In February 2024 an open letter with 124 signatories from the security community warned that legitimate research could be criminalised.',
    children:
      'Article 14(4) allows, but does not require, states to exclude children from prosecution for images of themselves. Where a state does not use that option, children can be criminalised for self-generated material. The article may also extend to written and audio material, which risks capturing art, education and literature.',
    safeguards:
      'Article 24 requires conditions and safeguards in domestic law that protect human rights, including, where appropriate, judicial or other independent review and an effective remedy. Each state decides where that is; prior authorisation by a judge and notice to the people affected are not required. When another state asks ours for data, our own safeguards apply (Article 24(4)), so their strength in our law decides how well people here are protected.',
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
      'no explicit protection for good-faith security research, journalism or whistleblowing in Articles 7 to 11',
    children:
      'children can be prosecuted for images of themselves, because Article 14(4) is optional',
    safeguards:
      'Article 24 leaves it to each state when judicial review and remedies apply, and requires no prior judicial authorisation',
    'compelled-assistance': 'people can be ordered to help break into the systems they know',
    interception: 'real-time collection and interception in Articles 29 and 30',
    'evidence-sharing': 'evidence sharing for any serious crime under Article 35',
    'secrecy-refusal': 'confidential requests and refusal left to discretion under Article 40',
    protocols: 'future protocols could add speech offences through the back door',
  },
  asks: {
    do_not_sign:
      'The Convention is open for signature until 31 December 2026. If our country has not yet signed it, I ask you to make sure that it does not sign, and to say so publicly. Cooperation against cybercrime can continue through existing channels that respect rights: bilateral mutual legal assistance treaties, the Council of Europe’s Budapest Convention and its Second Protocol where our country can join them, and capacity-building. Before any decision to sign, I ask for a parliamentary hearing or committee inquiry.',
    do_not_accede:
      'The signature period closed on 31 December 2026; a state that did not sign can now become a party only by accession. If our country did not sign, I ask you to make sure that it does not accede, and that no step towards accession is taken without a parliamentary hearing or committee inquiry. Cooperation against cybercrime can continue through existing channels that respect rights: bilateral mutual legal assistance treaties, the Council of Europe’s Budapest Convention and its Second Protocol where our country can join them, and capacity-building.',
    do_not_ratify:
      'Signature alone does not bind a state to the Convention’s obligations; ratification would. I ask you not to support ratification. At the very least, no vote should take place without full parliamentary scrutiny, including a published assessment of the impact on human rights and data protection and every reservation the government would make.',
    safeguards:
      'What will decide its effect on people here is the law that implements it. I ask you to press for binding human-rights safeguards in that law: dual criminality for every form of cooperation; mandatory refusal of requests that concern political offences or protected expression, or that risk persecution; prior independent judicial authorisation for preservation, production, search, real-time collection and interception, at home and for foreign requests alike; no order that forces anyone to weaken encryption or disclose vulnerabilities; protection in law for good-faith security research, journalism and whistleblowing; use of the Article 14(4) options so that children are not prosecuted for images of themselves; notice to the people affected once secrecy is no longer needed; annual public statistics on requests and refusals; and oversight by a parliamentary committee or the data protection authority, with a review clause.',
  },
  eu_council:
    'As a member of the European Union, our country also has a say in the EU’s own conclusion of the Convention, which requires a decision of the Council and the consent of the European Parliament. I ask that our government does not support that decision in the Council.',
  eu_consent:
    'The European Union signed the Convention on 25 October 2025, but its conclusion requires the consent of the European Parliament. I ask you to withhold that consent, and to call first for a full assessment of the Convention’s impact on fundamental rights and data protection.',
  reply: 'I would be grateful for a reply setting out your position and what you intend to do.',
  sign_off: 'Yours sincerely,',
  anonymous_signature: 'A concerned resident',
  phone: {
    intro:
      'Hello, my name is {name}. I am calling {office} about the UN Convention against Cybercrime.',
    intro_city:
      'Hello, my name is {name}, from {city}. I am calling {office} about the UN Convention against Cybercrime.',
    asks: {
      do_not_sign: 'I am asking that our country does not sign the Convention.',
      do_not_accede: 'I am asking that our country does not accede to the Convention.',
      do_not_ratify: 'I am asking that our country does not ratify the Convention.',
      safeguards:
        'I am asking for binding human-rights safeguards in the law that implements the Convention.',
      eu_consent:
        'I am asking that the European Parliament withholds its consent to the Convention.',
    },
    reasons: 'My main concerns are:',
    thanks: 'Could you tell me what position the office takes on this? Thank you for your time.',
  },
};
