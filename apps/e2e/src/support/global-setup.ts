import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, startServer, workspaceRoot, type RunningServer } from './server';

declare global {
  var __ABATE_E2E_SERVER__: RunningServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });

  const server = await startServer();
  globalThis.__ABATE_E2E_SERVER__ = server;
  process.env.ABATE_E2E_BASE_URL = server.url;

  // The demo accounts come from the seed the server just ran (built by start.mjs), not a copy.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built CommonJS file found by path at run time
  const { DEMO_USERS, DEMO_PASSWORD } = require(join(workspaceRoot, 'dist/api/apps/api/src/demo-seed.js'));
  process.env.ABATE_E2E_DEMO_USERS = JSON.stringify(DEMO_USERS);
  process.env.ABATE_E2E_DEMO_PASSWORD = DEMO_PASSWORD;
}
