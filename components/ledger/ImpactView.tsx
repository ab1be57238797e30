import { useState } from 'preact/hooks';
import { impact, type Impact, type ImpactRow } from '../../lib/db';
import { useLiveQuery } from '../../lib/db/hooks';
import { countryName } from '../../lib/campaign';
import { catalogs, formatDate, getLang, t, tn } from '../../lib/i18n';
import { BarChart, type BarDatum } from './BarChart';
import { ErrorNotice } from './ErrorNotice';
import { ShareCard } from './ShareCard';

function groupLabel(key: string): string {
  const k = `ledger_group_${key}`;
  return catalogs['en']?.[k] ? t(k) : key;
}

function periodLabel(key: string, by: 'week' | 'month'): string {
  return by === 'month'
    ? formatDate(`${key}-15T12:00:00Z`, undefined, { month: 'short', year: 'numeric' })
    : formatDate(`${key}T12:00:00Z`, undefined, { day: 'numeric', month: 'short' });
}

function toBars(rows: ImpactRow[], label: (k: string) => string): BarDatum[] {
  return rows.map((r) => ({ key: r.key, label: label(r.key), sent: r.sent, replied: r.replied }));
}

function Figures({ i }: { i: Impact }) {
  const pct = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
  const figures: [string, string][] = [
    [String(i.lettersSent), tn('ledger_impact_sent', i.lettersSent)],
    [String(i.peopleReached), tn('ledger_impact_people', i.peopleReached)],
    [String(i.lettersReplied), tn('ledger_impact_replied', i.lettersReplied)],
    [pct.format(i.replyRate), t('ledger_impact_rate')],
    [String(i.streakWeeks), tn('ledger_impact_streak', i.streakWeeks)],
  ];
  return (
    <dl class="tll-figures">
      {figures.map(([n, label]) => (
        <div class="tll-figure" key={label}>
          <dt>{label}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Impact: headline figures, charts with table alternatives, and the share card. */
export function ImpactView() {
  const [by, setBy] = useState<'week' | 'month'>('month');
  const q = useLiveQuery(() => impact(by), [by]);
  const i = q.value;
  if (q.error) return <ErrorNotice error={q.error} />;
  if (!i) return <p class="tll-hint">{t('ledger_loading')}</p>;
  const lang = getLang();
  return (
    <div class="tll-impact">
      <h2>{t('ledger_impact_heading')}</h2>
      <Figures i={i} />
      {i.lettersSent === 0 ? <p>{t('ledger_impact_empty')}</p> : null}
      <div class="tll-charts">
        <BarChart
          id="tll-c-group"
          title={t('ledger_impact_by_group')}
          rows={toBars(i.byGroup, groupLabel)}
        />
        <BarChart
          id="tll-c-country"
          title={t('ledger_impact_by_country')}
          rows={toBars(i.byCountry, (c) =>
            c === '?' ? t('ledger_unknown') : countryName(c, lang),
          )}
        />
      </div>
      <div class="tll-timeline-head">
        <h3 id="tll-c-time-label">{t('ledger_impact_timeline')}</h3>
        <div class="tll-segmented" role="group" aria-labelledby="tll-c-time-label">
          {(['week', 'month'] as const).map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={by === p}
              class="tll-btn tll-btn--small"
              onClick={() => setBy(p)}
            >
              {t(`ledger_impact_by_${p}`)}
            </button>
          ))}
        </div>
      </div>
      <BarChart
        id="tll-c-time"
        title={t(`ledger_impact_timeline_${by}`)}
        rows={toBars(i.timeline.slice(-24), (k) => periodLabel(k, by))}
        layout="columns"
      />
      {i.lettersSent > 0 ? <ShareCard impact={i} /> : null}
    </div>
  );
}
