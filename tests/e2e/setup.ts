// After every end-to-end test: fail it if an extension context logged an error during it
// (so the failure lands on the test that caused it), and screenshot every open page of every
// live session when it failed.
import { afterEach } from 'vitest';
import { activeSessions } from './harness';

afterEach(async (ctx) => {
  const problems = [...activeSessions].flatMap((s) => s.problems.splice(0));
  const failed = ctx.task.result?.state === 'fail' || problems.length > 0;
  if (failed) {
    for (const s of activeSessions) {
      const files = await s.screenshotAll(`${ctx.task.file?.name ?? ''}-${ctx.task.name}`);
      if (files.length) console.error(`screenshots: ${files.join(', ')}`);
    }
  }
  if (problems.length)
    throw new Error(
      `Extension contexts logged ${problems.length} error(s) during this test:\n` +
        problems.map((p) => `  [${p.where}] ${p.text}`).join('\n'),
    );
});
