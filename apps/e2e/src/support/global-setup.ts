import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import globalTeardown from './global-teardown';
import {
  artifactsDir,
  freePort,
  OIDC_CLIENT,
  startOidcProvider,
  startServer,
  workspaceRoot,
  type RunningProvider,
  type RunningServer,
} from './server';
import type { WorkerServer } from './worker-server';

declare global {
  var __ABATE_E2E_SERVERS__: RunningServer[] | undefined;
  var __ABATE_E2E_OIDC__: RunningProvider[] | undefined;
}

/**
 * One server (on its own fresh database, with the demo seeded) and one identity provider per
 * jest worker: the test files of a worker run one after another on its server, so no two
 * files ever share a server at the same time (its test clock, its sign-in throttling).
 * support/worker-server.ts points each test file at its worker's server.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });

  const count = Math.max(1, globalConfig.maxWorkers);
  globalThis.__ABATE_E2E_SERVERS__ = [];
  globalThis.__ABATE_E2E_OIDC__ = [];
  const started = await Promise.allSettled(Array.from({ length: count }, (_, i) => startWorkerServer(i + 1)));
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    // jest does not run the teardown when the setup fails: stop what did start.
    await globalTeardown();
    throw failure.reason;
  }
  const servers = started.map((s) => (s as PromiseFulfilledResult<WorkerServer>).value);
  process.env.ABATE_E2E_SERVERS = JSON.stringify(servers);

  // The demo accounts come from the seed the servers just ran (built by start.mjs), not a copy.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built CommonJS file found by path at run time
  const { DEMO_USERS, DEMO_PASSWORD } = require(join(workspaceRoot, 'dist/api/apps/api/src/demo-seed.js'));
  process.env.ABATE_E2E_DEMO_USERS = JSON.stringify(DEMO_USERS);
  process.env.ABATE_E2E_DEMO_PASSWORD = DEMO_PASSWORD;
}

async function startWorkerServer(worker: number): Promise<WorkerServer> {
  // The state's identity provider, on loopback: its redirect URI names Abate's address, so that is chosen first.
  const port = await freePort();
  const publicUrl = `http://localhost:${port}`;
  const oidc = await startOidcProvider(publicUrl, `oidc-provider-${worker}.log`);
  globalThis.__ABATE_E2E_OIDC__!.push(oidc);
  const server = await startServer({
    logName: `server-${worker}.log`,
    env: {
      PORT: String(port),
      PUBLIC_URL: publicUrl,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_ROLE_MAP: 'state-grants-reviewers=REVIEWER',
      OIDC_LABEL: 'Sign in with your state account',
    },
  });
  globalThis.__ABATE_E2E_SERVERS__!.push(server);
  return { url: server.url, oidcIssuer: oidc.issuer };
}
