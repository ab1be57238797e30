import { formatDate, t, tn } from '../../lib/i18n';
import { TREATY_TIME_ZONE } from '../../lib/campaign/clock';
import { sourceDate } from '../../lib/panel/format';
import type { GlobalView } from '../../lib/panel/view';
import { SourceList } from './SourceList';

/** Props of {@link GlobalStatusSection}. */
export interface GlobalStatusSectionProps {
  global: GlobalView;
  now: Date;
}

const DAY = 86_400_000;

/** Where the convention stands worldwide: signatures, ratifications of the 40 needed, deadline. */
export function GlobalStatusSection({ global: g, now }: GlobalStatusSectionProps) {
  const pct = Math.min(100, Math.round((g.ratifications / g.needed) * 100));
  // One clock: the same New York instant as the switch of the ask (Art. 64).
  const days = Math.ceil((g.closesAt - now.getTime()) / DAY);
  return (
    <section aria-labelledby="tl-h-global">
      <h3 id="tl-h-global">{t('panel_global')}</h3>
      <dl class="stats">
        <div class="stat">
          <dt>{t('panel_signatories')}</dt>
          <dd class="num">{g.signatories ?? '—'}</dd>
        </div>
        <div class="stat">
          <dt>{t('panel_ratifications')}</dt>
          <dd class="num">
            {g.ratifications}
            <span class="of">/{g.needed}</span>
          </dd>
        </div>
        <div class="stat">
          <dt>{t('panel_deadline')}</dt>
          <dd class="date">
            {formatDate(`${g.deadline}T12:00:00Z`, undefined, {
              dateStyle: 'medium',
              timeZone: TREATY_TIME_ZONE,
            })}
          </dd>
        </div>
      </dl>
      <div
        class="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={g.needed}
        aria-valuenow={g.ratifications}
        aria-label={t('panel_ratifications_of', { count: g.ratifications, needed: g.needed })}
      >
        <span style={{ inlineSize: `${Math.max(pct, 2)}%` }} />
      </div>
      <p class="muted small">
        {t('panel_ratifications_of', { count: g.ratifications, needed: g.needed })}
        {' · '}
        {g.deadlinePassed || days <= 0
          ? t('panel_deadline_passed')
          : tn('panel_deadline_days', days)}
      </p>
      <p class="fact-text">{g.entryIntoForce}</p>
      <p class="note">{g.signatoriesNote}</p>
      <p class="asof">{t('panel_as_of', { date: sourceDate(g.asOf) })}</p>
      <SourceList sources={g.sources} />
    </section>
  );
}
