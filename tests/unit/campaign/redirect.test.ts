// @vitest-environment node
// Issue 15: the update request follows no redirect (Node's own fetch here: happy-dom's would
// not honour `redirect: 'error'`, and the browser's does). Before, a feed host could bounce the
// daily request to any address it liked, and the bundle served there was applied.
import { beforeEach, describe, expect, it } from 'vitest';
import { checkForUpdate } from '../../../lib/background/update';
import { getCountry } from '../../../lib/campaign';
import { resetToBuiltIn } from '../../../lib/campaign/store';
import { resetReady } from '../../../lib/campaign/feed';
import { germanySigns, signPayload, testKeys, type TestKeys } from './sign';

let keys: TestKeys;
beforeEach(async () => {
  resetToBuiltIn();
  resetReady();
  keys = await testKeys();
});

const deps = (updateUrl: string) => ({
  fetch,
  publicKey: keys.publicKey,
  settings: async () => ({ updateUrl, country: 'DE', notifications: false, uiLang: 'en' }),
});

describe('checkForUpdate', () => {
  it('follows no redirect: a feed that bounces the request elsewhere is not obeyed', async () => {
    const { createServer } = await import('node:http');
    const bundle = await signPayload(germanySigns(), keys);
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/feed.json') res.writeHead(302, { location: '/elsewhere.json' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(bundle);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const { port } = server.address() as { port: number };
    try {
      const state = await checkForUpdate(deps(`http://127.0.0.1:${port}/feed.json`));
      expect(state).toMatchObject({ outcome: 'network' });
      expect(hits).toEqual(['/feed.json']);
      expect(getCountry('DE')?.status).toBe('not_signed');
    } finally {
      server.close();
    }
  });
});
