// Issue 15: the daily update request marks its reader to whoever watches the network. Where the
// reader's country is rated Not Free by the safety index, no request goes out until the reader
// turned updates on; elsewhere updates run from the start (the popup offers to turn them off).
// Before, the request went out a minute after install whatever the country.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkForUpdate, type UpdateDeps } from '../../../lib/background/update';
import { resetReady } from '../../../lib/campaign/feed';
import { resetToBuiltIn } from '../../../lib/campaign/store';
import {
  chooseUpdates,
  updatesAllowed,
  updatesChosen,
  updatesOffByDefault,
} from '../../../lib/campaign/update-policy';

const feed = () => vi.fn<typeof fetch>(async () => new Response('{}', { status: 200 }));
function deps(f: typeof fetch, country: string, locale = 'en-US'): UpdateDeps {
  return {
    fetch: f,
    locale,
    settings: async () => ({
      updateUrl: 'https://feed.example.org/campaign.json',
      country,
      notifications: false,
    }),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  resetToBuiltIn();
  resetReady();
});

describe('updates off by default where the reader’s country is risky', () => {
  it('follows the safety index', () => {
    expect(updatesOffByDefault('RU')).toBe(true);
    expect(updatesOffByDefault('cn')).toBe(true);
    expect(updatesOffByDefault('DE')).toBe(false);
    expect(updatesOffByDefault('')).toBe(false);
    expect(updatesAllowed('RU', false)).toBe(false);
    expect(updatesAllowed('RU', true)).toBe(true);
    expect(updatesAllowed('FR', false)).toBe(true);
  });

  it('sends nothing for a reader in a Not Free country until they turn updates on', async () => {
    const f = feed();
    expect(await checkForUpdate(deps(f, 'RU'))).toMatchObject({
      outcome: 'off',
      detail: 'risky_country',
    });
    // No country set: the browser's locale region counts.
    expect(await checkForUpdate(deps(f, '', 'fa-IR'))).toMatchObject({ outcome: 'off' });
    expect(f).not.toHaveBeenCalled();
    await chooseUpdates();
    expect(await updatesChosen()).toBe(true);
    await checkForUpdate(deps(f, 'RU'));
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('checks from the start elsewhere', async () => {
    const f = feed();
    await checkForUpdate(deps(f, 'DE'));
    await checkForUpdate(deps(f, '', 'en-GB'));
    expect(f).toHaveBeenCalledTimes(2);
  });
});
