import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, workspaceRoot } from './server';

/**
 * The process tier's setup: build the API and the web app if their sources changed (as
 * `npm start` would; inside `npm test` they were built just before, so this does nothing), then
 * read the demo password from the built seed, not a copy.
 */
export default async function processSetup(): Promise<void> {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  const built = spawnSync(process.execPath, [join(workspaceRoot, 'apps/api/scripts/ensure-built.mjs')], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`Building the API and the web app failed (exit ${built.status})`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built CommonJS file found by path at run time
  const { DEMO_PASSWORD } = require(join(workspaceRoot, 'dist/api/apps/api/src/demo-seed.js'));
  process.env.ABATE_E2E_DEMO_PASSWORD = DEMO_PASSWORD;
}
