import { t } from '../../lib/i18n';

/** Props of {@link HighlightCard}. */
export interface HighlightCardProps {
  /** Where the highlighted passage is, in viewport coordinates. */
  anchor: { left: number; top: number; bottom: number };
  title: string;
  lines: string[];
  /** Text direction of the panel's language. */
  dir: 'ltr' | 'rtl';
}

const WIDTH = 300;

/** The small card shown over a highlighted passage on hover or focus. */
export function HighlightCard({ anchor, title, lines, dir }: HighlightCardProps) {
  const vw = document.documentElement.clientWidth || innerWidth;
  const left = Math.max(8, Math.min(anchor.left, vw - WIDTH - 8));
  const below = anchor.bottom + 8;
  const style =
    below + 160 < innerHeight
      ? { left: `${left}px`, top: `${below}px` }
      : { left: `${left}px`, bottom: `${innerHeight - anchor.top + 8}px` };
  return (
    <div class="card" role="tooltip" id="tl-card" dir={dir} style={style}>
      <p class="card-title">{title}</p>
      {lines.map((l) => (
        <p class="card-line" key={l}>
          {l}
        </p>
      ))}
      <p class="card-foot">{t('panel_brand')}</p>
    </div>
  );
}
