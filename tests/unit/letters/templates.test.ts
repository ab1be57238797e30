import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  ASKS,
  CONCERN_IDS,
  GROUPS,
  ROLES,
  checkTemplates,
  compose,
  phoneScript,
  templateLanguages,
  templates,
} from '../../../lib/letters';
import { TemplateSchema } from '../../../lib/letters/templates/types';

const UNRESOLVED = /\{[A-Za-z_]+\}/;

describe('letter templates', () => {
  it('ships at least en, fr, es, de, pt, ar, English first', () => {
    const langs = templateLanguages();
    expect(langs[0]).toBe('en');
    for (const l of ['en', 'fr', 'es', 'de', 'pt', 'ar']) expect(langs).toContain(l);
  });

  it('every template passes the schema', () => {
    expect(checkTemplates()).toEqual([]);
  });

  it('the schema rejects an unknown placeholder and a stray brace', () => {
    const bad = structuredClone(templates['en']!);
    bad.reply = 'Reply to {nmae}';
    expect(v.safeParse(TemplateSchema, bad).success).toBe(false);
    bad.reply = 'Reply {';
    expect(v.safeParse(TemplateSchema, bad).success).toBe(false);
  });

  it('every language × ask × group × role renders with no unresolved placeholder', () => {
    let rendered = 0;
    for (const lang of templateLanguages()) {
      for (const ask of ASKS) {
        for (const group of GROUPS) {
          for (const role of [...ROLES, 'community organiser', '']) {
            for (const city of ['', 'Lyon']) {
              const input = {
                sender: { name: 'Ada Example', city, role },
                recipient: { name: 'Pat Doe', group },
                lang,
                ask,
                concerns: [...CONCERN_IDS],
                personal: { why: 'Why {it} matters', whatIDo: '', local: 'Local.' },
                article: { title: 'T', outlet: 'O', url: 'https://example.org/a', passage: 'P' },
                country: 'FR',
              };
              const l = compose(input);
              // The reader's own "{it}" is kept literally: it is their text, not a placeholder.
              const withoutOwn = l.body.replace('Why {it} matters', '');
              expect(withoutOwn, `${lang}/${ask}/${group}/${role}`).not.toMatch(UNRESOLVED);
              expect(l.subject).not.toMatch(UNRESOLVED);
              expect(phoneScript(input).replace('Why {it} matters', '')).not.toMatch(UNRESOLVED);
              rendered++;
            }
          }
        }
      }
    }
    expect(rendered).toBe(
      templateLanguages().length * ASKS.length * GROUPS.length * (ROLES.length + 2) * 2,
    );
  });

  it('every language has a paragraph for every concern that differs from English', () => {
    for (const lang of templateLanguages().filter((l) => l !== 'en')) {
      for (const c of CONCERN_IDS) {
        expect(templates[lang]!.concerns[c]).not.toBe(templates['en']!.concerns[c]);
      }
    }
  });

  it('never states the UNVERIFIED Art. 28(4) number as fact', () => {
    for (const lang of templateLanguages()) {
      const p = templates[lang]!.concerns['compelled-assistance'];
      expect(p).toMatch(/28\(4\)|第28条第4款/);
      // Attributed to commentators in every language.
      expect(p).toMatch(/comment|Fachleut|المعلق|comentari|comentador|коммент|评论/i);
    }
  });
});
