import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storageSummary } from '../../lib/db/transfer';
import { useLiveQuery } from '../../lib/db/hooks';
import { t, tn } from '../../lib/i18n';
import { ErrorNotice } from './ErrorNotice';

const TABLES = ['letters', 'replies', 'recipients', 'settings', 'meta'] as const;

/** The other places the extension writes (issue 18, item 3: "What is stored" lists every one). */
interface Elsewhere {
  /** localStorage of the extension's origin: the composer's keystroke-by-keystroke draft copy. */
  page: { key: string; bytes: number }[];
  /** storage.session (null where the browser has none). */
  session: string[] | null;
  alarms: string[];
  notifications: number;
  badge: string;
}

const size = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

async function readElsewhere(): Promise<Elsewhere> {
  const page: { key: string; bytes: number }[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null) page.push({ key, bytes: size(localStorage.getItem(key)) });
    }
  } catch {
    // localStorage switched off: nothing can be there.
  }
  const sessionArea = (browser.storage as { session?: typeof browser.storage.local }).session;
  const session = sessionArea ? Object.keys(await sessionArea.get(null).catch(() => ({}))) : null;
  const alarms = (await browser.alarms.getAll().catch(() => [])).map((a) => a.name).sort();
  const notifications = Object.keys(await browser.notifications.getAll().catch(() => ({}))).length;
  type Badge = { getBadgeText(d: object): Promise<string> };
  const b = browser as unknown as { action?: Badge; browserAction?: Badge };
  const badge = (await (b.action ?? b.browserAction)?.getBadgeText({}).catch(() => '')) ?? '';
  return {
    page: page.sort((a, z) => a.key.localeCompare(z.key)),
    session,
    alarms,
    notifications,
    badge,
  };
}

/** One storage place: its name, what it keeps, and what is in it now (null: still reading). */
function PlaceRow({ id, now, plain }: { id: string; now: string[] | null; plain?: boolean }) {
  return (
    <tr data-testid={`stored-${id}`}>
      <th scope="row">{t(`ledger_stored_${id}`)}</th>
      <td>{t(`ledger_stored_${id}_fields`)}</td>
      <td>
        {!now
          ? '…'
          : now.length
            ? now.map((item) =>
                plain ? (
                  <span key={item}>{item}</span>
                ) : (
                  <code key={item} class="tll-stored-item">
                    {item}
                  </code>
                ),
              )
            : t('ledger_stored_empty')}
      </td>
    </tr>
  );
}

/** "What is stored": every table and every extension-storage key, with counts and sizes. */
export function StoredView() {
  const counts = useLiveQuery(() => storageSummary(), []);
  const [keys, setKeys] = useState<{ key: string; bytes: number }[] | null>(null);
  const [elsewhere, setElsewhere] = useState<Elsewhere | null>(null);
  useEffect(() => {
    void readElsewhere().then(setElsewhere);
    browser.storage.local
      .get(null)
      .then((all) =>
        setKeys(
          Object.entries(all)
            .map(([key, v]) => ({ key, bytes: size(v) }))
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
      <h3>{t('ledger_stored_other')}</h3>
      <table class="tll-table" data-testid="stored-elsewhere">
        <thead>
          <tr>
            <th scope="col">{t('ledger_stored_col_what')}</th>
            <th scope="col">{t('ledger_stored_col_fields')}</th>
            <th scope="col">{t('ledger_stored_col_now')}</th>
          </tr>
        </thead>
        <tbody>
          <PlaceRow
            id="page"
            now={
              elsewhere &&
              elsewhere.page.map(({ key, bytes }) => `${key} ${kb.format(bytes / 1024)}`)
            }
          />
          <PlaceRow id="session" now={elsewhere && (elsewhere.session ?? [])} />
          <PlaceRow id="alarms" now={elsewhere && elsewhere.alarms} />
          <PlaceRow
            id="notifications"
            now={
              elsewhere &&
              (elsewhere.notifications
                ? [t('ledger_stored_shown', { count: elsewhere.notifications })]
                : [])
            }
            plain
          />
          <PlaceRow
            id="badge"
            now={elsewhere && (elsewhere.badge ? [elsewhere.badge] : [])}
            plain
          />
        </tbody>
      </table>
      <h3>{t('ledger_stored_never_heading')}</h3>
      <ul>
        <li>{t('ledger_stored_never_1')}</li>
        <li>{t('ledger_stored_never_2')}</li>
        <li>{t('ledger_stored_never_3')}</li>
      </ul>
    </div>
  );
}
