import { t } from '../../lib/i18n';
import { LensIcon } from './LensIcon';

/** Props of {@link PanelTab}. */
export interface PanelTabProps {
  open: boolean;
  count: number;
  onToggle(e: Event): void;
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
      aria-describedby="tl-tab-desc"
      title={t('panel_tab_aria')}
      onClick={onToggle}
    >
      {/* The name is the visible word ("Context"), so speech users can say what they see
          (axe label-content-name-mismatch, issue 18 item 13); the long form describes it. */}
      <LensIcon size={22} />
      <span class="tab-text">{t('panel_tab_label')}</span>
      <span id="tl-tab-desc" class="sr-only">
        {t('panel_tab_aria')}
      </span>
      {count > 0 && (
        <span class="tab-count" aria-hidden="true">
          {count}
        </span>
      )}
    </button>
  );
}
