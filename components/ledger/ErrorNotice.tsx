import { StorageError } from '../../lib/db/errors';
import { t } from '../../lib/i18n';

/** Props of ErrorNotice. */
export interface ErrorNoticeProps {
  error: unknown;
  onDismiss?: () => void;
}

/** A storage failure told plainly: what happened and what to do. */
export function ErrorNotice({ error, onDismiss }: ErrorNoticeProps) {
  if (!error) return null;
  const reason = error instanceof StorageError ? error.reason : 'unknown';
  return (
    <div class="tll-notice tll-notice--error" role="alert">
      <p>{t(`ledger_error_${reason}`)}</p>
      {onDismiss ? (
        <button type="button" class="tll-btn tll-btn--small" onClick={onDismiss}>
          {t('ledger_dismiss')}
        </button>
      ) : null}
    </div>
  );
}
