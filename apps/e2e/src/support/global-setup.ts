import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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

declare global {
  var __ABATE_E2E_SERVER__: RunningServer | undefined;
  var __ABATE_E2E_OIDC__: RunningProvider | undefined;
}

export default async function globalSetup(): Promise<void> {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });

  // The state's identity provider, on loopback: its redirect URI names Abate's address, so that is chosen first.
  const port = await freePort();
  const publicUrl = `http://localhost:${port}`;
  const oidc = await startOidcProvider(publicUrl);
  globalThis.__ABATE_E2E_OIDC__ = oidc;
  process.env.ABATE_E2E_OIDC_ISSUER = oidc.issuer;

  const server = await startServer({
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
  globalThis.__ABATE_E2E_SERVER__ = server;
  process.env.ABATE_E2E_BASE_URL = server.url;

  // The demo accounts come from the seed the server just ran (built by start.mjs), not a copy.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built CommonJS file found by path at run time
  const { DEMO_USERS, DEMO_PASSWORD } = require(join(workspaceRoot, 'dist/api/apps/api/src/demo-seed.js'));
  process.env.ABATE_E2E_DEMO_USERS = JSON.stringify(DEMO_USERS);
  process.env.ABATE_E2E_DEMO_PASSWORD = DEMO_PASSWORD;
}
