// Issue 15: the detector (detector.js) seals the host it draws the collapsed tab in, and panel.js
// — a separate bundle with its own copy of lib/panel/trusted.ts — adopts that host. The seal must
// be seen by both copies, or panel.js treats the host as unsealed (always intact) and honours
// the reader's click on a host the page moved into an invisible container.
import { afterEach, describe, expect, it, vi } from 'vitest';

type Trusted = typeof import('../../../lib/panel/trusted');

afterEach(() => {
  delete (globalThis as { __treatyLens?: unknown }).__treatyLens;
  document.documentElement
    .querySelectorAll('treaty-lens-panel, div.wrap')
    .forEach((e) => e.remove());
});

describe('host seal shared between bundles', () => {
  it('a host sealed by one copy of the module is checked by another', async () => {
    const detector = (await import('../../../lib/panel/trusted')) as Trusted;
    vi.resetModules();
    const panelJs = (await import('../../../lib/panel/trusted')) as Trusted;
    expect(panelJs).not.toBe(detector);

    const host = document.createElement('treaty-lens-panel');
    host.setAttribute('style', 'position: fixed !important');
    document.documentElement.append(host);
    detector.sealHost(host);
    // Shown in the top layer, as createHost leaves it (the test DOM has no top layer).
    const matches = host.matches.bind(host);
    host.matches = (sel: string) => sel === ':popover-open' || matches(sel);
    expect(panelJs.hostIntact(host)).toBe(true);

    // The page moves the host into a container of its own: the other copy sees it.
    const wrap = document.createElement('div');
    wrap.className = 'wrap';
    document.documentElement.append(wrap);
    wrap.append(host);
    expect(detector.hostIntact(host)).toBe(false);
    expect(panelJs.hostIntact(host)).toBe(false);
  });
});
