/**
 * Finds user-visible text hard-coded in JSX (instead of coming from `t()`): JSX text nodes and
 * string literals in attributes a person reads or hears (`aria-label`, `title`, `placeholder`,
 * `alt`, …). Uses the TypeScript parser, so comments and code are never mistaken for text.
 * Runs in Node only (unit test and `npm run i18n:check`).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One piece of hard-coded text. */
export interface HardCodedText {
  file: string;
  line: number;
  text: string;
  where: string;
}

/** Attributes whose value is shown or spoken to the user. */
export const textAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/**
 * Text without letters (punctuation, arrows, numbers, "·", "→", "×") is not language, nor is a
 * domain, URL or e-mail address. Anything else with a letter in any script is.
 */
export function isLinguistic(text: string): boolean {
  // Domain names, URLs and e-mail addresses read the same in every language.
  if (/^(https?:\/\/)?[\w.+-]*@?[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text.trim())) return false;
  return /\p{L}/u.test(text);
}

function literalText(expr: ts.Expression | undefined): string | undefined {
  if (!expr) return undefined;
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
  if (ts.isTemplateExpression(expr))
    return [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(expr)) return literalText(expr.expression);
  if (ts.isConditionalExpression(expr))
    return [literalText(expr.whenTrue), literalText(expr.whenFalse)].filter(Boolean).join(' ');
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [literalText(expr.left), literalText(expr.right)].filter(Boolean).join(' ');
  return undefined;
}

/** Scan one .tsx source text. */
export function scanSource(file: string, source: string): HardCodedText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardCodedText[] = [];
  const add = (node: ts.Node, text: string, where: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!isLinguistic(clean)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push({ file, line: line + 1, text: clean, where });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node, node.text, 'text');
    else if (
      ts.isJsxExpression(node) &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const text = literalText(node.expression);
      if (text !== undefined) add(node, text, 'text');
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (textAttributes.has(name) && node.initializer) {
        const init = node.initializer;
        const text = ts.isStringLiteral(init)
          ? init.text
          : ts.isJsxExpression(init)
            ? literalText(init.expression)
            : undefined;
        if (text !== undefined) add(node, text, name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function tsxFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsxFiles(p) : p.endsWith('.tsx') ? [p] : [];
  });
}

/** Scan every .tsx file under `components/` and `entrypoints/` of the project at `root`. */
export function scanProject(root: string): HardCodedText[] {
  return ['components', 'entrypoints'].flatMap((d) =>
    tsxFiles(join(root, d)).flatMap((f) => scanSource(relative(root, f), readFileSync(f, 'utf8'))),
  );
}
