import { useEffect, useRef, useState } from 'preact/hooks';
import type { Impact } from '../../lib/db';
import { t, tn } from '../../lib/i18n';

/** Props of ShareCard. */
export interface ShareCardProps {
  impact: Impact;
}

const W = 1200;
const H = 630;

/** The card's sentences: counts only, never a name, address or letter text. */
export function shareCardLines(i: Impact): string[] {
  const lines = [
    tn('ledger_share_letters', i.lettersSent),
    tn('ledger_share_people', i.peopleReached),
  ];
  if (i.lettersReplied) lines.push(tn('ledger_share_replies', i.lettersReplied));
  if (i.streakWeeks > 1) lines.push(tn('ledger_share_streak', i.streakWeeks));
  return lines;
}

function css(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width > max && line) {
      out.push(line);
      line = w;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Draw the card on a canvas. */
export function drawShareCard(canvas: HTMLCanvasElement, i: Impact): void {
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const font = css('--tl-font', 'system-ui, sans-serif');
  ctx.fillStyle = '#0b3d6e';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#ffd84d';
  ctx.fillRect(0, 0, 16, H);
  ctx.fillStyle = '#ffffff';
  ctx.direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  ctx.textAlign = ctx.direction === 'rtl' ? 'right' : 'left';
  const x = ctx.direction === 'rtl' ? W - 80 : 80;
  ctx.font = `600 34px ${font}`;
  ctx.fillText(t('ledger_share_kicker'), x, 110);
  let y = 200;
  lines: for (const [n, text] of shareCardLines(i).entries()) {
    ctx.font = n === 0 ? `700 64px ${font}` : `500 40px ${font}`;
    for (const l of wrap(ctx, text, W - 160)) {
      if (y > H - 110) break lines;
      ctx.fillText(l, x, y);
      y += n === 0 ? 76 : 54;
    }
    y += 10;
  }
  ctx.font = `500 28px ${font}`;
  ctx.fillStyle = '#cfe3ff';
  ctx.fillText(t('ledger_share_footer'), x, H - 60);
}

/** Preview and download of a share image that carries no personal data. */
export function ShareCard({ impact }: ShareCardProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const c = ref.current;
    if (!c) return;
    drawShareCard(c, impact);
    try {
      setUrl(c.toDataURL('image/png'));
    } catch {
      setUrl(null);
    }
  }, [impact]);
  const alt = shareCardLines(impact).join(' ');
  return (
    <section class="tll-share" aria-labelledby="tll-share-h">
      <h2 id="tll-share-h">{t('ledger_share_heading')}</h2>
      <p class="tll-hint">{t('ledger_share_hint')}</p>
      <canvas ref={ref} class="tll-share-canvas" role="img" aria-label={alt} width={W} height={H} />
      {url ? (
        <a class="tll-btn tll-btn--primary" href={url} download="treaty-lens-impact.png">
          {t('ledger_share_download')}
        </a>
      ) : null}
    </section>
  );
}
