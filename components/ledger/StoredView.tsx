import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storageSummary } from '../../lib/db';
import { useLiveQuery } from '../../lib/db/hooks';
import { t, tn } from '../../lib/i18n';
import { ErrorNotice } from './ErrorNotice';

const TABLES = ['letters', 'replies', 'recipients', 'settings', 'meta'] as const;

/** "What is stored": every table and every extension-storage key, with counts and sizes. */
export function StoredView() {
  const counts = useLiveQuery(() => storageSummary(), []);
  const [keys, setKeys] = useState<{ key: string; bytes: number }[] | null>(null);
  useEffect(() => {
    browser.storage.local
      .get(null)
      .then((all) =>
        setKeys(
          Object.entries(all)
            .map(([key, v]) => ({ key, bytes: new TextEncoder().encode(JSON.stringify(v)).length }))
            .sort((a, b) => a.key.localeCompare(b.key)),
        ),
      )
      .catch(() => setKeys([]));
  }, []);
  const kb = new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  });
  return (
    <div class="tll-stored">
      <h2>{t('ledger_stored_heading')}</h2>
      <p>{t('ledger_stored_intro')}</p>
      <ErrorNotice error={counts.error} />
      <h3>{t('ledger_stored_db')}</h3>
      <table class="tll-table">
        <thead>
          <tr>
            <th scope="col">{t('ledger_stored_col_what')}</th>
            <th scope="col">{t('ledger_stored_col_fields')}</th>
            <th scope="col">{t('ledger_stored_col_count')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`ledger_stored_${k}`)}</th>
              <td>{t(`ledger_stored_${k}_fields`)}</td>
              <td>{counts.value ? tn('ledger_stored_records', counts.value[k]) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('ledger_stored_local')}</h3>
      <p class="tll-hint">{t('ledger_stored_local_hint')}</p>
      {keys && keys.length === 0 ? <p class="tll-hint">{t('ledger_stored_local_none')}</p> : null}
      {keys && keys.length ? (
        <table class="tll-table">
          <thead>
            <tr>
              <th scope="col">{t('ledger_stored_col_key')}</th>
              <th scope="col">{t('ledger_stored_col_size')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.key}>
                <th scope="row">
                  <code>{k.key}</code>
                </th>
                <td>{kb.format(k.bytes / 1024)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>{t('ledger_stored_never_heading')}</h3>
      <ul>
        <li>{t('ledger_stored_never_1')}</li>
        <li>{t('ledger_stored_never_2')}</li>
        <li>{t('ledger_stored_never_3')}</li>
      </ul>
    </div>
  );
}
