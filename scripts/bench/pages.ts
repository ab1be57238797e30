/**
 * Deterministic benchmark pages, generated at run time (the 10 MB page would bloat the repo):
 * realistic non-matching news pages, a 1 MB matching article, a 10 MB / 200,000-element page
 * and an ordinary matching article. Same seed → byte-identical HTML, so figures from different
 * runs and machines compare like with like.
 */

/** A small seeded PRNG (mulberry32): deterministic, fast, good enough for filler text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a of to and in for on with as by at from that this which after before during while ' +
  'council city minister government budget election vote parliament market prices energy ' +
  'weather storm rain river bridge school teachers hospital doctors patients train station ' +
  'football club season coach match goal league final players stadium fans ticket museum ' +
  'festival music film director theatre restaurant harvest farmers village mayor police ' +
  'court judge appeal union workers strike wages inflation bank rates housing rent tenants ' +
  'airport flights tourism summer winter report study researchers university students ' +
  'company shares profits investors factory jobs exports trade port shipping road traffic ' +
  'cyclists park garden library community volunteers charity donation plan project ' +
  'announced said expected reported confirmed warned agreed rejected approved opened ' +
  'closed rose fell increased reduced delayed launched reviewed planned discussed ' +
  'new local national regional early late major small final recent annual public private'
).split(' ');

const HEADLINES = [
  'Council approves new budget for river bridge repairs',
  'Storm warning issued as heavy rain moves across the region',
  'Local club reaches cup final after dramatic late goal',
  'Rents rise again as housing shortage deepens',
  'Hospital opens new wing after three years of delays',
  'Teachers vote on pay offer as strike talks resume',
  'Harvest festival returns to the old market square',
  'Airport expects record summer as flights resume',
  'Museum unveils restored paintings from the city archive',
  'Factory expansion brings two hundred jobs to the valley',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function sentence(r: () => number, min = 8, max = 22): string {
  const n = min + Math.floor(r() * (max - min));
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(pick(r, WORDS));
  const s = w.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function paragraph(r: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(r));
  return out.join(' ');
}

/** Escape text for HTML source (generated pages only, never a DOM sink). */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CSS = (() => {
  // A news site's stylesheet is tens of KB: many component rules, media queries.
  const rules: string[] = [
    'body{margin:0;font:16px/1.5 Georgia,serif;color:#222;background:#fff}',
    '.site-header{display:flex;gap:1rem;padding:.5rem 1rem;border-bottom:1px solid #ddd}',
    '.nav a{margin-right:.75rem;color:#004;text-decoration:none}',
    '.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:2rem;max-width:1200px;margin:auto}',
    'article p{margin:0 0 1rem}',
    '.card{display:flex;gap:.5rem;border-top:1px solid #eee;padding:.5rem 0}',
    '.card img{width:120px;height:80px;background:#ccc}',
    '.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#fafafa;padding:1rem;box-shadow:0 -2px 8px #0002}',
    '.ticker{overflow:hidden;white-space:nowrap;background:#b00;color:#fff;padding:.25rem 1rem}',
    '.site-footer{background:#111;color:#eee;padding:2rem}',
    '.site-footer a{color:#ccc;margin-right:.5rem}',
  ];
  for (let i = 0; i < 400; i++)
    rules.push(
      `.c-${i}{margin:${i % 7}px ${i % 5}px;padding:${i % 3}px;color:#${(i * 2654435761).toString(16).slice(-6).padStart(6, '0')}}`,
    );
  for (const w of [480, 768, 1024])
    rules.push(
      `@media (max-width:${w}px){.layout{grid-template-columns:1fr}.c-${w % 400}{display:none}}`,
    );
  return rules.join('\n');
})();

/**
 * The page's own scripts: what a news site runs on every load. Bounded work (no endless
 * timers), so both sides of the overhead comparison do exactly the same amount of it.
 */
const SITE_SCRIPT = `
(function () {
  'use strict';
  // "Analytics": walk the document, hash what it sees, queue a beacon that is never sent.
  function hash(s) { var h = 2166136261; for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); } return h >>> 0; }
  var seen = 0, tags = {};
  var all = document.getElementsByTagName('*');
  for (var i = 0; i < all.length; i++) { var t = all[i].tagName; tags[t] = (tags[t] || 0) + 1; seen++; }
  window.__analytics = { id: hash(location.href + seen), tags: tags };
  // Hydrate components: listeners on every card and link.
  var cards = document.querySelectorAll('.card');
  for (var j = 0; j < cards.length; j++) cards[j].addEventListener('click', function () { this.classList.toggle('open'); });
  // Most-read box from embedded JSON.
  var data = JSON.parse(document.getElementById('most-read-data').textContent);
  var box = document.getElementById('most-read');
  var ol = document.createElement('ol');
  data.forEach(function (item) {
    var li = document.createElement('li'); var a = document.createElement('a');
    a.href = item.url; a.textContent = item.title; li.appendChild(a); ol.appendChild(li);
  });
  box.appendChild(ol);
  // Lazy images.
  if ('IntersectionObserver' in window) {
    var io = new IntersectionObserver(function (es) { es.forEach(function (e) { if (e.isIntersecting) { e.target.dataset.seen = '1'; io.unobserve(e.target); } }); });
    document.querySelectorAll('img[data-src]').forEach(function (img) { io.observe(img); });
  }
  // Breaking-news ticker: five updates, then it stops.
  var ticker = document.querySelector('.ticker span'), n = 0;
  var iv = setInterval(function () { ticker.textContent = data[n % data.length].title; if (++n >= 5) clearInterval(iv); }, 150);
  // Late content: "more stories" arrive after load, like infinite scroll's first page.
  window.addEventListener('load', function () {
    setTimeout(function () {
      var more = document.getElementById('more-stories');
      for (var k = 0; k < 30; k++) {
        var d = document.createElement('div'); d.className = 'card c-' + k;
        var h = document.createElement('h3'); h.textContent = data[k % data.length].title;
        var p = document.createElement('p'); p.textContent = data[(k + 3) % data.length].title + ' — ' + k;
        d.appendChild(h); d.appendChild(p); more.appendChild(d);
      }
    }, 300);
  });
  // Cookie banner.
  var ok = document.getElementById('cookie-ok');
  if (ok) ok.addEventListener('click', function () { document.querySelector('.cookie-banner').remove(); });
})();
`;

/** A block of vendor-like script (tag manager, ad library): parsed and compiled, mostly idle. */
function vendorScript(r: () => number, kb: number): string {
  const fns: string[] = [];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const body = `function v${i}(a,b){var x=${Math.floor(r() * 1e6)};for(var k=0;k<(a|0)%7;k++){x=(x*31+k+(b|0))|0}return x^${i}}`;
    fns.push(body);
    size += body.length;
  }
  return `window.__vendor=(function(){${fns.join('\n')};return {n:${fns.length},run:function(){return v0(3,4)+v1(5,6)}}})();window.__vendor.run();`;
}

function navHtml(r: () => number, n: number): string {
  const links: string[] = [];
  for (let i = 0; i < n; i++) links.push(`<a href="/section/${i}">${esc(pick(r, WORDS))} ${i}</a>`);
  return `<nav class="nav" aria-label="Sections">${links.join('')}</nav>`;
}

function cards(r: () => number, n: number, cls = 'card'): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      `<div class="${cls} c-${i % 400}"><img data-src="/img/${i}.jpg" alt="" width="120" height="80"><div><h3><a href="/story/${Math.floor(r() * 1e6)}">${esc(sentence(r, 5, 10))}</a></h3><p>${esc(sentence(r))}</p><span class="meta">${i % 12} hours ago</span></div></div>`,
    );
  return out.join('\n');
}

function comments(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      `<li class="comment"><b>reader${Math.floor(r() * 9999)}</b> <time>${i} min</time><p>${esc(paragraph(r, 1 + Math.floor(r() * 3)))}</p><button type="button">Reply</button></li>`,
    );
  return `<section class="comments" id="comments"><h2>Comments</h2><ol>${out.join('')}</ol></section>`;
}

function footer(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`<a href="/f/${i}">${esc(pick(r, WORDS))}</a>`);
  return `<footer class="site-footer"><p>© 2026 The Daily Bench</p>${out.join(' ')}</footer>`;
}

interface Frame {
  title: string;
  lang: string;
  article: string;
  r: () => number;
  /** Sizes of the furniture around the article. */
  furniture: { nav: number; cards: number; comments: number; footer: number; vendorKb: number };
}

function frame(f: Frame): string {
  const { r } = f;
  const mostRead = Array.from({ length: 10 }, (_, i) => ({
    url: `/story/${1000 + i}`,
    title: HEADLINES[i % HEADLINES.length]!,
  }));
  return `<!doctype html>
<html lang="${f.lang}"><head><meta charset="utf-8"><title>${esc(f.title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="${esc(sentence(r))}">
<style>${CSS}</style>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: f.title, datePublished: '2026-11-20T08:00:00Z' })}</script>
<script>${vendorScript(r, f.furniture.vendorKb)}</script>
</head><body>
<div class="ticker" role="marquee"><span>Breaking: ${esc(HEADLINES[0]!)}</span></div>
<header class="site-header"><a class="logo" href="/">The Daily Bench</a>${navHtml(r, f.furniture.nav)}</header>
<div class="layout">
<main>
<article class="article-body">
<h1>${esc(f.title)}</h1>
<p class="byline">By A. Reporter · 20 November 2026</p>
${f.article}
</article>
${comments(r, f.furniture.comments)}
<section id="more-stories" class="more-stories"><h2>More stories</h2></section>
</main>
<aside class="sidebar"><section id="most-read" class="most-read"><h2>Most read</h2></section>
<script type="application/json" id="most-read-data">${JSON.stringify(mostRead)}</script>
<section class="related"><h2>Related</h2>${cards(r, f.furniture.cards)}</section></aside>
</div>
${footer(r, f.furniture.footer)}
<div class="cookie-banner" role="dialog" aria-label="Cookies"><p>We use cookies to measure our audience.</p><button type="button" id="cookie-ok">Accept</button></div>
<script>${SITE_SCRIPT}</script>
</body></html>
`;
}

function articleParagraphs(
  r: () => number,
  n: number,
  mentions: ReadonlyMap<number, string>,
): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const extra = mentions.get(i);
    const text = esc(paragraph(r, 3 + Math.floor(r() * 4)));
    // Some inline markup, as real articles have: links and emphasis split text nodes.
    // (cut at a space, so no word is split by the markup).
    const cut = (n: number) => Math.max(0, text.indexOf(' ', n));
    const p =
      i % 3 === 0
        ? `<p>${text.slice(0, cut(60))} <a href="/topic/${i}">${esc(pick(r, WORDS))}</a>${text.slice(cut(60))}</p>`
        : i % 5 === 0
          ? `<p><em>${text.slice(0, cut(40))}</em>${text.slice(cut(40))}</p>`
          : `<p>${text}</p>`;
    out.push(extra ? `<p>${esc(extra)}</p>\n${p}` : p);
    if (i % 12 === 11) out.push(`<h2>${esc(sentence(r, 4, 8))}</h2>`);
  }
  return out.join('\n');
}

/** Sentences that make an article match (plain English, the convention's official name). */
const MENTIONS = [
  'Delegates met again to discuss the United Nations Convention against Cybercrime, which opened for signature in Hanoi in October 2025.',
  'Rights groups say the UN Convention against Cybercrime lets governments demand data about journalists across borders.',
  'The government has not said whether it will ratify the UN cybercrime treaty before the end of 2026.',
];

/**
 * A realistic news page that does not mention the convention: ≥ 300 KB of HTML, thousands of
 * elements, a tag-manager-sized inline script, hydration, a ticker and late content.
 * `variant` changes the seed and the headline, so repeated loads are not one cached page.
 */
export function newsPage(variant: number): string {
  const r = prng(1000 + variant);
  return frame({
    r,
    lang: 'en',
    title: HEADLINES[variant % HEADLINES.length]!,
    article: articleParagraphs(r, 40, new Map()),
    furniture: { nav: 60, cards: 260, comments: 220, footer: 250, vendorKb: 120 },
  });
}

/** A news page whose main article is about 1 MB of HTML and mentions the convention. */
export function articlePage1mb(): string {
  const r = prng(42);
  const n = 1950;
  const mentions = new Map<number, string>([
    [3, MENTIONS[0]!],
    [Math.floor(n / 2), MENTIONS[1]!],
    [n - 5, MENTIONS[2]!],
  ]);
  return frame({
    r,
    lang: 'en',
    title: 'Inside the long fight over the UN cybercrime treaty',
    article: articleParagraphs(r, n, mentions),
    furniture: { nav: 60, cards: 40, comments: 50, footer: 120, vendorKb: 20 },
  });
}

/**
 * A 10 MB page with 200,000 elements (a giant live blog): the content script's time budget has
 * to stop detection early. Mentions sit at the start and the very end.
 */
export function bigPage10mb(): string {
  const r = prng(7);
  const entries: string[] = [];
  let elements = 0;
  let i = 0;
  // Each entry: section, h2, time, 4 × (p + a + em + span) = 19 elements, ~950 bytes.
  while (elements < 200_000) {
    const ps: string[] = [];
    for (let k = 0; k < 4; k++) {
      const s = esc(sentence(r, 18, 26));
      const c = Math.max(0, s.indexOf(' ', 50));
      ps.push(
        `<p>${s.slice(0, c)} <a href="/l/${i}/${k}">${esc(pick(r, WORDS))}</a> <em>${esc(pick(r, WORDS))}</em> <span class="c-${k}">${s.slice(c)}</span></p>`,
      );
    }
    const lead = i === 2 ? `<p>${esc(MENTIONS[0]!)}</p>` : '';
    entries.push(
      `<section class="entry" id="e${i}"><h2>${esc(sentence(r, 4, 8))}</h2><time>${i % 60} min ago</time>${lead}${ps.join('')}</section>`,
    );
    elements += 19 + (lead ? 1 : 0);
    i++;
  }
  entries.push(`<section class="entry"><p>${esc(MENTIONS[1]!)}</p></section>`);
  return frame({
    r,
    lang: 'en',
    title: 'Live: all the news, all day',
    article: entries.join('\n'),
    furniture: { nav: 60, cards: 40, comments: 20, footer: 100, vendorKb: 20 },
  });
}

/** An ordinary news article about the convention (about 150 KB of HTML), for the panel row. */
export function matchingArticle(): string {
  const r = prng(99);
  const mentions = new Map<number, string>([
    [0, MENTIONS[0]!],
    [6, MENTIONS[1]!],
    [14, MENTIONS[2]!],
  ]);
  return frame({
    r,
    lang: 'en',
    title: 'What the UN Convention against Cybercrime means for reporters',
    article: articleParagraphs(r, 30, mentions),
    furniture: { nav: 40, cards: 80, comments: 60, footer: 120, vendorKb: 40 },
  });
}

/** Count element start tags in HTML source (for fixture sanity checks). */
export function countElements(html: string): number {
  return (html.match(/<[a-zA-Z][a-zA-Z0-9-]*/g) ?? []).length;
}
