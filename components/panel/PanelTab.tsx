import { t } from '../../lib/i18n';
import { LensIcon } from './LensIcon';

/** Props of {@link PanelTab}. */
export interface PanelTabProps {
  open: boolean;
  count: number;
  onToggle(): void;
  buttonRef: { current: HTMLButtonElement | null };
}

/** The unobtrusive tab at the page edge that opens the panel. */
export function PanelTab({ open, count, onToggle, buttonRef }: PanelTabProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      class="tab"
      aria-expanded={open}
      aria-controls="tl-panel"
      aria-label={t('panel_tab_aria')}
      title={t('panel_tab_aria')}
      onClick={onToggle}
    >
      <LensIcon size={22} />
      <span class="tab-text">{t('panel_tab_label')}</span>
      {count > 0 && (
        <span class="tab-count" aria-hidden="true">
          {count}
        </span>
      )}
    </button>
  );
}
