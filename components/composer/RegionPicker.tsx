import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { regionsFor, searchConstituencies } from '../../lib/campaign';
import { t } from '../../lib/i18n';

/** Props of the region picker. */
export interface RegionPickerProps {
  country: string;
  region: string;
  onChange(region: string): void;
}

/** US state (select) or UK constituency (search by constituency or MP name); nothing elsewhere. */
export function RegionPicker({ country, region, onChange }: RegionPickerProps) {
  const [regions, setRegions] = useState<{ id: string; name: string }[]>([]);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<{ id: string; name: string; mp: string }[]>([]);
  const listId = useId();
  // Picking a constituency replaces the result list (and the button pressed) with the chosen
  // name, and "Change" replaces itself with the search field: move focus to what took the
  // pressed control's place, so it never falls to <body> (issue 18, item 13).
  const [focusAfter, setFocusAfter] = useState<'change' | 'search' | null>(null);
  const changeBtn = useRef<HTMLButtonElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusAfter) return;
    const el = focusAfter === 'change' ? changeBtn.current : searchBox.current;
    if (!el) return;
    el.focus();
    setFocusAfter(null);
  });

  useEffect(() => {
    let alive = true;
    setRegions([]);
    if (country === 'US' || country === 'GB') {
      void regionsFor(country).then((r) => alive && setRegions(r));
    }
    return () => {
      alive = false;
    };
  }, [country]);

  useEffect(() => {
    let alive = true;
    if (country !== 'GB' || query.trim().length < 2) {
      setHits([]);
      return;
    }
    void searchConstituencies(query, 8).then((h) => alive && setHits(h));
    return () => {
      alive = false;
    };
  }, [country, query]);

  if (country === 'US') {
    return (
      <label class="tlc-field">
        <span class="tlc-label">{t('composer_us_state')}</span>
        <select
          value={region}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
          data-testid="region"
        >
          <option value="">{t('composer_us_state_choose')}</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (country === 'GB') {
    const current = regions.find((r) => r.id === region);
    return (
      <div class="tlc-field">
        <label class="tlc-label" for={`${listId}-q`}>
          {t('composer_uk_constituency')}
        </label>
        {current ? (
          <p class="tlc-chosen">
            <strong>{current.name}</strong>{' '}
            <button
              type="button"
              class="tlc-btn tlc-btn--small"
              ref={changeBtn}
              onClick={() => {
                setFocusAfter('search');
                onChange('');
              }}
              data-testid="constituency-change"
            >
              {t('composer_change')}
            </button>
          </p>
        ) : (
          <>
            <input
              id={`${listId}-q`}
              ref={searchBox}
              type="search"
              value={query}
              placeholder={t('composer_uk_search_placeholder')}
              aria-describedby={`${listId}-hint`}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
              data-testid="constituency-search"
            />
            <span id={`${listId}-hint`} class="tlc-hint">
              {t('composer_uk_search_hint')}
            </span>
            {hits.length ? (
              <ul class="tlc-results" aria-label={t('composer_uk_results')}>
                {hits.map((h) => (
                  <li key={h.id}>
                    <button
                      type="button"
                      class="tlc-result"
                      onClick={() => {
                        setQuery('');
                        setFocusAfter('change');
                        onChange(h.id);
                      }}
                    >
                      <span>{h.name}</span> <span class="tlc-muted">{h.mp}</span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </div>
    );
  }
  return null;
}
