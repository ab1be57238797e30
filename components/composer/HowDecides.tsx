import { askFor, countryName } from '../../lib/campaign';
import { decidesFor, decidesLines } from '../../lib/campaign/decides';
import { getLang, t } from '../../lib/i18n';

/** Props of {@link HowDecides}. */
export interface HowDecidesProps {
  country: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** "How France decides": who signs, who ratifies, submissions, what to do now, and the source. */
export function HowDecides({ country }: HowDecidesProps) {
  if (!country) return null;
  const d = decidesFor(country);
  const name = countryName(country, getLang());
  return (
    <section
      class="tlc-section tlc-decides"
      aria-labelledby="tlc-h-decides"
      data-testid="how-decides"
    >
      <h2 id="tlc-h-decides" class="tlc-h2">
        {t('decides_title', { country: name })}
      </h2>
      <ul class="tlc-decides-list">
        {decidesLines(d, askFor(country)).map((key) => (
          <li key={key}>{t(key, { country: name })}</li>
        ))}
      </ul>
      {d.source ? (
        <p class="tlc-muted tlc-small">
          {t(d.official ? 'decides_source' : 'decides_source_unofficial')}:{' '}
          <a href={d.source} target="_blank" rel="noopener noreferrer">
            {hostOf(d.source)}
          </a>
        </p>
      ) : null}
    </section>
  );
}
