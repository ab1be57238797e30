import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';

/** Props of UndoToast. */
export interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  /** How long the undo stays offered. */
  ms?: number;
}

/** "Deleted. Undo" — announced politely, offered for a while, then gone. */
export function UndoToast({ message, onUndo, onExpire, ms = 10_000 }: UndoToastProps) {
  useEffect(() => {
    const id = setTimeout(onExpire, ms);
    return () => clearTimeout(id);
  }, [message]);
  return (
    <div class="tll-toast" role="status">
      <span>{message}</span>
      <button type="button" class="tll-btn tll-btn--small" onClick={onUndo}>
        {t('ledger_undo')}
      </button>
    </div>
  );
}
