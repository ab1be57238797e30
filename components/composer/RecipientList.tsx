import { useState } from 'preact/hooks';
import type { Recipient } from '../../lib/campaign';
import { getLang, t } from '../../lib/i18n';
import { roleOf } from '../../lib/letters';
import { AddRecipientForm } from './AddRecipientForm';
import { FieldError } from './FieldError';
import type { ComposerModel } from './useComposer';

/** Props of the "To whom" section. */
export interface RecipientListProps {
  model: ComposerModel;
  compact: boolean;
}

const FLAG_KEYS: Record<string, string> = {
  foreign_relations: 'composer_flag_foreign_relations',
  libe: 'composer_flag_libe',
  libe_substitute: 'composer_flag_libe_substitute',
  afet: 'composer_flag_afet',
};

/** Suggested recipients (with committee flags) and the user's own; several can be chosen. */
export function RecipientList({ model, compact }: RecipientListProps) {
  const { draft, update, suggested, custom } = model;
  const [showAll, setShowAll] = useState(false);
  const [adding, setAdding] = useState(false);
  // Rows the reader has ticked or unticked stay in place: unticking one from "Show all" must
  // not make it vanish under the pointer.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const lang = getLang();
  const limit = compact ? 4 : 8;
  const selected = new Set(draft.selected);
  // Always show chosen and touched ones, then the best suggestions.
  const visible = showAll
    ? suggested
    : suggested.filter((r, i) => i < limit || selected.has(r.id) || touched.has(r.id));
  const noneIssue = model.attempted
    ? model.issues.find((i) => i.code === 'no_recipient')
    : undefined;

  const toggle = (id: string, on: boolean) => {
    if (!touched.has(id)) setTouched(new Set([...touched, id]));
    update({
      selected: on
        ? [...draft.selected.filter((x) => x !== id), id]
        : draft.selected.filter((x) => x !== id),
    });
  };

  const row = (r: Recipient) => {
    const issue = model.attempted
      ? model.issues.find((i) => i.recipientId === r.id && i.code === 'invalid_address')
      : undefined;
    return (
      <li key={r.id} class="tlc-recipient">
        <div class="tlc-check">
          <input
            id={`tlc-r-${r.id}`}
            type="checkbox"
            checked={selected.has(r.id)}
            onChange={(e) => toggle(r.id, (e.currentTarget as HTMLInputElement).checked)}
            data-testid={`recipient-${r.id}`}
          />
          <label class="tlc-recipient-text" for={`tlc-r-${r.id}`}>
            <span class="tlc-recipient-name">{r.name}</span>
            {r.nameEn ? <span class="tlc-muted tlc-small">{r.nameEn}</span> : null}
            <span class="tlc-muted tlc-small">
              {[roleOf(r, lang), r.party].filter(Boolean).join(' · ')}
            </span>
            <span class="tlc-badges">
              {(r.flags ?? [])
                .filter((f) => FLAG_KEYS[f])
                .map((f) => (
                  <span key={f} class="tlc-badge tlc-badge--flag">
                    {t(FLAG_KEYS[f]!)}
                  </span>
                ))}
              {r.email ? <span class="tlc-badge">{t('composer_has_email')}</span> : null}
              {r.contactForm ? <span class="tlc-badge">{t('composer_has_form')}</span> : null}
              {r.url && !r.contactForm && r.id.startsWith('inst-') ? (
                <span class="tlc-badge">{t('composer_has_web')}</span>
              ) : null}
              {r.phone ? <span class="tlc-badge">{t('composer_has_phone')}</span> : null}
            </span>
          </label>
        </div>
        <FieldError issue={issue} />
      </li>
    );
  };

  return (
    <section class="tlc-section" aria-labelledby="tlc-h-to">
      <h2 id="tlc-h-to" class="tlc-h2">
        {t('composer_to')}
      </h2>
      {draft.country === 'US' && !draft.region ? (
        <p class="tlc-hint">{t('composer_to_need_state')}</p>
      ) : null}
      {draft.country === 'US' &&
      draft.region &&
      !model.loadingRecipients &&
      !suggested.some((r) => r.group === 'us_house') ? (
        <p class="tlc-hint">{t('composer_to_need_zip')}</p>
      ) : null}
      {draft.country === 'GB' && !draft.region ? (
        <p class="tlc-hint">{t('composer_to_need_constituency')}</p>
      ) : null}
      {!draft.country ? (
        <p class="tlc-hint">{t('composer_to_need_country')}</p>
      ) : model.loadingRecipients ? (
        <p class="tlc-muted" role="status">
          {t('composer_to_loading')}
        </p>
      ) : suggested.length === 0 ? (
        draft.country !== 'US' && draft.country !== 'GB' ? (
          <p class="tlc-hint">{t('composer_to_none')}</p>
        ) : null
      ) : (
        <ul class="tlc-recipients" aria-label={t('composer_to_suggested')}>
          {visible.map(row)}
        </ul>
      )}
      {suggested.length > visible.length || showAll ? (
        <button type="button" class="tlc-btn tlc-btn--link" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('composer_to_fewer') : t('composer_to_all', { count: suggested.length })}
        </button>
      ) : null}
      {custom.length ? (
        <ul class="tlc-recipients" aria-label={t('composer_to_custom')}>
          {custom.map(row)}
        </ul>
      ) : null}
      <FieldError issue={noneIssue} />
      {adding ? (
        <AddRecipientForm
          onCancel={() => setAdding(false)}
          onAdd={async (r) => {
            await model.addCustom(r);
            setAdding(false);
          }}
        />
      ) : (
        <button type="button" class="tlc-btn tlc-btn--link" onClick={() => setAdding(true)}>
          {t('composer_to_add')}
        </button>
      )}
    </section>
  );
}
