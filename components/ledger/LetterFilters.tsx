import type { LetterQuery, LetterSort, LetterState } from '../../lib/db';
import { t } from '../../lib/i18n';

/** Props of LetterFilters. */
export interface LetterFiltersProps {
  query: LetterQuery;
  onChange: (q: LetterQuery) => void;
  recipients: { id: string; name: string }[];
  countries: { code: string; name: string }[];
}

const STATES: LetterState[] = ['draft', 'handed_off', 'sent', 'replied'];
const SORTS: LetterSort[] = ['newest', 'oldest', 'recipient', 'state'];

/** Search box, filters and sort for the letter list. */
export function LetterFilters({ query, onChange, recipients, countries }: LetterFiltersProps) {
  const set = (patch: Partial<LetterQuery>) => onChange({ ...query, ...patch });
  const val = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const active =
    !!query.text ||
    !!query.state ||
    !!query.recipient ||
    !!query.country ||
    !!query.from ||
    !!query.to;
  return (
    <form class="tll-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div class="tll-field tll-field--grow">
        <label for="tll-q">{t('ledger_search_label')}</label>
        <input
          id="tll-q"
          type="search"
          value={query.text ?? ''}
          placeholder={t('ledger_search_placeholder')}
          onInput={(e) => set({ text: val(e) || undefined })}
        />
      </div>
      <div class="tll-field">
        <label for="tll-state">{t('ledger_filter_state')}</label>
        <select
          id="tll-state"
          value={(query.state as string | undefined) ?? ''}
          onChange={(e) => set({ state: (val(e) as LetterState) || undefined })}
        >
          <option value="">{t('ledger_filter_any')}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(`ledger_state_${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="tll-field">
        <label for="tll-recipient">{t('ledger_filter_recipient')}</label>
        <select
          id="tll-recipient"
          value={query.recipient ?? ''}
          onChange={(e) => set({ recipient: val(e) || undefined })}
        >
          <option value="">{t('ledger_filter_anyone')}</option>
          {recipients.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div class="tll-field">
        <label for="tll-country">{t('ledger_filter_country')}</label>
        <select
          id="tll-country"
          value={query.country ?? ''}
          onChange={(e) => set({ country: val(e) || undefined })}
        >
          <option value="">{t('ledger_filter_any')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div class="tll-field">
        <label for="tll-from">{t('ledger_filter_from')}</label>
        <input
          id="tll-from"
          type="date"
          value={query.from ?? ''}
          onChange={(e) => set({ from: val(e) || undefined })}
        />
      </div>
      <div class="tll-field">
        <label for="tll-to">{t('ledger_filter_to')}</label>
        <input
          id="tll-to"
          type="date"
          value={query.to ?? ''}
          onChange={(e) => set({ to: val(e) || undefined })}
        />
      </div>
      <div class="tll-field">
        <label for="tll-sort">{t('ledger_sort')}</label>
        <select
          id="tll-sort"
          value={query.sort ?? 'newest'}
          onChange={(e) => set({ sort: val(e) as LetterSort })}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`ledger_sort_${s}`)}
            </option>
          ))}
        </select>
      </div>
      {active ? (
        <button
          type="button"
          class="tll-btn tll-btn--quiet"
          onClick={() => onChange({ sort: query.sort })}
        >
          {t('ledger_filter_clear')}
        </button>
      ) : null}
    </form>
  );
}
