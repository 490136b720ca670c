import { stopServer } from './server';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__ABATE_E2E_SERVER__;
  globalThis.__ABATE_E2E_SERVER__ = undefined;
  if (server) await stopServer(server);
  const oidc = globalThis.__ABATE_E2E_OIDC__;
  globalThis.__ABATE_E2E_OIDC__ = undefined;
  if (oidc && oidc.child.exitCode === null) {
    const exited = new Promise((resolve) => oidc.child.once('exit', resolve));
    oidc.child.kill('SIGTERM');
    await exited;
  }
}
