/**
 * The matcher cut down to what a text can match. V8 compiles a regular expression to machine
 * code at its first exec, and the cost grows with the expression: the grammar's one matcher
 * (16 KB of source, every language) is the largest single cost of a page's first detection
 * (8–19 ms idle, 40–85 ms on a loaded 2-core machine), though a page needs a few of its
 * alternatives at most. `prune(source, has)` removes every alternative — at any depth — that
 * cannot match any part of the text, and the matcher for that text is compiled from the rest.
 *
 * Why the result matches exactly what the whole expression matches, on that text: an
 * alternative is removed only when it needs a literal (a run of plain characters, not made
 * optional by a quantifier) that `has` says the text does not contain. Such an alternative
 * fails at every position of the text, so the alternation it belongs to — anywhere, inside
 * lookarounds too — takes, at every position, the same branch with the same result without
 * it. Alternatives that hold a capturing group are never removed (group numbers say the kind
 * of a hit); an alternation left empty becomes `(?!)`, which also fails everywhere. Whatever
 * the analysis cannot read (classes, escapes, lookarounds, optional parts) is treated as
 * needing nothing, so it is kept. tests/unit/detection/prune.test.ts compares the matches.
 */

/** A parsed expression: alternation → sequences of quantified atoms. */
type Alt = Seq[];
interface Seq {
  items: Item[];
}
interface Item {
  /** Source of the atom (a group's is rebuilt from its parts). */
  src: string;
  /** The literal character, for a plain character. */
  ch?: string;
  group?: { open: string; body: Alt; look: boolean; captures: boolean };
  /** Quantifier source ('' if none) and its minimum. */
  q: string;
  min: number;
}

const SYNTAX = '^$\\.*+?()[]{}|/';

function parse(src: string): Alt {
  let i = 0;
  const alt = (): Alt => {
    const out: Alt = [seq()];
    while (src[i] === '|') {
      i++;
      out.push(seq());
    }
    return out;
  };
  const seq = (): Seq => {
    const items: Item[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(item());
    return { items };
  };
  const item = (): Item => {
    const start = i;
    const c = src[i]!;
    let it: Item;
    if (c === '(') {
      let open = '(';
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i, i + 40));
      if (m) open = m[0];
      i += open.length;
      const body = alt();
      if (src[i] !== ')') throw new Error('prune: unbalanced group');
      i++;
      const look = open === '(?=' || open === '(?!' || open === '(?<=' || open === '(?<!';
      const captures = open === '(' || (open.startsWith('(?<') && !look);
      it = { src: '', group: { open, body, look, captures }, q: '', min: 1 };
    } else if (c === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      it = { src: src.slice(start, i), q: '', min: 1 };
    } else if (c === '\\') {
      const n = src[i + 1]!;
      if ('pPu'.includes(n) && src[i + 2] === '{') i = src.indexOf('}', i) + 1;
      else if (n === 'u') i += 6;
      else if (n === 'x') i += 4;
      else if (n === 'c') i += 3;
      else if (n === 'k') i = src.indexOf('>', i) + 1;
      else if (/[1-9]/.test(n)) {
        i += 2;
        while (/\d/.test(src[i] ?? '')) i++;
      } else i += 2;
      const text = src.slice(start, i);
      // `\.`, `\(`, `\/`: the character itself. `\s`, `\d`, `\p{…}`…: needs nothing.
      it =
        text.length === 2 && SYNTAX.includes(n)
          ? { src: text, ch: n, q: '', min: 1 }
          : { src: text, q: '', min: 1 };
    } else {
      i++;
      it = '.^$'.includes(c) ? { src: c, q: '', min: 1 } : { src: c, ch: c, q: '', min: 1 };
    }
    // Quantifier.
    const qs = i;
    const d = src[i];
    if (d === '*' || d === '?') {
      i++;
      it.min = 0;
    } else if (d === '+') i++;
    else if (d === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i, i + 20));
      if (m) {
        i += m[0].length;
        it.min = Number(m[1]);
      }
    }
    if (i > qs && src[i] === '?') i++;
    it.q = src.slice(qs, i);
    return it;
  };
  const out = alt();
  if (i !== src.length) throw new Error('prune: unexpected ' + src[i]);
  return out;
}

/**
 * The compact form `prune` works on (built from the source by `pruneTree`, at build time for
 * the page bundle): an alternation is a list of sequences; a sequence is its parts (source
 * text, or a group), the literals it needs, the indexes of the groups it needs (not optional,
 * not lookarounds), and 1 if it holds a capturing group (never removed). A sequence that is
 * one literal and nothing else is just that string (half of the grammar's are).
 */
export type Tree = TSeq[];
type TSeq = string | [parts: (string | TGroup)[], needs: string[], groups?: number[], keep?: 1];
type TGroup = [open: string, body: Tree, quantifier: string];

function captures(a: Alt): boolean {
  return a.some((s) =>
    s.items.some((it) => it.group && (it.group.captures || captures(it.group.body))),
  );
}

function compact(a: Alt): Tree {
  return a.map((s): TSeq => {
    const parts: (string | TGroup)[] = [];
    const needs: string[] = [];
    const groups: number[] = [];
    let run = '';
    let text = '';
    const flush = () => {
      if (run && !needs.includes(run)) needs.push(run);
      run = '';
    };
    for (const it of s.items) {
      if (it.ch !== undefined && it.q === '') run += it.ch;
      else {
        flush();
        if (it.ch !== undefined && it.min > 0 && !needs.includes(it.ch)) needs.push(it.ch);
      }
      if (!it.group) {
        text += it.src + it.q;
        continue;
      }
      if (text) parts.push(text);
      text = '';
      if (it.min > 0 && !it.group.look) groups.push(parts.length);
      parts.push([it.group.open, compact(it.group.body), it.q]);
    }
    flush();
    if (text) parts.push(text);
    const keep = captures([s]);
    if (!keep && !groups.length && parts.length === 1 && needs.length === 1 && needs[0] === text)
      return text;
    return keep
      ? [parts, needs, groups, 1]
      : groups.length
        ? [parts, needs, groups]
        : [parts, needs];
  });
}

/** The compact form of `source` (see `Tree`). */
export function pruneTree(source: string): Tree {
  return compact(parse(source));
}

/** Whether the sequence needs a literal the text lacks (so it matches nowhere in it). */
function impossible(s: TSeq, has: (lit: string) => boolean): boolean {
  if (typeof s === 'string') return !has(s);
  return (
    s[1].some((l) => !has(l)) ||
    (s[2] ?? []).some((k) => (s[0][k] as TGroup)[1].every((b) => impossible(b, has)))
  );
}

function emit(a: Tree, has: (lit: string) => boolean): string {
  let out = '';
  let n = 0;
  for (const s of a) {
    if (typeof s === 'string' ? !has(s) : !s[3] && impossible(s, has)) continue;
    if (n++) out += '|';
    if (typeof s === 'string') out += s;
    else
      for (const p of s[0]) out += typeof p === 'string' ? p : p[0] + emit(p[1], has) + ')' + p[2];
  }
  return n ? out : '(?!)';
}

/** The source of `tree` without the alternatives that need a literal `has` says is absent. */
export function prune(tree: Tree, has: (lit: string) => boolean): string {
  return emit(tree, has);
}
