/**
 * Russian and Chinese text of the status notes and world-wide figures, keyed by their English
 * text (the notes live in countries.ts and global.ts, which change often). A note whose English
 * changes loses its Russian and Chinese until its entry here is updated: readers then see the
 * English, marked as such by `localize`. Same statements and caveats as the English.
 */
import type { CountryStatus, GlobalStatus, Localized } from '../types';

export const NOTES_RU_ZH: Readonly<Record<string, { ru: string; zh: string }>> = {
  'Signed at Hanoi. Its national statement said it would not cooperate with any country that fails to comply with the convention’s safeguards. No ratification found.':
    {
      ru: 'Подписала в Ханое. В национальном заявлении говорилось, что страна не будет сотрудничать ни с одним государством, не соблюдающим гарантии конвенции. Ратификация не найдена.',
      zh: '已在河内签署。其国家声明表示，不会与任何不遵守公约保障措施的国家合作。未发现批准记录。',
    },
  'Did not sign at the Hanoi ceremony (25–26 Oct 2025). The sources found show no later signature, but this may have changed: check the UN Treaty Collection.':
    {
      ru: 'Не подписала на церемонии в Ханое (25–26 октября 2025 г.). Найденные источники не показывают более позднего подписания, но ситуация могла измениться: проверьте Собрание договоров ООН.',
      zh: '未在河内仪式（2025年10月25日至26日）上签署。所查到的来源未显示此后签署，但情况可能已有变化：请查阅联合国条约集。',
    },
  'Not among the signatories named in the sources we could check. About 76 participants are reported to have signed by May 2026, not all of them identified, so this state’s status is unconfirmed.':
    {
      ru: 'Не входит в число подписавших, названных в источниках, которые мы смогли проверить. По имеющимся сведениям, к маю 2026 г. подписали около 76 участников, не все из них известны, поэтому статус этого государства не подтверждён.',
      zh: '不在我们能够核查的来源所列签署方之中。据报道，截至2026年5月约有76个参与方签署，但并未全部确认，因此该国的状态未经证实。',
    },
  'Parliament approved ratification on 10 Feb 2026 and the President signed the approval law, with declarations and reservations, on 23 Feb 2026. The date the instrument was deposited with the UN is not confirmed.':
    {
      ru: 'Парламент одобрил ратификацию 10 февраля 2026 г., а президент подписал закон об утверждении с заявлениями и оговорками 23 февраля 2026 г. Дата сдачи документа на хранение в ООН не подтверждена.',
      zh: '议会于2026年2月10日批准，总统于2026年2月23日签署了附有声明和保留的批准法。向联合国交存文书的日期未经证实。',
    },
  'Reported by secondary sources to have ratified in February 2026, with reservations. Not confirmed against the UN Treaty Collection; the date is unverified.':
    {
      ru: 'По данным вторичных источников, ратифицировала в феврале 2026 г. с оговорками. По Собранию договоров ООН не подтверждено; дата не проверена.',
      zh: '据二手来源报道，已于2026年2月附保留批准。未经联合国条约集证实；日期未经核实。',
    },
  'Host of the signing ceremony; signed first. Reported by secondary sources as a ratifier by about April–May 2026 (in January 2026 it was still completing domestic procedures). Not confirmed against the UN Treaty Collection.':
    {
      ru: 'Принимала церемонию подписания и подписала первой. Вторичные источники относят её к ратифицировавшим примерно к апрелю–маю 2026 г. (в январе 2026 г. она ещё завершала внутренние процедуры). По Собранию договоров ООН не подтверждено.',
      zh: '签署仪式东道国，第一个签署。二手来源称其约在2026年4月至5月间已批准（2026年1月时仍在完成国内程序）。未经联合国条约集证实。',
    },
  'Did not sign at Hanoi. A signature in mid-2026 (May or July) is reported only by secondary digests citing a Government of Canada news release; not confirmed.':
    {
      ru: 'Не подписала в Ханое. О подписании в середине 2026 г. (в мае или июле) сообщают лишь вторичные обзоры со ссылкой на пресс-релиз правительства Канады; не подтверждено.',
      zh: '未在河内签署。仅有引用加拿大政府新闻稿的二手摘要报道其于2026年年中（5月或7月）签署；未经证实。',
    },
  'Had not signed as of January 2026. A later claim that India “ratified” comes from an unreliable automated briefing and is very probably wrong.':
    {
      ru: 'По состоянию на январь 2026 г. не подписала. Более позднее утверждение, что Индия «ратифицировала» конвенцию, взято из ненадёжного автоматического обзора и почти наверняка ошибочно.',
      zh: '截至2026年1月尚未签署。后来有关印度“已批准”的说法来自一份不可靠的自动生成简报，很可能是错误的。',
    },
  'Began its ratification process in January 2026; completion is not confirmed.': {
    ru: 'Начала процедуру ратификации в январе 2026 г.; её завершение не подтверждено.',
    zh: '已于2026年1月启动批准程序；是否完成未经证实。',
  },
  'Did not sign at Hanoi; reportedly plans to sign later. No later signature found in the sources, but this may have changed: check the UN Treaty Collection.':
    {
      ru: 'Не подписала в Ханое; по сообщениям, планирует подписать позже. Более позднего подписания в источниках не найдено, но ситуация могла измениться: проверьте Собрание договоров ООН.',
      zh: '未在河内签署；据报道计划日后签署。来源中未发现此后签署，但情况可能已有变化：请查阅联合国条约集。',
    },
  'Attended the Hanoi ceremony through its ambassador but did not sign; the State Department said it “continues to review the treaty” (late Oct 2025). No later signature found.':
    {
      ru: 'Присутствовали на церемонии в Ханое в лице посла, но не подписали; Государственный департамент заявил, что «продолжает изучать договор» (конец октября 2025 г.). Более позднего подписания не найдено.',
      zh: '通过其大使出席了河内仪式，但没有签署；国务院表示“继续审查该条约”（2025年10月下旬）。未发现此后签署。',
    },
  'The Commission signed for the EU after the Council authorised signature (13 Oct 2025). Conclusion, the EU’s ratification, needs a further Council decision and the consent of the European Parliament; no consent found so far.':
    {
      ru: 'Комиссия подписала конвенцию от имени ЕС после того, как Совет разрешил подписание (13 октября 2025 г.). Для заключения — ратификации со стороны ЕС — нужны ещё одно решение Совета и согласие Европейского парламента; согласие пока не найдено.',
      zh: '在理事会授权签署（2025年10月13日）后，欧盟委员会代表欧盟签署。缔结即欧盟的批准，还需要理事会再作决定并获得欧洲议会同意；目前尚未发现这种同意。',
    },
  '72 signed at the Hanoi ceremony (25–26 Oct 2025), according to UNODC and the UN Treaty Collection; whether that figure includes the EU is unclear. Secondary sources report about 74 signatories by March 2026 and about 76 by May 2026 (not confirmed).':
    {
      ru: 'По данным УНП ООН и Собрания договоров ООН, на церемонии в Ханое (25–26 октября 2025 г.) подписали 72 участника; включает ли это число ЕС, неясно. Вторичные источники сообщают примерно о 74 подписавших к марту 2026 г. и примерно о 76 к маю 2026 г. (не подтверждено).',
      zh: '据联合国毒品和犯罪问题办公室和联合国条约集，河内仪式（2025年10月25日至26日）上有72个签署方；该数字是否包括欧盟尚不清楚。二手来源报道，截至2026年3月约有74个签署方，截至2026年5月约有76个（未经证实）。',
    },
  'Open for signature at UN Headquarters until 31 Dec 2026; after that, states can only accede. It enters into force on the 90th day after the 40th instrument of ratification, acceptance, approval or accession is deposited; the EU’s instrument does not count on top of its member states’. About three ratifications were reported by May 2026, so it is not in force.':
    {
      ru: 'Открыта для подписания в Центральных учреждениях ООН до 31 декабря 2026 г.; после этого государства смогут только присоединиться. Вступает в силу на 90-й день после сдачи на хранение 40-го документа о ратификации, принятии, утверждении или присоединении; документ ЕС не засчитывается в дополнение к документам его государств-членов. К маю 2026 г. сообщалось примерно о трёх ратификациях, поэтому она не действует.',
      zh: '在联合国总部开放签署至2026年12月31日；此后各国只能加入。公约在第40份批准书、接受书、核准书或加入书交存后第90天生效；欧盟的文书不在其成员国文书之外另行计算。截至2026年5月约有三份批准的报道，因此公约尚未生效。',
    },
};

/** A note with its Russian and Chinese added when there is an entry for its English text. */
export function noteWithRuZh(note: Localized): Localized {
  const t = NOTES_RU_ZH[note.en];
  return t ? { ...note, ru: note.ru ?? t.ru, zh: note.zh ?? t.zh } : note;
}

/** A status with its note translated (see `noteWithRuZh`). */
export function countryWithRuZh(c: CountryStatus): CountryStatus {
  return c.note ? { ...c, note: noteWithRuZh(c.note) } : c;
}

/** World-wide figures with their notes translated. */
export function globalWithRuZh(g: GlobalStatus): GlobalStatus {
  return {
    ...g,
    signatoriesNote: noteWithRuZh(g.signatoriesNote),
    entryIntoForce: noteWithRuZh(g.entryIntoForce),
  };
}
