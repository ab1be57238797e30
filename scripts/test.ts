/**
 * `npm test`: the one test command. Runs, in order, and stops at the first failing step:
 * typecheck → lint (ESLint + Prettier) → unit tests → build (Chrome + Firefox) → web-ext lint →
 * end-to-end tests in Chromium → end-to-end tests in Firefox ESR. Ends with a summary that
 * counts tests per tier and browser, and a final "N passed, N failed" line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  passed?: number;
  failed?: number;
}

const results: StepResult[] = [];
const reportDir = 'test-results/reports';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

function run(name: string, cmd: string, args: string[], report?: string): boolean {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const res: StepResult = { name, ok: r.status === 0, seconds: (Date.now() - t0) / 1000 };
  if (report) {
    try {
      const json = JSON.parse(readFileSync(report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        numTotalTests: number;
      };
      res.passed = json.numPassedTests;
      res.failed = json.numFailedTests;
      // A tier that ran nothing is a failure, never a pass.
      if (json.numTotalTests === 0) res.ok = false;
    } catch {
      res.ok = false;
    }
  }
  results.push(res);
  return res.ok;
}

const vitestJson = (file: string) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${file}`,
];

const steps: (() => boolean)[] = [
  () => run('typecheck', 'npx', ['tsc', '--noEmit']),
  () => run('eslint', 'npx', ['eslint', '.']),
  () => run('prettier', 'npx', ['prettier', '--check', '.']),
  () =>
    run(
      'unit',
      'npx',
      ['vitest', 'run', ...vitestJson(`${reportDir}/unit.json`)],
      `${reportDir}/unit.json`,
    ),
  () => run('build', 'npm', ['run', 'build']),
  () => run('web-ext lint', 'npm', ['run', '--silent', 'lint:firefox']),
  () =>
    run(
      'e2e chromium',
      'npx',
      [
        'vitest',
        'run',
        '-c',
        'vitest.e2e.config.ts',
        '--project',
        'chromium',
        ...vitestJson(`${reportDir}/e2e-chromium.json`),
      ],
      `${reportDir}/e2e-chromium.json`,
    ),
  () =>
    run(
      'e2e firefox',
      'npx',
      [
        'vitest',
        'run',
        '-c',
        'vitest.e2e.config.ts',
        '--project',
        'firefox',
        ...vitestJson(`${reportDir}/e2e-firefox.json`),
      ],
      `${reportDir}/e2e-firefox.json`,
    ),
];

for (const step of steps) if (!step()) break;

console.log('\nTreaty Lens test summary');
for (const r of results) {
  const counts = r.passed === undefined ? '' : ` — ${r.passed} passed, ${r.failed} failed`;
  console.log(
    `  ${r.ok ? '✔' : '✖'} ${r.name.padEnd(14)} ${r.seconds.toFixed(1).padStart(6)} s${counts}`,
  );
}
const ran = results.length;
if (ran < steps.length)
  console.log(`  … ${steps.length - ran} later step(s) not run because of the failure above`);
const passed = results.reduce((n, r) => n + (r.passed ?? 0), 0);
const failed =
  results.reduce((n, r) => n + (r.failed ?? 0), 0) +
  results.filter((r) => !r.ok && r.failed === undefined).length;
const allOk = ran === steps.length && results.every((r) => r.ok);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
