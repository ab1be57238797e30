import { t } from '../../lib/i18n';
import type { ValidationIssue } from '../../lib/letters';

/** Props of an inline validation message. */
export interface FieldErrorProps {
  id?: string;
  issue: ValidationIssue | undefined;
}

/** One validation message, announced politely, next to its field. */
export function FieldError({ id, issue }: FieldErrorProps) {
  if (!issue) return null;
  return (
    <span class="tlc-error" id={id} role="alert">
      {t(`composer_error_${issue.code}`, { detail: issue.detail ?? '' })}
    </span>
  );
}
