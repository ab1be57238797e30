/** Date display for sources and statuses, in the panel's current language. */
import { formatDate } from '../i18n';

/** 'YYYY-MM-DD' → "21 May 2026"; 'YYYY-MM' → "May 2026"; anything else unchanged. UTC, so no day shift. */
export function sourceDate(d: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d))
    return formatDate(`${d}T12:00:00Z`, undefined, { dateStyle: 'medium', timeZone: 'UTC' });
  if (/^\d{4}-\d{2}$/.test(d))
    return formatDate(`${d}-15T12:00:00Z`, undefined, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
  return d;
}
