// useLiveQuery loads lib/db itself (issue 17: the ledger's and popup's first frames carry no
// Dexie) and still follows the database: a change made elsewhere re-renders the component.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, updateSettings } from '../../../lib/db';
import { useLiveQuery } from '../../../lib/db/hooks';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => cleanup());

function Country() {
  const live = useLiveQuery((d) => d.getSettings(), []);
  return <p data-testid="country">{live.value ? live.value.country || '-' : 'loading'}</p>;
}

function Failing() {
  const live = useLiveQuery(() => Promise.reject(new Error('boom')), []);
  return <p data-testid="error">{live.error instanceof Error ? live.error.message : 'none'}</p>;
}

describe('useLiveQuery', () => {
  it('gives the query the loaded lib/db and follows later changes', async () => {
    await updateSettings({ country: 'FR' });
    render(<Country />);
    const shown = () => screen.getByTestId('country').textContent;
    await waitFor(() => expect(shown()).toBe('FR'));
    await updateSettings({ country: 'DE' });
    await waitFor(() => expect(shown()).toBe('DE'));
  });

  it('reports a failed query as its error', async () => {
    render(<Failing />);
    await waitFor(() => expect(screen.getByTestId('error').textContent).toBe('boom'));
  });

  it('never subscribes when unmounted before lib/db has loaded', async () => {
    let runs = 0;
    function Counting() {
      useLiveQuery((d) => (runs++, d.getSettings()), []);
      return null;
    }
    const { unmount } = render(<Counting />);
    unmount();
    await updateSettings({ country: 'IT' });
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(0);
  });
});
