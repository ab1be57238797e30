import { describe, expect, it } from 'vitest';
import { facts } from '../../../lib/campaign';
import { t, uiLanguages } from '../../../lib/i18n';

// Fact-check (session 5): UI labels that summarise a fact must not say more than the fact.
describe('UI labels say no more than the facts they summarise', () => {
  it('the research concern checkbox says "no explicit protection", as the fact title does', () => {
    // Art. 11(2) excludes liability when the purpose is not an offence (Arabic text, Arts. 7–11),
    // so the fact (issue 13) says the protection is not explicit, not that there is none.
    const title = facts.find((f) => f.id === 'security-research')!.title;
    expect(title.en).toMatch(/^No explicit protection/);
    const EXPLICIT: Record<string, RegExp> = {
      en: /No explicit protection/,
      fr: /protection explicite/,
      es: /protección explícita/,
      de: /ausdrücklicher Schutz/,
      pt: /proteção explícita/,
      ar: /حماية صريحة/,
      ru: /явной защиты/,
      zh: /明确保护/,
    };
    for (const lang of uiLanguages) {
      const key = lang.startsWith('zh') ? 'zh' : lang;
      expect(EXPLICIT[key], lang).toBeDefined();
      expect(t('composer_concern_security_research', {}, lang), lang).toMatch(EXPLICIT[key]!);
    }
  });
});

describe('fact titles say what the treaty leaves out, not what it forbids', () => {
  it('interception: no judge is required (the treaty does not exclude one)', () => {
    // The criticism (APC letter, Feb 2024) is that prior judicial authorisation is not required;
    // "without a judge" read as if the treaty ruled judges out. The zh title already said 无需.
    const title = facts.find((f) => f.id === 'interception')!.title;
    const REQUIRED: Record<string, RegExp> = {
      en: /no judge required/,
      fr: /sans juge exigé/,
      es: /sin exigir juez/,
      de: /ohne Richtervorbehalt/,
      pt: /sem exigência de juiz/,
      ar: /دون اشتراط قاضٍ/,
      ru: /без обязательного решения судьи/,
      zh: /无需法官/,
    };
    for (const [lang, re] of Object.entries(REQUIRED)) expect(title[lang], lang).toMatch(re);
  });
});
