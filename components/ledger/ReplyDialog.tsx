import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReplyInput, ReplyKind } from '../../lib/db';
import { t } from '../../lib/i18n';

/** Props of ReplyDialog. */
export interface ReplyDialogProps {
  recipientName: string;
  onSave: (reply: ReplyInput) => Promise<void>;
  onClose: () => void;
}

const KINDS: ReplyKind[] = ['substantive', 'acknowledgement', 'refusal'];

/** Modal form to log a reply: when it came, what kind, notes and the pasted text. */
export function ReplyDialog({ recipientName, onSave, onClose }: ReplyDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [receivedOn, setReceivedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [kind, setKind] = useState<ReplyKind>('substantive');
  const [notes, setNotes] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onSave({
        receivedOn,
        kind,
        ...(notes.trim() ? { notes: notes.trim() } : {}),
        ...(text.trim() ? { text } : {}),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      class="tll-dialog"
      aria-labelledby="tll-reply-h"
      onClose={onClose}
      onCancel={onClose}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id="tll-reply-h">{t('ledger_reply_title', { name: recipientName })}</h2>
        <div class="tll-field">
          <label for="tll-reply-date">{t('ledger_reply_date')}</label>
          <input
            id="tll-reply-date"
            type="date"
            required
            value={receivedOn}
            onInput={(e) => setReceivedOn((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <fieldset class="tll-fieldset">
          <legend>{t('ledger_reply_kind')}</legend>
          {KINDS.map((k) => (
            <label key={k} class="tll-radio">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <strong>{t(`ledger_reply_kind_${k}`)}</strong>
              <span class="tll-hint">{t(`ledger_reply_kind_${k}_hint`)}</span>
            </label>
          ))}
        </fieldset>
        <div class="tll-field">
          <label for="tll-reply-notes">{t('ledger_reply_notes')}</label>
          <input
            id="tll-reply-notes"
            value={notes}
            maxLength={2000}
            onInput={(e) => setNotes((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="tll-field">
          <label for="tll-reply-text">{t('ledger_reply_text')}</label>
          <textarea
            id="tll-reply-text"
            rows={6}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <span class="tll-hint">{t('ledger_reply_text_hint')}</span>
        </div>
        <div class="tll-actions">
          <button type="submit" class="tll-btn tll-btn--primary" disabled={busy}>
            {t('ledger_reply_save')}
          </button>
          <button type="button" class="tll-btn" onClick={onClose}>
            {t('ledger_cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
