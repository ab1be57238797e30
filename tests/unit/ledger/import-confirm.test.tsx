// Issue 15: the ledger's import shows what a file would change (its records and every setting it
// would replace, the update address spelled out) and writes nothing until the reader confirms; a
// file the UI's rules refuse is refused with messages naming each record and field.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DataView } from '../../../components/ledger/DataView';
import { db, getSettings, updateSettings } from '../../../lib/db';
import { exportData } from '../../../lib/db/transfer';

async function exported(over: Record<string, unknown>) {
  await updateSettings({ country: 'GB' });
  const f = JSON.parse(JSON.stringify(await exportData())) as Record<string, unknown> & {
    settings: Record<string, unknown>;
  };
  return JSON.stringify({ ...f, settings: { ...f.settings, ...over } });
}

function choose(text: string) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([text], 'export.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

afterEach(cleanup);

describe('import in the ledger', () => {
  it('lists the settings a file would replace and writes nothing before "Import"', async () => {
    const text = await exported({
      updateUrl: 'https://mirror.example.org/feed.json',
      panelOpen: true,
    });
    render(<DataView onShowStored={() => undefined} />);
    choose(text);
    const dialog = await screen.findByTestId('import-confirm');
    expect(dialog.textContent).toMatch(/Import this file\?/);
    const items = [...screen.getByTestId('import-settings').querySelectorAll('li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual([
      'Panel open on every matching page',
      'Campaign-data update address: https://mirror.example.org/feed.json',
    ]);
    expect((await getSettings()).updateUrl).not.toBe('https://mirror.example.org/feed.json');
    fireEvent.click(within(dialog).getByText('Cancel'));
    await screen.findByText('Nothing was imported.');
    expect((await getSettings()).panelOpen).toBe(false);

    choose(text);
    const again = await screen.findByTestId('import-confirm');
    fireEvent.click(within(again).getByText('Import'));
    await waitFor(async () =>
      expect((await getSettings()).updateUrl).toBe('https://mirror.example.org/feed.json'),
    );
  });

  it('refuses what the options page refuses, with a message, and writes nothing', async () => {
    const text = await exported({ followUpTestMinutes: 0.05, updateUrl: 'http://evil.example/' });
    render(<DataView onShowStored={() => undefined} />);
    choose(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/“followUpTestMinutes” is a test setting/);
    expect(alert.textContent).toMatch(/“updateUrl” is not an update address/);
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect((await getSettings()).updateUrl).not.toBe('http://evil.example/');
    expect(Object.keys((await db.settings.get('settings'))!.value)).not.toContain(
      'followUpTestMinutes',
    );
    expect(await db.letters.count()).toBe(0);
  });
});
