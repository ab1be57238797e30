// Issue 15: the panel's choices that reach beyond the page they were made on — a pause (every
// site, 24 hours) and "open on arrival" (saved for every site when the panel is opened from its
// tab) — are named in the popup with a button that takes them back. Before, the popup said
// nothing of either, and only the options page could end a pause.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupStatus } from '../../../components/popup/PopupStatus';
import { db, getSettings, updateSettings } from '../../../lib/db';
import { setLang } from '../../../lib/i18n';

const now = new Date('2026-12-05T12:00:00Z');
const props = {
  mode: 'auto' as const,
  now,
  ledgerUrl: 'chrome-extension://x/ledger.html',
  optionsUrl: 'chrome-extension://x/options.html',
  countDue: async () => 0,
};

beforeEach(async () => {
  setLang('en');
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => cleanup());

describe('popup: undo what the panel changed for every site', () => {
  it('names a pause with its end and resumes it', async () => {
    const until = '2026-12-06T11:00:00.000Z';
    await updateSettings({ pausedUntil: until });
    render(<PopupStatus {...props} pausedUntil={until} />);
    expect(screen.getByTestId('popup-paused').textContent).toMatch(/^Paused until .*2026/);
    fireEvent.click(screen.getByTestId('popup-resume'));
    await waitFor(async () => expect((await getSettings()).pausedUntil).toBeNull());
    expect(screen.queryByTestId('popup-paused')).toBeNull();
  });

  it('says nothing of a pause that has ended', () => {
    render(<PopupStatus {...props} pausedUntil="2026-12-05T11:00:00.000Z" />);
    expect(screen.queryByTestId('popup-paused')).toBeNull();
  });

  it('names "open on arrival" and switches it back', async () => {
    await updateSettings({ panelOpen: true });
    render(<PopupStatus {...props} panelOpen />);
    expect(screen.getByTestId('popup-panel-open').textContent).toContain(
      'The panel opens by itself on every page about the Convention.',
    );
    fireEvent.click(screen.getByTestId('popup-panel-fold'));
    await waitFor(async () => expect((await getSettings()).panelOpen).toBe(false));
    expect(screen.queryByTestId('popup-panel-open')).toBeNull();
  });

  it('shows neither when nothing was changed', () => {
    render(<PopupStatus {...props} />);
    expect(screen.queryByTestId('popup-paused')).toBeNull();
    expect(screen.queryByTestId('popup-panel-open')).toBeNull();
  });
});
