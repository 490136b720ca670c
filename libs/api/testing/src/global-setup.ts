import { join } from 'node:path';

interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

/**
 * With DATABASE_URL set, tests use that server. Without it, each jest worker gets an
 * embedded PostgreSQL of its own (in memory): PGlite runs one statement at a time for all
 * its connections, so one database shared by two workers would run their files one after
 * the other anyway. The URLs reach the test files through the environment (worker-database.ts
 * picks the worker's own).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  if (process.env.DATABASE_URL) return;
  // The same launcher `npm start` uses, run as a tool by path (this library does not depend on the app).
  const launcher = join(__dirname, '..', '..', '..', '..', 'apps', 'api', 'scripts', 'embedded-db.mjs');
  const { startEmbeddedPostgres } = (await import(launcher)) as { startEmbeddedPostgres: () => Promise<EmbeddedDb> };
  const count = Math.max(1, globalConfig.maxWorkers);
  const dbs = await Promise.all(Array.from({ length: count }, () => startEmbeddedPostgres()));
  process.env.DATABASE_URL = dbs[0].url;
  process.env.ABATE_WORKER_DATABASE_URLS = dbs.map((db) => db.url).join(' ');
  (globalThis as { __abateEmbeddedDbs?: EmbeddedDb[] }).__abateEmbeddedDbs = dbs;
}
