/** Shared helpers for the detection tests: parse HTML without a network or a clock. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect, type DetectionResult } from '../../../lib/detection';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Parse a full HTML document (happy-dom's DOMParser, as in the CLI). */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A minimal page whose <article> holds `body` (HTML), in language `lang`. */
export function articlePage(body: string, lang = 'en', outside = ''): Document {
  return parse(
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${outside}<main><article><h1>Headline</h1>${body}</article></main></body></html>`,
  );
}

/** A clock that never moves: detection results do not depend on machine speed. */
export const frozen = () => 0;

/** detect() with the frozen clock. */
export function run(doc: Document | Element): DetectionResult {
  return detect(doc, { now: frozen });
}

/** Read a fixture page and run detection on it. */
export function runFile(rel: string): DetectionResult {
  return run(parse(readFileSync(join(FIXTURES, rel), 'utf8')));
}

/**
 * Move a parsed page into the test window's own `document`. happy-dom's Range only works on
 * that document (ranges over a DOMParser document come back collapsed); browsers have no
 * such limit, and the content script always works on the live page.
 */
export function live(doc: Document): Document {
  const html = document.importNode(doc.documentElement, true);
  document.documentElement.remove();
  document.appendChild(html);
  return document;
}
