import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { checkOwnRecipient, isEmail } from '../../lib/letters';

/** Props of the "add your own recipient" form. */
export interface AddRecipientFormProps {
  onAdd(r: { name: string; role: string; email?: string; contactForm?: string }): Promise<void>;
  onCancel(): void;
}

/** A small form for a recipient that is not in the campaign data; stored locally. */
export function AddRecipientForm({ onAdd, onCancel }: AddRecipientFormProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    // The options page's rules (lib/letters checkOwnRecipient): the address is an email or a link.
    const a = address.trim();
    const res = checkOwnRecipient(
      isEmail(a) ? { name, role, email: a } : { name, role, contactForm: a },
    );
    if (!res.ok)
      return setError(
        t(res.errors.name ? 'composer_add_error_name' : 'composer_add_error_address'),
      );
    setError(null);
    await onAdd(res.value);
  };

  return (
    <form class="tlc-add" onSubmit={(e) => void submit(e)} aria-labelledby="tlc-h-add">
      <h3 id="tlc-h-add" class="tlc-h3">
        {t('composer_add_title')}
      </h3>
      <label class="tlc-field">
        <span class="tlc-label">{t('composer_add_name')}</span>
        <input
          type="text"
          value={name}
          maxLength={200}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label class="tlc-field">
        <span class="tlc-label">
          {t('composer_add_role')} <span class="tlc-optional">{t('composer_optional')}</span>
        </span>
        <input
          type="text"
          value={role}
          maxLength={200}
          onInput={(e) => setRole((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label class="tlc-field">
        <span class="tlc-label">{t('composer_add_address')}</span>
        <input
          type="text"
          inputMode="email"
          value={address}
          maxLength={2000}
          onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
        />
        <span class="tlc-hint">{t('composer_add_address_hint')}</span>
      </label>
      {error ? (
        <p class="tlc-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="tlc-row">
        <button type="submit" class="tlc-btn tlc-btn--primary">
          {t('composer_add_save')}
        </button>
        <button type="button" class="tlc-btn" onClick={onCancel}>
          {t('composer_cancel')}
        </button>
      </div>
    </form>
  );
}
