// One focused test per rule of issue 3: names and inflections that must match, and every kind
// of hard negative that must not.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/detection/normalize';
import { MACROS, prep, TABLE, topLevel } from '../../../lib/detection/patterns';
import { articlePage, parse, run } from './helpers';

const match = (html: string, lang = 'en') => run(articlePage(html, lang));

describe('names, inflections and compounds that match', () => {
  it.each([
    ['en', 'The United Nations Convention against Cybercrime opened for signature.'],
    ['en', 'Critics of the UN cybercrime treaty met in Geneva.'],
    ['en', 'Analysts discussed the UN’s controversial new cybercrime pact.'],
    ['en', 'Delegates met to discuss the UN Convention on Cybercrime and its protocol.'],
    ['en', 'Viet Nam urged states to ratify the Hanoi Convention quickly.'],
    ['ru', 'Россия подписала Конвенцию ООН против киберпреступности.'],
    ['ru', 'Эксперты спорят о Конвенции ООН против киберпреступности.'],
    [
      'ru',
      'Над Конвенцией Организации Объединённых Наций против киберпреступности работали пять лет.',
    ],
    ['ru', 'О Ханойской конвенции говорили на форуме, где её подписали.'],
    ['pl', 'Polska podpisała Konwencję Narodów Zjednoczonych przeciwko cyberprzestępczości.'],
    ['pl', 'Rząd nie spieszy się z Konwencją ONZ o cyberprzestępczości.'],
    [
      'pl',
      'Dyskusja o Konwencji Organizacji Narodów Zjednoczonych przeciwko cyberprzestępczości trwa.',
    ],
    ['de', 'Die UN-Cybercrime-Konvention wurde in Hanoi unterzeichnet.'],
    ['de', 'Kritik am UN-Cybercrimeabkommen wächst.'],
    ['de', 'Die UN-Konvention gegen Cyberkriminalität ist umstritten.'],
    ['de', 'Die UN Cybercrime-Konvention ist umstritten.'],
    [
      'de',
      'Das Übereinkommen der Vereinten Nationen gegen Computerkriminalität liegt zur Zeichnung auf.',
    ],
    ['nl', 'Het VN-cybercrimeverdrag is ondertekend.'],
    [
      'nl',
      'Het Verdrag van de Verenigde Naties tegen computercriminaliteit ligt ter ondertekening.',
    ],
    ['tr', 'Türkiye BM Siber Suç Sözleşmesi’ni imzaladı.'],
    ['tr', 'Birleşmiş Milletler Siber Suçlarla Mücadele Sözleşmesi’nin metni yayımlandı.'],
    ['fr', 'La Convention des Nations unies contre la cybercriminalité a été signée.'],
    ['es', 'La Convención de las Naciones Unidas contra la Ciberdelincuencia fue firmada.'],
    ['pt', 'A Convenção das Nações Unidas contra o Crime Cibernético foi assinada.'],
    ['it', 'La Convenzione delle Nazioni Unite contro la criminalità informatica è stata firmata.'],
    ['ar', 'وقعت الدول على اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية.'],
    ['zh', '《联合国打击网络犯罪公约》在河内开放签署。'],
    ['ja', '国連サイバー犯罪条約の署名式が開かれた。'],
    ['ko', '유엔 사이버범죄 협약 서명식이 열렸다.'],
    ['vi', 'Công ước của Liên Hợp Quốc về chống tội phạm mạng được mở ký.'],
    ['id', 'Konvensi PBB Melawan Kejahatan Siber dibuka untuk ditandatangani.'],
  ])('%s: %s', (lang, text) => {
    const r = match(`<p>${text}</p>`, lang);
    expect(r.reasons.join('; ')).toContain('mention');
    expect(r.match).toBe(true);
  });
});

describe('hard negatives', () => {
  it.each([
    [
      'Budapest, bare English name',
      'Thirty officers trained on the Convention on Cybercrime, opened for signature in 2001.',
    ],
    [
      'Budapest, CoE',
      'The Council of Europe Convention on Cybercrime (ETS No. 185) has a Second Additional Protocol.',
    ],
    [
      'Budapest, French',
      'La Convention sur la cybercriminalité du Conseil de l’Europe a vingt-cinq ans.',
    ],
    ['Budapest, German', 'Die Cybercrime-Konvention des Europarats trat 2004 in Kraft.'],
    ['Budapest, Dutch', 'Het Cybercrimeverdrag van de Raad van Europa heeft nieuwe leden.'],
    ['Budapest, Japanese alone', '日本はサイバー犯罪条約の締約国である。'],
    ['Budapest, Chinese', '欧洲委员会《网络犯罪公约》于2001年开放签署。'],
    ['Budapest, Korean', '사이버범죄협약은 유럽평의회가 만들었다.'],
    [
      'UNTOC',
      'Prosecutors used the UN Convention against Transnational Organized Crime in a cybercrime case.',
    ],
    ['UNCAC', 'La Convención de las Naciones Unidas contra la Corrupción y los ciberdelitos.'],
    ['torture', 'The UN Convention against Torture was cited; cybercrime charges were dropped.'],
    ['national law', 'Senators want to amend the Cybercrime Prevention Act of 2012.'],
    ['Arab League convention', 'الاتفاقية العربية لمكافحة جرائم تقنية المعلومات'],
    [
      'Hanoi venue',
      'The expo on cybercrime opened at the Hanoi National Convention Center and the Hanoi Convention Centre.',
    ],
    ['UNCC alone', 'The UNCC paid its last claim; its servers were checked for cybercrime risks.'],
    ['Malabo', 'The Malabo Convention covers cybercrime and data protection.'],
    [
      'generic phrase, no UN context',
      'Experts disagree about whether a global cybercrime treaty could ever work.',
    ],
    [
      'UN agency, no treaty',
      'The UN Office on Drugs and Crime runs a global programme on cybercrime.',
    ],
    [
      'French "un" is "a"',
      'L’Union africaine a adopté un accord sur la cybercriminalité à Malabo.',
    ],
    ['Spanish "un" is "a"', 'España ratificó en 2010 un convenio sobre la ciberdelincuencia.'],
    ['Italian "un" is "a"', 'Serve un trattato contro il cybercrime, dice il ministro.'],
  ])('%s', (_kind, text) => {
    const r = match(`<p>${text}</p>`);
    expect(r.match).toBe(false);
    expect(r.mentions).toEqual([]);
  });

  it('a Hanoi name needs a treaty context', () => {
    expect(
      match('<p>Fans flocked to the Hanoi Convention for cosplay and comics this weekend.</p>')
        .match,
    ).toBe(false);
    expect(match('<p>Ministers discussed ratifying the Hanoi Convention.</p>').match).toBe(true);
  });

  const NAME = 'UN Convention against Cybercrime';
  const FILLER =
    '<p>A retailer confirmed a data breach affecting loyalty-card holders; police are investigating.</p>';
  it.each([
    ['nav', `<nav><a href="#">${NAME}</a></nav>`],
    ['footer', `<footer>${NAME}</footer>`],
    ['aside', `<aside>${NAME}</aside>`],
    ['role=navigation', `<div role="navigation">${NAME}</div>`],
    ['role=complementary', `<div role="complementary">${NAME}</div>`],
    ['role=contentinfo', `<div role="contentinfo">${NAME}</div>`],
    ['most-read list', `<div class="most-read"><p>${NAME}</p></div>`],
    ['related list', `<div class="relatedStories"><p>${NAME}</p></div>`],
    ['trending', `<section class="trending-now"><p>${NAME}</p></section>`],
    [
      'link list without a telling class',
      `<div class="box"><ul><li><a href="#">${NAME}</a></li><li><a href="#">Weather</a></li></ul></div>`,
    ],
    ['ad', `<div class="ad-slot">${NAME}</div>`],
    ['comments', `<section class="comments"><p>${NAME}</p></section>`],
    ['cookie banner', `<div class="cookie-banner">${NAME}</div>`],
    ['hidden attribute', `<p hidden>${NAME}</p>`],
    ['aria-hidden', `<p aria-hidden="true">${NAME}</p>`],
    ['display:none', `<p style="color:red; display : none">${NAME}</p>`],
    ['visibility:hidden', `<p style="visibility:hidden">${NAME}</p>`],
    ['screen-reader-only', `<span class="sr-only">${NAME}</span>`],
    ['script', `<script>var t = "${NAME}";</script>`],
    ['style', `<style>/* ${NAME} */</style>`],
    ['template', `<template><p>${NAME}</p></template>`],
    ['noscript', `<noscript>${NAME}</noscript>`],
  ])('inside the article, ignored in %s', (_kind, html) => {
    const r = match(FILLER + html + FILLER);
    expect(r.match).toBe(false);
  });

  it('reads the article’s own <header> (its headline) but not the site header', () => {
    const inside = run(articlePage(`<header><h2>${NAME}</h2></header>${FILLER}`));
    expect(inside.match).toBe(true);
    const outside = run(
      articlePage(FILLER, 'en', `<header class="masthead"><a href="#">${NAME}</a></header>`),
    );
    expect(outside.match).toBe(false);
  });

  it('ignores names in <meta> and <title>', () => {
    const doc = articlePage('<p>Police investigate a ransomware attack on a hospital.</p>');
    const meta = doc.createElement('meta');
    meta.setAttribute('name', 'description');
    meta.setAttribute('content', 'UN Convention against Cybercrime');
    doc.head.append(meta);
    doc.title = 'UN Convention against Cybercrime';
    expect(run(doc).match).toBe(false);
  });

  it('still matches when a Budapest mention sits beside a UN one', () => {
    const r = match(
      '<p>Unlike the Council of Europe Convention on Cybercrime of 2001, the UN Convention against Cybercrime is open to all states.</p>',
    );
    expect(r.match).toBe(true);
    expect(r.mentions.map((m) => m.text)).toEqual(['UN Convention against Cybercrime']);
  });
});

describe('main article', () => {
  it('reads the largest article, not a teaser card', () => {
    const doc = parse(
      `<html lang="en"><body><article class="card"><p>UN Convention against Cybercrime: read more</p></article>
       <article><p>Storm news one.</p><p>Storm news two.</p><p>Storm news three.</p><p>Storm news four.</p><p>Storm five.</p></article></body></html>`,
    );
    expect(run(doc).match).toBe(false);
  });

  it('a long comment thread does not outvote a short article', () => {
    const comments =
      '<p>I think the weather was fine yesterday, honestly, whatever they say.</p>'.repeat(30);
    const doc = parse(
      `<html lang="en"><body><article><p>The UN cybercrime treaty was signed in Hanoi.</p><p>More soon.</p></article>
       <div class="comments">${comments}<p>Nothing to do with the UN Convention against Cybercrime here.</p></div></body></html>`,
    );
    const r = run(doc);
    expect(r.reasons[0]).toContain('<article>');
    expect(r.mentions.map((m) => m.text)).toEqual(['UN cybercrime treaty']);
  });

  it('finds the article by text density when there is no semantic markup', () => {
    const para =
      '<p>The UN Convention against Cybercrime was discussed at length by the committee today.</p>';
    const doc = parse(
      `<html lang="en"><body><div id="top"><div class="nav">Home | World</div></div><div id="wrap"><div class="story">${para.repeat(5)}</div>
       <div class="side"><p>Short sidebar note that is long enough to count as a paragraph here.</p></div></div></body></html>`,
    );
    const r = run(doc);
    expect(r.match).toBe(true);
    expect(r.reasons[0]).toContain('text density');
  });

  it('reads article containers whose classes only look like furniture', () => {
    for (const cls of [
      'overflow-hidden',
      'paywall-content subscriber-only',
      'shared-story',
      'tagline-wrap',
    ])
      expect(
        run(articlePage(`<div class="${cls}"><p>The UN cybercrime treaty was signed.</p></div>`))
          .match,
        cls,
      ).toBe(true);
  });

  it('accepts an element as root', () => {
    const doc = articlePage('<p>The UN cybercrime treaty.</p>');
    expect(run(doc.querySelector('article')!).match).toBe(true);
  });
});

describe('the grammar, compiled', () => {
  // prep() normalises each macro once instead of once per use; the result must be what
  // normalising the fully expanded text gives, for every alternative of every kind.
  const direct = (src: string) => {
    while (src.includes('%')) src = src.replace(/%(\w+)%/g, (_, k: string) => MACROS[k] ?? '');
    return normalize(src).replace(/ \?/g, '\\s*').replace(/ /g, '\\s+').replace(/~/g, '[-\\s]*');
  };
  it('every alternative is what the direct expansion gives', () => {
    let n = 0;
    for (const rows of Object.values(TABLE))
      for (const [label, src] of rows)
        for (const a of topLevel(src)) {
          const bare = a.startsWith('*') ? a.slice(1) : a;
          expect(prep(bare), label).toBe(direct(bare));
          n++;
        }
    expect(n).toBeGreaterThan(100);
  });
});
