// `npm test`: every tier, independent ones side by side.
//
//   1. lint, typecheck, the generated-code check (which builds the API) then the web build, the
//      unit tests (pure code) and the web's unit tests (vitest), all at once;
//   2. once they pass: the integration tests (two files at a time on DATABASE_URL's server), the
//      browser tests (two files at a time, a server each) and the tests that run their own API
//      processes (crash, replicas, restart), at once (they use separate databases and servers);
//   3. the web app's first-visit JavaScript size.
//
// Each tier's output is printed whole when it ends; a summary gives its time and test count.
// TEST_SERIAL=1 runs the same tiers one after another (for a machine too small for both at once).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serial = process.env.TEST_SERIAL === '1' || process.env.TEST_SERIAL === 'true';

const PHASES = [
  [
    { name: 'lint', command: 'npm run --silent lint' },
    { name: 'typecheck', command: 'npm run --silent typecheck' },
    // The web build after the check, which regenerates the web's typed operations when stale.
    {
      name: 'generated+build',
      command: 'npm run --silent check:generated && npx vite build --config apps/web/vite.config.mts --logLevel warn',
    },
    { name: 'unit', command: 'npm run --silent test:unit' },
    { name: 'web unit', command: 'npm run --silent test:web' },
  ],
  [
    { name: 'integration', command: 'npm run --silent test:int' },
    { name: 'end-to-end', command: 'npm run --silent test:e2e' },
    { name: 'processes', command: 'npm run --silent test:processes' },
  ],
  [{ name: 'web size', command: 'npm run --silent check:web-size' }],
];

const started = performance.now();
const results = [];

function run({ name, command }) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    process.stdout.write(`▶ ${name}: ${command}\n`);
    const child = spawn(command, {
      cwd: root,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - t0) / 1000;
      // jest: "Tests:       2 failed, 393 passed, 395 total"; vitest: "      Tests  1 failed | 144 passed (145)",
      // which vitest colours even with FORCE_COLOR=0: the colour codes go before the line is read.
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      const tests = /^\s*Tests:?\s+(.*)$/m.exec(plain)?.[1]?.trim() ?? null;
      const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(tests ?? '')?.[1] ?? 0);
      const ok = code === 0;
      process.stdout.write(
        `\n━━━ ${name} ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds.toFixed(0)} s ━━━\n${output.trimEnd()}\n`,
      );
      const result = { name, ok, seconds, tests, passed: count('passed'), failed: count('failed') };
      results.push(result);
      resolve(result);
    });
  });
}

let failed = false;
for (const phase of PHASES) {
  const outcomes = [];
  if (serial) for (const tier of phase) outcomes.push(await run(tier));
  else outcomes.push(...(await Promise.all(phase.map(run))));
  if (outcomes.some((o) => !o.ok)) {
    failed = true;
    break;
  }
}

const total = (performance.now() - started) / 1000;
console.log('\nSummary:');
for (const r of results)
  console.log(
    `  ${r.ok ? 'ok    ' : 'FAILED'} ${r.name.padEnd(15)} ${r.seconds.toFixed(0).padStart(4)} s${r.tests ? `  tests: ${r.tests}` : ''}`,
  );
console.log(
  `  ${failed ? 'FAILED' : 'all passed'} in ${Math.floor(total / 60)} min ${Math.round(total % 60)} s${serial ? ' (serial)' : ''}`,
);
// The plain closing line that CI reads: every tier's tests added up.
const sum = (key) => results.reduce((n, r) => n + r[key], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed`);
process.exit(failed ? 1 : 0);
