import { useMemo } from 'preact/hooks';
import { countryName } from '../../lib/campaign';
import { bcp47, getLang, t } from '../../lib/i18n';
import { templateLanguages } from '../../lib/letters';
import { letterLangOrder, officeLang } from '../../lib/letters/office-lang';
import type { ComposerModel } from './useComposer';

/** A language's own name, with its name in the reader's language when that differs. */
function labels(codes: readonly string[], ui: string): Map<string, string> {
  let local: Intl.DisplayNames | null = null;
  try {
    local = new Intl.DisplayNames([bcp47(ui), 'en'], { type: 'language' });
  } catch {
    local = null;
  }
  return new Map(
    codes.map((l) => {
      let native = l;
      try {
        native = new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l;
      } catch {
        native = l;
      }
      const inUi = local?.of(l) ?? l;
      return [l, inUi === native ? native : `${native} (${inUi})`];
    }),
  );
}

/**
 * "Letter in: Deutsch", beside the letter (issue 18 item 5): the language the letter is
 * written in, which follows the recipient's office (lib/letters/office-lang.ts). The picker
 * lists the office's language first, the reader's interface language next, then the rest.
 */
export function LetterLang({ model }: { model: ComposerModel }) {
  const { draft, update } = model;
  const ui = getLang();
  const available = templateLanguages();
  const order = letterLangOrder(draft.country, ui, available);
  const names = useMemo(() => labels(available, ui), [ui, available.join()]);
  const office = draft.country ? officeLang(draft.country, available) : null;
  const place = draft.country === 'EU' ? t('composer_country_eu') : countryName(draft.country, ui);
  return (
    <div class="tlc-letter-lang" data-testid="letter-lang-line">
      <label class="tlc-letter-lang-pick">
        <span class="tlc-label">{t('composer_letter_in')}</span>
        <select
          value={draft.lang}
          onChange={(e) => update({ lang: (e.currentTarget as HTMLSelectElement).value })}
          data-testid="letter-lang"
        >
          {order.map((l) => (
            <option key={l} value={l} lang={l}>
              {names.get(l) ?? l}
            </option>
          ))}
        </select>
      </label>
      {office && draft.country ? (
        <span class="tlc-small tlc-muted" data-testid="letter-lang-why">
          {office === draft.lang
            ? t('composer_letter_lang_office', { country: place })
            : t('composer_letter_lang_office_other', {
                country: place,
                language: names.get(office) ?? office,
              })}
        </span>
      ) : null}
    </div>
  );
}
