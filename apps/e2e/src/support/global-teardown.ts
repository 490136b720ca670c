import { stopServer } from './server';

export default async function globalTeardown(): Promise<void> {
  const servers = globalThis.__ABATE_E2E_SERVERS__ ?? [];
  globalThis.__ABATE_E2E_SERVERS__ = undefined;
  const providers = globalThis.__ABATE_E2E_OIDC__ ?? [];
  globalThis.__ABATE_E2E_OIDC__ = undefined;
  await Promise.all(servers.map((server) => stopServer(server)));
  await Promise.all(
    providers
      .filter((oidc) => oidc.child.exitCode === null)
      .map((oidc) => {
        const exited = new Promise((resolve) => oidc.child.once('exit', resolve));
        oidc.child.kill('SIGTERM');
        return exited;
      }),
  );
}
