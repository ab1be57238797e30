/**
 * What the content script, the on-demand panel script and the background agree on. The panel
 * script runs in the content script's isolated world, so the two share `globalThis` there;
 * `__treatyLens` never touches the page's own world.
 */

import type { DetectionResult, Mention } from '../detection';
import type { Result } from '../messaging';
import type { Host } from '../panel/host';
import type { PanelView } from '../panel/view';

/** The detection result, as `lib/detection`'s `detect()` returns it. */
export type Detection = DetectionResult;
export type { Mention };

/** The background's answer to `content:hello`. */
export interface HelloAnswer {
  /** Run detection on this page now. */
  run: boolean;
  /** Why not: the user chose "only when I click", switched the site off, or paused. */
  reason: 'ok' | 'click' | 'off' | 'siteOff' | 'paused' | 'unsupported';
  /** Open the panel at once (the user kept it open last time). */
  panelOpen: boolean;
  /**
   * The reader's UI language (settings, else the browser's), so the panel's tab speaks the
   * panel's language before the campaign view arrives.
   */
  userLang?: string;
  /**
   * The collapsed tab's label and accessible name in each language the panel speaks (only in
   * the answer to the pre-filter's hello): the detector draws the tab before panel.js exists.
   */
  tab?: Record<string, [label: string, aria: string]>;
}

/** What the panel script exposes to the content script. */
export interface PanelHandle {
  /** A new detection result for the same page (late content, a new SPA route). */
  update(result: Detection): void;
  /** Remove the panel, its highlights and every listener. */
  destroy(): void;
}

/** The isolated-world rendezvous between the content script and the panel script. */
export interface LensGlobal {
  /** Set once the every-page pre-filter (prefilter.js) started in this frame. */
  pre?: boolean;
  /**
   * The background's answer to the pre-filter's hello (sent when the page's text has a stem;
   * the background injects the detector before it answers). The detector takes it from here
   * instead of asking again.
   */
  helloP?: Promise<Result<HelloAnswer>>;
  /** Set once the detector (detector.js) started in this frame (a second injection is a no-op). */
  started?: boolean;
  /** The latest detection result, matching or not (what the page watcher goes by). */
  last?: Detection;
  /** The latest matching detection result, read by the panel script when it loads. */
  result?: Detection;
  /** The background's answer to hello (panelOpen for the panel). */
  hello?: HelloAnswer;
  /**
   * The campaign view, requested by the content script as soon as a page matched, in parallel
   * with the panel script's injection (the panel uses it when its language fits).
   */
  view?: { lang: string; answer: Promise<Result<PanelView>> };
  /**
   * The panel's host (lib/panel/host.ts), once created: by the detector, which draws the
   * collapsed tab in it on a match, and then adopted by panel.js.
   */
  host?: Host;
  /** Panel hosts → the inline style each was drawn with (lib/panel/trusted.ts `sealHost`). */
  seals?: WeakMap<Element, string>;
  /** The reader pressed the detector's tab before the panel's code arrived: open at once. */
  openOnArrival?: boolean;
  /** The mounted panel, if any. */
  panel?: PanelHandle;
  /** Run detection now whatever the mode ("Check this page"); resolves with the outcome. */
  check?: () => Promise<{ match: boolean }>;
  /** Stop observing this page (the user switched the site off or paused). */
  stop?: () => void;
}

/** The rendezvous object of this isolated world. */
export function lens(): LensGlobal {
  const g = globalThis as { __treatyLens?: LensGlobal };
  return (g.__treatyLens ??= {});
}
