import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  checkOwnRecipient,
  OWN_RECIPIENT_MAX,
  type OwnRecipientError,
  type OwnRecipientField,
  type OwnRecipientFields,
  type OwnRecipientInput,
} from '../../lib/letters';

/** Props of OwnRecipientForm. */
export interface OwnRecipientFormProps {
  /** Prefix of the element ids ("tlo-new", "tlo-edit-<n>"): unique on the page. */
  idBase: string;
  title: string;
  submitLabel: string;
  initial?: OwnRecipientInput;
  /** Called with the checked, cleaned fields; the form stays open if it rejects. */
  onSubmit(fields: OwnRecipientFields): Promise<void>;
  onCancel(): void;
}

const FIELDS: readonly {
  key: OwnRecipientField;
  type: string;
  optional: boolean;
  /** Addresses and numbers are read left to right in every language. */
  ltr: boolean;
  hint?: string;
}[] = [
  { key: 'name', type: 'text', optional: false, ltr: false },
  { key: 'role', type: 'text', optional: true, ltr: false },
  { key: 'email', type: 'email', optional: true, ltr: true },
  {
    key: 'contactForm',
    type: 'url',
    optional: true,
    ltr: true,
    hint: 'options_recipient_hint_contactForm',
  },
  {
    key: 'phone',
    type: 'tel',
    optional: true,
    ltr: true,
    hint: 'options_recipient_hint_phone',
  },
];

/** The message for a field's error. */
function errorText(field: OwnRecipientField, code: OwnRecipientError): string {
  return code === 'too_long'
    ? t('options_recipient_error_too_long', { max: OWN_RECIPIENT_MAX[field] })
    : t(`options_recipient_error_${code}`);
}

/**
 * Add or edit a recipient: every field checked on save with `checkOwnRecipient` (the composer's
 * rules too), each error shown under its field and tied to it, focus on the first bad field.
 */
export function OwnRecipientForm({
  idBase,
  title,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
}: OwnRecipientFormProps) {
  const [values, setValues] = useState<Record<OwnRecipientField, string>>({
    name: initial?.name ?? '',
    role: initial?.role ?? '',
    email: initial?.email ?? '',
    contactForm: initial?.contactForm ?? '',
    phone: initial?.phone ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<OwnRecipientField, OwnRecipientError>>>({});
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<OwnRecipientField, HTMLInputElement | null>>>({});

  // Opening the form puts the cursor in its first field.
  useEffect(() => inputs.current.name?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const res = checkOwnRecipient(values);
    if (!res.ok) {
      setErrors(res.errors);
      const first = FIELDS.find((f) => res.errors[f.key]);
      if (first) inputs.current[first.key]?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(res.value);
    } finally {
      setBusy(false);
    }
  };

  const titleId = `${idBase}-title`;
  return (
    <form
      class="tlo-recipient-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h3 id={titleId}>{title}</h3>
      {FIELDS.map((f) => {
        const id = `${idBase}-${f.key}`;
        const err = errors[f.key];
        const describedBy = [err ? `${id}-error` : '', f.hint ? `${id}-hint` : '']
          .filter(Boolean)
          .join(' ');
        return (
          <div class="tlo-field" key={f.key}>
            <label for={id}>
              {t(`options_recipient_field_${f.key}`)}
              {f.optional ? (
                <span class="tlo-optional"> {t('options_recipient_optional')}</span>
              ) : null}
            </label>
            <input
              id={id}
              ref={(el) => {
                inputs.current[f.key] = el;
              }}
              type={f.type}
              dir={f.ltr ? 'ltr' : 'auto'}
              class={f.ltr ? 'tlo-ltr' : undefined}
              value={values[f.key]}
              required={!f.optional}
              aria-invalid={err ? true : undefined}
              aria-describedby={describedBy || undefined}
              // The browser's own autofill would offer the user's name and address here.
              autoComplete="off"
              spellcheck={false}
              data-testid={`own-recipient-${f.key}`}
              onKeyDown={(e) => {
                // Escape leaves the form like Cancel does.
                if (e.key === 'Escape') {
                  e.preventDefault();
                  onCancel();
                }
              }}
              onInput={(e) => {
                const v = (e.currentTarget as HTMLInputElement).value;
                setValues((old) => ({ ...old, [f.key]: v }));
                if (err) setErrors((old) => ({ ...old, [f.key]: undefined }));
              }}
            />
            {f.hint ? (
              <span id={`${id}-hint`} class="tlo-hint">
                {t(f.hint)}
              </span>
            ) : null}
            {err ? (
              <span id={`${id}-error`} class="tlo-error">
                {errorText(f.key, err)}
              </span>
            ) : null}
          </div>
        );
      })}
      <p class="tlo-row">
        <button
          type="submit"
          class="tlo-btn tlo-btn--primary"
          disabled={busy}
          data-testid="own-recipient-save"
        >
          {submitLabel}
        </button>
        <button type="button" class="tlo-btn" onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </p>
    </form>
  );
}
