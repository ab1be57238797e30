/**
 * Mount the panel into this page (called by entrypoints/panel.ts in the content script's
 * isolated world). Idempotent: a second injection updates the mounted panel instead.
 */
import { render } from 'preact';
import tokens from '../../assets/styles/tokens.css?inline';
import { panelLanguage } from '../../lib/campaign/languages';
import { lens, type Detection, type PanelHandle } from '../../lib/content/types';
import { registerStrings, setLang } from '../../lib/i18n';
import { createHighlighter, HIGHLIGHT_CSS, type Mark } from '../../lib/panel/highlights';
import { adoptHost, createHost } from '../../lib/panel/host';
import { marksFor } from '../../lib/panel/marks';
import css from './panel.css?inline';
import tabCss from './tab.css?inline';
import { askView, PanelApp } from './PanelApp';

/** Mount (or update) the panel for the latest matching result. */
export function mountPanel(): void {
  const g = lens();
  const first = g.result;
  if (!first?.match) return;
  if (g.panel) return g.panel.update(first);

  // The detector drew the collapsed tab in a host already: take it over (it has the tab's
  // styles, tokens.css and tab.css; the panel's are added), replacing the drawn tab with the
  // panel's in the same task, so no frame shows neither. Keyboard focus on the drawn tab moves
  // to the panel's.
  const adopted = adoptHost(css);
  const focused = !!adopted?.shadow.activeElement;
  adopted?.container.replaceChildren();
  const host = adopted ?? createHost(document, `${tokens}\n${tabCss}\n${css}`);
  // ::highlight() rules must live in the document; a <style> in the host's light DOM applies
  // there, is never rendered (the host has a shadow root) and leaves with the host.
  const pageStyle = document.createElement('style');
  pageStyle.textContent = HIGHLIGHT_CSS;
  host.host.append(pageStyle);
  const highlighter = createHighlighter();
  // The tab renders before the campaign view arrives: speak the language the view will have,
  // with the tab's strings from the hello answer (panel.js bundles no catalog; the rest of its
  // strings come with the view).
  const lang = setLang(panelLanguage(first.lang, g.hello?.userLang ?? navigator.language));
  const tab = g.hello?.tab?.[lang];
  if (tab) registerStrings(lang, { panel_tab_label: tab[0], panel_tab_aria: tab[1] });
  // The content script asked for the view when the page matched; use that answer once.
  const requestView = (lang: string) => {
    const pre = g.view;
    g.view = undefined;
    return pre?.lang === lang ? pre.answer : askView(lang);
  };

  // Highlights need a second pass over the article (DOM ranges for every mention): it runs
  // after the tab is on screen, not before.
  let marks: Mark[] = [];
  let marking: ReturnType<typeof setTimeout> | undefined;
  const paint = (result: Detection) =>
    render(
      <PanelApp
        result={result}
        marks={marks}
        highlighter={highlighter}
        initialOpen={!!(g.hello?.panelOpen || g.openOnArrival)}
        requestView={requestView}
        onDismissed={() => {
          handle.destroy();
          g.stop?.();
        }}
      />,
      host.container,
    );
  const draw = (result: Detection) => {
    paint(result);
    clearTimeout(marking);
    marking = setTimeout(() => {
      if (g.panel !== handle) return;
      marks = marksFor(document, result);
      paint(result);
    });
  };

  const handle: PanelHandle = {
    update: draw,
    destroy() {
      clearTimeout(marking);
      render(null, host.container);
      highlighter.clear();
      host.remove();
      if (g.panel === handle) g.panel = undefined;
    },
  };
  g.panel = handle;
  draw(first);
  if (focused) host.shadow.querySelector<HTMLElement>('.tab, #tl-title')?.focus();
}
