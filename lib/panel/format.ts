/** Date display for sources and statuses, in the panel's current language. */
import { formatDate } from '../i18n';
import { TREATY_TIME_ZONE } from '../campaign/clock';

/**
 * 'YYYY-MM-DD' → "21 May 2026"; 'YYYY-MM' → "May 2026"; anything else unchanged. Shown on the
 * treaty's one clock (New York, Art. 64); read at noon UTC, so it is the same calendar day there.
 */
export function sourceDate(d: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d))
    return formatDate(`${d}T12:00:00Z`, undefined, {
      dateStyle: 'medium',
      timeZone: TREATY_TIME_ZONE,
    });
  if (/^\d{4}-\d{2}$/.test(d))
    return formatDate(`${d}-15T12:00:00Z`, undefined, {
      year: 'numeric',
      month: 'long',
      timeZone: TREATY_TIME_ZONE,
    });
  return d;
}
