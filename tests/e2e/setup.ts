// Screenshot every open page of every live session when an end-to-end test fails.
import { afterEach } from 'vitest';
import { activeSessions } from './harness';

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  for (const s of activeSessions) {
    const files = await s.screenshotAll(`${ctx.task.file?.name ?? ''}-${ctx.task.name}`);
    if (files.length) console.error(`screenshots: ${files.join(', ')}`);
  }
});
