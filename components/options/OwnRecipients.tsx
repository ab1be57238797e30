import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addCustomRecipient,
  customRecipients,
  removeCustomRecipient,
  restoreCustomRecipient,
  updateCustomRecipient,
  type CustomRecipient,
  type CustomRecipientFields,
} from '../../lib/db';
import { useLiveQuery } from '../../lib/db/hooks';
import { t } from '../../lib/i18n';
import { ErrorNotice } from '../ledger/ErrorNotice';
import { OwnRecipientForm } from './OwnRecipientForm';
import { Section } from './Section';

/** Props of OwnRecipients. */
export interface OwnRecipientsProps {
  /** The reader's country, given to recipients added here (the composer does the same). */
  country: string;
}

/** Where focus goes after an action, once the list has re-rendered. */
type FocusTarget = { edit: string } | 'add' | 'undo' | null;

/** A name inside a sentence, isolated so a right-to-left name cannot reorder the words around it. */
const isolate = (name: string) => `\u2068${name}\u2069`;

/** The fields of a stored recipient, for the edit form. */
function fieldsOf(r: CustomRecipient): CustomRecipientFields {
  return {
    name: r.name,
    role: r.role,
    ...(r.email ? { email: r.email } : {}),
    ...(r.contactForm ? { contactForm: r.contactForm } : {}),
    ...(r.phone ? { phone: r.phone } : {}),
  };
}

/**
 * "Your own recipients": the people the reader added by hand, from the same store the composer
 * reads (lib/db), kept live across tabs. Add, edit, delete with undo; each outcome is announced.
 */
export function OwnRecipients({ country }: OwnRecipientsProps) {
  const live = useLiveQuery(() => customRecipients(), []);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<CustomRecipient | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [focus, setFocus] = useState<FocusTarget>(null);
  const section = useRef<HTMLDivElement>(null);
  const list = live.value ?? [];

  useEffect(() => {
    if (!focus || !section.current) return;
    const el =
      typeof focus === 'string'
        ? section.current.querySelector<HTMLElement>(`[data-focus="${focus}"]`)
        : [...section.current.querySelectorAll<HTMLElement>('[data-edit]')].find(
            (b) => b.dataset['edit'] === focus.edit,
          );
    if (el) {
      el.focus();
      setFocus(null);
    }
  });

  // Every action reports its outcome in the live region, or its failure in the notice.
  const run = async (action: () => Promise<void>) => {
    try {
      setError(null);
      await action();
    } catch (e) {
      setError(e);
    }
  };

  const add = (f: CustomRecipientFields) =>
    run(async () => {
      const id = await addCustomRecipient({ ...f, country });
      setEditing(null);
      setDeleted(null);
      setStatus(t('options_recipient_added', { name: isolate(f.name) }));
      setFocus({ edit: id });
    });

  const save = (id: string, f: CustomRecipientFields) =>
    run(async () => {
      const found = await updateCustomRecipient(id, f);
      setEditing(null);
      setStatus(
        t(found ? 'options_recipient_saved' : 'options_recipient_gone', { name: isolate(f.name) }),
      );
      setFocus(found ? { edit: id } : 'add');
    });

  const remove = (r: CustomRecipient) =>
    run(async () => {
      const old = await removeCustomRecipient(r.id);
      if (editing === r.id) setEditing(null);
      setDeleted(old ?? null);
      setStatus(t('options_recipient_deleted', { name: isolate(r.name) }));
      setFocus(old ? 'undo' : 'add');
    });

  const undo = () =>
    run(async () => {
      if (!deleted) return;
      await restoreCustomRecipient(deleted);
      setStatus(t('options_recipient_restored', { name: isolate(deleted.name) }));
      setFocus({ edit: deleted.id });
      setDeleted(null);
    });

  const cancel = (back: FocusTarget) => {
    setEditing(null);
    setFocus(back);
  };

  return (
    <Section
      id="tlo-recipients"
      title={t('options_recipients_heading')}
      intro={t('options_recipients_intro')}
    >
      <div ref={section}>
        <ErrorNotice error={error ?? live.error} onDismiss={() => setError(null)} />
        <p class="tlo-status" role="status" aria-live="polite" data-testid="own-recipients-status">
          <span>{status}</span>
          {deleted ? (
            <button
              type="button"
              class="tlo-btn tlo-btn--small"
              data-focus="undo"
              aria-label={t('options_recipient_undo_label', { name: deleted.name })}
              onClick={() => void undo()}
            >
              {t('options_undo')}
            </button>
          ) : null}
        </p>
        {live.value && list.length === 0 ? (
          <p class="tlo-hint">{t('options_recipients_none')}</p>
        ) : null}
        {list.length ? (
          <ul class="tlo-recipients" aria-labelledby="tlo-recipients">
            {list.map((r) =>
              editing === r.id ? (
                <li key={r.id} class="tlo-recipient tlo-recipient--editing">
                  <OwnRecipientForm
                    idBase={`tlo-edit-${r.id.replace(/[^A-Za-z0-9_-]/g, '_')}`}
                    title={t('options_recipient_edit_title', { name: isolate(r.name) })}
                    submitLabel={t('options_save')}
                    initial={fieldsOf(r)}
                    onSubmit={(f) => save(r.id, f)}
                    onCancel={() => cancel({ edit: r.id })}
                  />
                </li>
              ) : (
                <li key={r.id} class="tlo-recipient" data-testid="own-recipient">
                  <div class="tlo-recipient-text">
                    <strong>
                      <bdi>{r.name}</bdi>
                    </strong>
                    {r.role ? (
                      <span class="tlo-hint">
                        <bdi>{r.role}</bdi>
                      </span>
                    ) : null}
                    <dl class="tlo-addresses">
                      {(['email', 'contactForm', 'phone'] as const).map((k) =>
                        r[k] ? (
                          <div key={k}>
                            <dt>{t(`options_recipient_field_${k}`)}</dt>
                            <dd dir="ltr">{r[k]}</dd>
                          </div>
                        ) : null,
                      )}
                    </dl>
                  </div>
                  <div class="tlo-row">
                    <button
                      type="button"
                      class="tlo-btn tlo-btn--small"
                      data-edit={r.id}
                      aria-label={t('options_recipient_edit_label', { name: r.name })}
                      onClick={() => setEditing(r.id)}
                    >
                      {t('options_recipient_edit')}
                    </button>
                    <button
                      type="button"
                      class="tlo-btn tlo-btn--small"
                      aria-label={t('options_recipient_delete_label', { name: r.name })}
                      onClick={() => void remove(r)}
                    >
                      {t('options_recipient_delete')}
                    </button>
                  </div>
                </li>
              ),
            )}
          </ul>
        ) : null}
        {editing === 'new' ? (
          <OwnRecipientForm
            idBase="tlo-new"
            title={t('options_recipient_new_title')}
            submitLabel={t('options_recipient_add_save')}
            onSubmit={add}
            onCancel={() => cancel('add')}
          />
        ) : (
          <p class="tlo-row">
            <button
              type="button"
              class="tlo-btn"
              data-focus="add"
              data-testid="own-recipient-add"
              onClick={() => setEditing('new')}
            >
              {t('options_recipient_add')}
            </button>
          </p>
        )}
      </div>
    </Section>
  );
}
