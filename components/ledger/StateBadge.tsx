import type { LetterState } from '../../lib/db';
import { t } from '../../lib/i18n';

/** Props of StateBadge. */
export interface StateBadgeProps {
  state: LetterState;
}

/** A letter's state as a small labelled badge (text, not colour alone). */
export function StateBadge({ state }: StateBadgeProps) {
  return <span class={`tll-badge tll-badge--${state}`}>{t(`ledger_state_${state}`)}</span>;
}
