import cluster from 'node:cluster';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@abate/api/core';
import { apiProcessCountFromEnv, runPrimary } from './cluster';

/*
 * The entry point imports Nest, TypeORM and the modules only where the API runs (./server):
 * the cluster primary, which only forks and watches workers, stays small (about 45 MB of
 * resident memory instead of 200 MB).
 */

/** The configured Nest application, not yet listening (tests use it with supertest). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  return (await import('./server.js')).createApp(config);
}

export async function bootstrap(env: NodeJS.ProcessEnv = process.env): Promise<NestExpressApplication> {
  return (await import('./server.js')).bootstrap(env);
}

if (require.main === module) {
  const processes = cluster.isPrimary ? apiProcessCountFromEnv(process.env) : 1;
  if (processes > 1) runPrimary(processes);
  else
    bootstrap()
      .then((app) => app.enableShutdownHooks())
      .catch(async (error: unknown) => {
        const explained = await import('./server.js').then(
          (server) => server.startupErrorMessage(error, process.env.DATABASE_URL),
          () => String(error),
        );
        console.error(explained);
        process.exit(1);
      });
}
