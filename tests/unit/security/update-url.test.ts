// The campaign update is the only request Treaty Lens makes: https only, except loopback http
// (which never leaves the machine; the end-to-end privacy test serves its feed there). Look-alike
// hosts must not pass as loopback.
import { describe, expect, it, vi } from 'vitest';
import { checkForUpdate } from '../../../lib/background/update';

const run = async (updateUrl: string) => {
  const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response('not a bundle'));
  const state = await checkForUpdate({
    fetch,
    settings: async () => ({ updateUrl, country: '', notifications: false, uiLang: 'en' }),
  });
  return { state, fetched: fetch.mock.calls.map((c) => String(c[0])) };
};

describe('update URL policy', () => {
  it('fetches https and loopback http, and nothing else', async () => {
    for (const url of [
      'https://feed.example.org/campaign.json',
      'http://127.0.0.1:8123/feed.json',
      'http://localhost/feed.json',
      'http://[::1]:9/feed.json',
    ]) {
      const { fetched } = await run(url);
      expect(fetched, url).toEqual([new URL(url).href]);
    }
    for (const url of [
      'http://feed.example.org/campaign.json',
      'http://127.0.0.1.evil.example/feed.json',
      'http://localhost.evil.example/feed.json',
      'http://127.0.0.2/feed.json',
      'ftp://127.0.0.1/feed.json',
      'file:///etc/passwd',
      'data:application/json,{}',
      'javascript:alert(1)',
      'not a url',
    ]) {
      const { state, fetched } = await run(url);
      expect(fetched, url).toEqual([]);
      expect(state.outcome, url).toBe('network');
    }
  });

  it('never applies an unsigned answer, even from loopback', async () => {
    const { state } = await run('http://127.0.0.1:8123/feed.json');
    expect(state.outcome).not.toBe('updated');
  });
});
