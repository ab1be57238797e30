import { useEffect, useRef, useState } from 'preact/hooks';
import {
  deleteEverything,
  exportCsv,
  exportJson,
  importData,
  MAX_IMPORT_BYTES,
  previewImport,
  type ImportPreview,
  type ImportResult,
} from '../../lib/db/transfer';
import { bcp47, getLang, t, tn } from '../../lib/i18n';
import { loadAreas } from '../../lib/i18n/lazy';
import { ErrorNotice } from './ErrorNotice';

/** The CSV in the ledger's language: readable labels (the composer's for concerns and asks). */
async function spreadsheetCsv(): Promise<string> {
  const lang = getLang();
  await loadAreas(['composer'], lang).catch(() => undefined);
  return exportCsv({
    locale: bcp47(lang),
    labels: {
      state: (s) => t(`ledger_state_${s}`),
      channel: (c) => t(`ledger_channel_${c}`),
      ask: (a) => t(`composer_ask_${a}`),
      concern: (c) => t(`composer_concern_${c.replace(/-/g, '_')}`),
      replyKind: (k) => t(`ledger_reply_kind_${k}`),
    },
  });
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const SHOWN_PROBLEMS = 50;

/** The update address a checked import file sets (null: updates off), for the confirmation. */
function importedUpdateUrl(text: string): string | null {
  try {
    const f = JSON.parse(text) as { settings?: { updateUrl?: string | null } | null };
    return f.settings?.updateUrl ?? null;
  } catch {
    return null;
  }
}

/** Props of DataView. */
export interface DataViewProps {
  onShowStored: () => void;
}

/** Export, import (with a per-record problem report) and "delete all my data". */
export function DataView({ onShowStored }: DataViewProps) {
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [preview, setPreview] = useState<Extract<ImportPreview, { ok: true }> | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const importCancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  // The confirmation (and the button pressed) goes away: focus the outcome, not <body>.
  useEffect(() => {
    if (deleted) done.current?.focus();
  }, [deleted]);
  // The safe choice gets focus when the confirmation appears.
  // Cancelled, focus returns to the button that asked (it takes the dialog's place).
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current && !deleted) opener.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  useEffect(() => {
    if (preview) importCancel.current?.focus();
  }, [preview]);
  const day = new Date().toISOString().slice(0, 10);

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  // An import is checked and shown first (what it holds, which settings it would replace);
  // nothing is written until the reader confirms.
  const onImport = (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!f) return;
    void run(async () => {
      setResult(null);
      setCancelled(false);
      setDeleted(false);
      const p = await previewImport(f);
      if (p.ok) setPreview(p);
      else setResult(p);
      if (file.current) file.current.value = '';
    });
  };
  const confirmImport = (p: Extract<ImportPreview, { ok: true }>) =>
    void run(async () => {
      setPreview(null);
      setResult(await importData(p.text));
    });
  return (
    <div class="tll-data">
      <h2>{t('ledger_data_heading')}</h2>
      <p>{t('ledger_data_intro')}</p>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <section class="tll-card" aria-labelledby="tll-export-h">
        <h3 id="tll-export-h">{t('ledger_export_heading')}</h3>
        <p class="tll-hint">{t('ledger_export_hint')}</p>
        <div class="tll-actions">
          <button
            type="button"
            class="tll-btn tll-btn--primary"
            disabled={busy}
            onClick={() =>
              void run(async () =>
                download(`treaty-lens-${day}.json`, 'application/json', await exportJson()),
              )
            }
          >
            {t('ledger_export_json')}
          </button>
          <button
            type="button"
            class="tll-btn"
            disabled={busy}
            onClick={() =>
              void run(async () =>
                download(
                  `treaty-lens-letters-${day}.csv`,
                  'text/csv;charset=utf-8',
                  await spreadsheetCsv(),
                ),
              )
            }
          >
            {t('ledger_export_csv')}
          </button>
        </div>
      </section>
      <section class="tll-card" aria-labelledby="tll-import-h">
        <h3 id="tll-import-h">{t('ledger_import_heading')}</h3>
        <p class="tll-hint">{t('ledger_import_hint', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
        <label class="tll-btn">
          {t('ledger_import_choose')}
          <input
            ref={file}
            class="tll-visually-hidden"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={onImport}
          />
        </label>
        {preview ? (
          <div
            class="tll-confirm"
            role="alertdialog"
            aria-labelledby="tll-import-q"
            data-testid="import-confirm"
          >
            <p id="tll-import-q">
              <strong>{t('ledger_import_confirm_heading')}</strong>
            </p>
            <p>
              {t('ledger_import_confirm_counts', {
                letters: preview.letters,
                replies: preview.replies,
                recipients: preview.recipients,
              })}
            </p>
            {preview.settings.length ? (
              <>
                <p>{t('ledger_import_confirm_settings')}</p>
                <ul class="tll-problems" data-testid="import-settings">
                  {preview.settings.map((k) => (
                    <li key={k}>
                      {k === 'updateUrl'
                        ? t('ledger_setting_updateUrl', {
                            url: importedUpdateUrl(preview.text) ?? t('ledger_setting_updates_off'),
                          })
                        : t(`ledger_setting_${k}`)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('ledger_import_confirm_no_settings')}</p>
            )}
            <div class="tll-actions">
              <button
                type="button"
                class="tll-btn tll-btn--primary"
                disabled={busy}
                onClick={() => confirmImport(preview)}
              >
                {t('ledger_import_confirm_yes')}
              </button>
              <button
                type="button"
                class="tll-btn"
                ref={importCancel}
                onClick={() => {
                  setPreview(null);
                  setCancelled(true);
                }}
              >
                {t('ledger_cancel')}
              </button>
            </div>
          </div>
        ) : null}
        {cancelled ? (
          <p class="tll-notice" role="status">
            {t('ledger_import_cancelled')}
          </p>
        ) : null}
        {result?.ok ? (
          <p class="tll-notice tll-notice--ok" role="status">
            {t('ledger_import_done', {
              added: result.counts.added,
              updated: result.counts.updated,
              unchanged: result.counts.unchanged + result.counts.keptNewer,
            })}
          </p>
        ) : null}
        {result && !result.ok ? (
          <div class="tll-notice tll-notice--error" role="alert">
            <p>
              <strong>{tn('ledger_import_failed', result.problems.length)}</strong>
            </p>
            <ul class="tll-problems">
              {result.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
            {result.problems.length > SHOWN_PROBLEMS ? (
              <p>{tn('ledger_import_more', result.problems.length - SHOWN_PROBLEMS)}</p>
            ) : null}
          </div>
        ) : null}
      </section>
      <section class="tll-card tll-card--danger" aria-labelledby="tll-delete-h">
        <h3 id="tll-delete-h">{t('ledger_delete_all_heading')}</h3>
        <p class="tll-hint">{t('ledger_delete_all_hint')}</p>
        {deleted ? (
          <p
            class="tll-notice tll-notice--ok"
            role="status"
            ref={done}
            tabIndex={-1}
            data-testid="delete-all-done"
          >
            {t('ledger_delete_all_done')}
          </p>
        ) : null}
        {confirming ? (
          <div class="tll-confirm" role="alertdialog" aria-labelledby="tll-delete-q">
            <p id="tll-delete-q">
              <strong>{t('ledger_delete_all_confirm')}</strong>
            </p>
            <div class="tll-actions">
              <button
                type="button"
                class="tll-btn tll-btn--danger"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await deleteEverything();
                    setConfirming(false);
                    setDeleted(true);
                    setResult(null);
                  })
                }
              >
                {t('ledger_delete_all_yes')}
              </button>
              <button
                type="button"
                class="tll-btn"
                ref={cancel}
                onClick={() => setConfirming(false)}
              >
                {t('ledger_cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            class="tll-btn tll-btn--danger"
            ref={opener}
            onClick={() => setConfirming(true)}
            data-testid="delete-all"
          >
            {t('ledger_delete_all')}
          </button>
        )}
      </section>
      <p>
        <button type="button" class="tll-linkish" onClick={onShowStored}>
          {t('ledger_stored_link')}
        </button>
      </p>
    </div>
  );
}
