// Selection and extraction read an element's attributes through `attributesOf`, which lists
// the element's attribute names once and reads only those it has. It must give exactly what
// reading each attribute directly gives, whatever names, cases, namespaces and duplicates the
// element carries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributesOf } from '../../../lib/detection/extract';
import { parse } from './helpers';

const NAMES = [
  'role',
  'hidden',
  'aria-hidden',
  'itemprop',
  'style',
  'class',
  'id',
  'href',
  'ROLE',
  'Hidden',
  'data-role',
  'aria-label',
];
const VALUES = [
  '',
  'true',
  'false',
  'main',
  'navigation',
  'articleBody',
  'comments x',
  'display:none',
];
const TAGS = ['p', 'div', 'a', 'article', 'main', 'section'];

/** What the attributes read one by one give. */
function direct(el: Element) {
  return {
    role: el.getAttribute('role'),
    hidden: el.hasAttribute('hidden'),
    ariaHidden: el.getAttribute('aria-hidden'),
    itemprop: el.getAttribute('itemprop'),
    style: el.getAttribute('style'),
    cls: el.getAttribute('class'),
    id: el.getAttribute('id'),
  };
}

const attribute = fc.record({
  name: fc.constantFrom(...NAMES),
  value: fc.constantFrom(...VALUES),
  // How it is set: plain, without lower-casing (no namespace), or in another namespace.
  how: fc.constantFrom('set', 'ns-null', 'ns-other'),
});

describe('attributesOf', () => {
  it('equals reading each attribute directly (parsed markup)', () => {
    const doc = parse(
      '<!doctype html><html><body><div role="main" class="a b" id="x" hidden aria-hidden="true" itemprop="articleBody" style="display:none" href="/"></div><p ROLE="navigation" Class="c"></p><a href="/x">x</a><svg><g role="main" class="k"></g></svg></body></html>',
    );
    const els = Array.from(doc.body.getElementsByTagName('*'));
    expect(els.length).toBeGreaterThan(3);
    for (const el of els) expect(attributesOf(el)).toEqual(direct(el));
  });

  it('equals reading each attribute directly (random attributes)', () => {
    const doc = parse('<!doctype html><html><body></body></html>');
    fc.assert(
      fc.property(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 8 }), (tag, attrs) => {
        const el = doc.createElement(tag);
        for (const { name, value, how } of attrs) {
          if (how === 'set') el.setAttribute(name, value);
          else if (how === 'ns-null') el.setAttributeNS(null, name, value);
          else el.setAttributeNS('urn:example', `x:${name}`, value);
        }
        expect(attributesOf(el)).toEqual(direct(el));
      }),
      { numRuns: 2000 },
    );
  });
});
