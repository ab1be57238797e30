import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { regionsFor, searchConstituencies, US_STATES } from '../../lib/campaign';
import { districtsForZip, parseUsRegion } from '../../lib/campaign/recipients';
import { t } from '../../lib/i18n';

/** "California, district 12" / "Wyoming, at-large seat". */
function districtLabel(state: string, district: number): string {
  const name = US_STATES[state] ?? state;
  return district === 0
    ? t('composer_us_district_at_large', { state: name })
    : t('composer_us_district', { state: name, n: String(district) });
}

/** US: the state, and the House district found from a ZIP code (several when it spans them). */
function UsPicker({
  regions,
  region,
  onChange,
  town,
  onSignZip,
}: {
  regions: { id: string; name: string }[];
  region: string;
  onChange(region: string): void;
  town?: string;
  onSignZip?: (zip: string) => void;
}) {
  const [zip, setZip] = useState('');
  const [found, setFound] = useState<{ state: string; district: number }[] | null>(null);
  const id = useId();
  const { state, districts } = parseUsRegion(region);

  useEffect(() => {
    let alive = true;
    const z = zip.trim();
    if (!/^\d{5}$/.test(z)) {
      setFound(null);
      return;
    }
    void districtsForZip(z).then((hits) => {
      if (!alive) return;
      setFound(hits);
      // One district: take it. Several: the reader picks (the list below).
      if (hits.length === 1) onChange(`${hits[0]!.state}-${hits[0]!.district}`);
    });
    return () => {
      alive = false;
    };
  }, [zip]);

  return (
    <>
      <label class="tlc-field">
        <span class="tlc-label">{t('composer_us_state')}</span>
        <select
          value={state}
          onChange={(e) => {
            setZip('');
            onChange((e.currentTarget as HTMLSelectElement).value);
          }}
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
      <div class="tlc-field">
        <label class="tlc-label" for={`${id}-zip`}>
          {t('composer_us_zip')}
        </label>
        <input
          id={`${id}-zip`}
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={10}
          value={zip}
          aria-describedby={`${id}-zip-hint`}
          onInput={(e) => setZip((e.currentTarget as HTMLInputElement).value)}
          data-testid="zip"
        />
        <span id={`${id}-zip-hint`} class="tlc-hint">
          {t('composer_us_zip_hint')}
        </span>
        {found && found.length === 0 ? (
          <p class="tlc-hint" role="status">
            {t('composer_us_zip_none')}
          </p>
        ) : null}
        {found && found.length > 1 ? (
          <div role="group" aria-label={t('composer_us_zip_several')}>
            <p class="tlc-hint">{t('composer_us_zip_several')}</p>
            <ul class="tlc-results">
              {found.map((h) => (
                <li key={`${h.state}-${h.district}`}>
                  <button
                    type="button"
                    class="tlc-result"
                    aria-pressed={
                      state === h.state && districts.length === 1 && districts[0] === h.district
                    }
                    onClick={() => onChange(`${h.state}-${h.district}`)}
                    data-testid={`district-${h.state}-${h.district}`}
                  >
                    {districtLabel(h.state, h.district)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state && districts.length === 1 ? (
          <p class="tlc-chosen" data-testid="district">
            <strong>{districtLabel(state, districts[0]!)}</strong>
          </p>
        ) : null}
        {onSignZip && found?.length && /^\d{5}$/.test(zip.trim()) && !town?.includes(zip.trim()) ? (
          // Optional: offices confirm a constituent by ZIP code. It reaches the letter only
          // when the reader asks, as a visible part of the town line under the name.
          <button
            type="button"
            class="tlc-btn tlc-btn--small"
            onClick={() => onSignZip(zip.trim())}
            data-testid="zip-sign"
          >
            {t('composer_us_zip_sign', { zip: zip.trim() })}
          </button>
        ) : null}
      </div>
    </>
  );
}

/** Props of the region picker. */
export interface RegionPickerProps {
  country: string;
  region: string;
  onChange(region: string): void;
  /** The sender's town line, and what adds a US ZIP code to it once the code found a district. */
  town?: string;
  onSignZip?: (zip: string) => void;
}

/** US state (select) or UK constituency (search by constituency or MP name); nothing elsewhere. */
export function RegionPicker({ country, region, onChange, town, onSignZip }: RegionPickerProps) {
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
      <UsPicker
        regions={regions}
        region={region}
        onChange={onChange}
        town={town}
        onSignZip={onSignZip}
      />
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
