import { dirOf, getLang, t } from '../../lib/i18n';
import type { ArticleContext } from '../../lib/letters';
import { HowDecides } from './HowDecides';
import { LetterPreview } from './LetterPreview';
import { RecentLetters } from './RecentLetters';
import { RecipientList } from './RecipientList';
import { WhatToSay } from './WhatToSay';
import { WhoIAm } from './WhoIAm';
import { YourCountry } from './YourCountry';
import { useComposer } from './useComposer';

/** Props of the composer. */
export interface ComposerProps {
  /** 'popup' = the quick path in the toolbar popup; 'page' = full composer tab / side panel. */
  variant: 'popup' | 'page';
  /** The article the composer was opened from (`?ctx=`), if any. */
  context: ArticleContext | null;
  /** A ledger letter to write again (`?again=<letterId>`), if any. */
  againId?: string | null;
  /** Browser UI language (default country and letter language). */
  browserLang: string;
  /** Link to the full composer (popup only). */
  fullComposerUrl?: string;
  /** Link to the ledger (popup only). */
  ledgerUrl?: string;
}

/** The letter composer: who I am, to whom, what, live preview and sending. */
export function Composer(props: ComposerProps) {
  const m = useComposer(props.context, props.browserLang, props.againId ?? null);
  const compact = props.variant === 'popup';
  return (
    <div class={`tlc tlc--${props.variant}`} dir={dirOf(getLang())}>
      <header class="tlc-header">
        <h1 class="tlc-title">{t('composer_title')}</h1>
        {compact && props.fullComposerUrl ? (
          <a class="tlc-link" href={props.fullComposerUrl} target="_blank" rel="noopener">
            {t('composer_open_full')}
          </a>
        ) : null}
      </header>
      {!m.ready ? (
        <p class="tlc-muted" role="status">
          {t('composer_loading')}
        </p>
      ) : (
        <div class="tlc-grid">
          <div class="tlc-form">
            <YourCountry model={m} compact={compact} />
            <WhoIAm model={m} compact={compact} />
            <HowDecides country={m.draft.country} />
            <RecipientList model={m} compact={compact} />
            <WhatToSay model={m} compact={compact} />
          </div>
          <LetterPreview model={m} compact={compact} />
          {m.saveError ? (
            <p class="tlc-error" role="alert">
              {t('composer_save_error', { reason: m.saveError })}
            </p>
          ) : null}
        </div>
      )}
      {compact ? <RecentLetters ledgerUrl={props.ledgerUrl} /> : null}
    </div>
  );
}
