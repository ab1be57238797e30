// Issue 15: the reader can switch the daily update off at first run (the popup says what it
// fetches and from where until they choose), and where their country is rated Not Free the
// options page says why updates are off and offers to turn them on. Before, the request went
// out a minute after install with nothing said.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UpdateSettings } from '../../../components/options/UpdateSettings';
import { PopupStatus } from '../../../components/popup/PopupStatus';
import { updatesChosen } from '../../../lib/campaign/update-policy';
import { db, DEFAULT_UPDATE_URL, defaultSettings, getSettings } from '../../../lib/db';
import { setLang } from '../../../lib/i18n';

const popupProps = {
  mode: 'auto' as const,
  ledgerUrl: 'chrome-extension://x/ledger.html',
  optionsUrl: 'chrome-extension://x/options.html',
  countDue: async () => 0,
  updateUrl: DEFAULT_UPDATE_URL,
};

beforeEach(async () => {
  fakeBrowser.reset();
  setLang('en');
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => cleanup());

describe('first run: the popup names the update and can turn it off', () => {
  it('says what is fetched and from where; "Turn off" switches it off for good', async () => {
    render(<PopupStatus {...popupProps} country="DE" />);
    const line = await screen.findByTestId('popup-updates-first');
    expect(line.textContent).toContain('(cdn.jsdelivr.net)');
    fireEvent.click(screen.getByTestId('popup-updates-off'));
    await waitFor(async () => expect((await getSettings()).updateUrl).toBeNull());
    expect(await updatesChosen()).toBe(true);
    expect(screen.queryByTestId('popup-updates-first')).toBeNull();
  });

  it('"Keep on" keeps the address and is not asked again', async () => {
    render(<PopupStatus {...popupProps} country="DE" />);
    fireEvent.click(await screen.findByTestId('popup-updates-keep'));
    await waitFor(async () => expect(await updatesChosen()).toBe(true));
    expect((await getSettings()).updateUrl).toBe(DEFAULT_UPDATE_URL);
    cleanup();
    render(<PopupStatus {...popupProps} country="DE" />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('popup-updates-first')).toBeNull();
  });

  it('in a Not Free country it says updates are off, and why', async () => {
    render(<PopupStatus {...popupProps} country="RU" />);
    expect((await screen.findByTestId('popup-updates-risky')).textContent).toMatch(
      /off: in Russia a daily request/,
    );
    expect(screen.queryByTestId('popup-updates-off')).toBeNull();
  });
});

describe('options: updates off by default in a Not Free country', () => {
  it('names the country and the index, and turns updates on only when asked', async () => {
    const saved: unknown[] = [];
    render(
      <UpdateSettings
        settings={{ ...defaultSettings(), country: 'IR' }}
        save={async (p) => void saved.push(p)}
      />,
    );
    const line = await screen.findByTestId('updates-risky');
    expect(line.textContent).toMatch(
      /Iran .*“Not Free” by \u2068Freedom House, Freedom in the World 2025\u2069/,
    );
    expect(await updatesChosen()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Turn updates on anyway' }));
    await waitFor(() => expect(saved).toEqual([{ updateUrl: DEFAULT_UPDATE_URL }]));
    expect(await updatesChosen()).toBe(true);
  });

  it('shows nothing of the kind elsewhere', async () => {
    render(
      <UpdateSettings settings={{ ...defaultSettings(), country: 'FR' }} save={async () => {}} />,
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('updates-risky')).toBeNull();
  });
});
