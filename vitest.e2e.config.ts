import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium and Firefox ESR, one project each. */
export default defineConfig({
  test: {
    setupFiles: ['tests/e2e/setup.ts'],
    testTimeout: 90000,
    hookTimeout: 120000,
    fileParallelism: false,
    maxWorkers: 1,
    projects: [
      { extends: true, test: { name: 'chromium', include: ['tests/e2e/chromium/**/*.e2e.ts'] } },
      { extends: true, test: { name: 'firefox', include: ['tests/e2e/firefox/**/*.e2e.ts'] } },
    ],
  },
});
