import { t } from '../../lib/i18n';

/** One bar: its label, letters sent, letters answered. */
export interface BarDatum {
  key: string;
  label: string;
  sent: number;
  replied: number;
}

/** Props of BarChart. */
export interface BarChartProps {
  id: string;
  title: string;
  rows: BarDatum[];
  /** 'horizontal' for categories, 'columns' for a timeline. */
  layout?: 'horizontal' | 'columns';
}

function pct(n: number): string {
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }).format(n);
}

/**
 * Letters sent (full bar) and answered (darker part) per row, drawn with CSS. The drawing is
 * hidden from assistive technology; the same figures are always available as a table.
 */
export function BarChart({ id, title, rows, layout = 'horizontal' }: BarChartProps) {
  const max = Math.max(1, ...rows.map((r) => r.sent));
  return (
    <figure class="tll-chart" aria-labelledby={`${id}-h`}>
      <figcaption id={`${id}-h`} class="tll-chart-title">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p class="tll-hint">{t('ledger_impact_none')}</p>
      ) : (
        <>
          <div class={`tll-bars tll-bars--${layout}`} aria-hidden="true">
            {rows.map((r) => (
              <div class="tll-bar-row" key={r.key} title={`${r.label}: ${r.sent} / ${r.replied}`}>
                <span class="tll-bar-label">{r.label}</span>
                <span class="tll-bar-track">
                  <span
                    class="tll-bar"
                    style={
                      layout === 'columns'
                        ? { height: `${(r.sent / max) * 100}%` }
                        : { width: `${(r.sent / max) * 100}%` }
                    }
                  >
                    <span
                      class="tll-bar-replied"
                      style={
                        layout === 'columns'
                          ? { height: `${r.sent ? (r.replied / r.sent) * 100 : 0}%` }
                          : { width: `${r.sent ? (r.replied / r.sent) * 100 : 0}%` }
                      }
                    />
                  </span>
                </span>
                {layout === 'horizontal' ? <span class="tll-bar-value">{r.sent}</span> : null}
              </div>
            ))}
          </div>
          <p class="tll-legend" aria-hidden="true">
            <span class="tll-swatch tll-swatch--sent" /> {t('ledger_impact_legend_sent')}{' '}
            <span class="tll-swatch tll-swatch--replied" /> {t('ledger_impact_legend_replied')}
          </p>
          <details class="tll-table-alt">
            <summary>{t('ledger_impact_show_table')}</summary>
            <table>
              <caption class="tll-visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ledger_impact_col_what')}</th>
                  <th scope="col">{t('ledger_impact_col_sent')}</th>
                  <th scope="col">{t('ledger_impact_col_replied')}</th>
                  <th scope="col">{t('ledger_impact_col_rate')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    <td>{r.sent}</td>
                    <td>{r.replied}</td>
                    <td>{r.sent ? pct(r.replied / r.sent) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
