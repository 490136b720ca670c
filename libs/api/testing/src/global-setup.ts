import { join } from 'node:path';

/**
 * With DATABASE_URL set, tests use that server. Without it, one embedded
 * PostgreSQL (in memory) serves the whole run; its URL reaches the test files
 * through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  // The same launcher `npm start` uses, run as a tool by path (this library does not depend on the app).
  const launcher = join(__dirname, '..', '..', '..', '..', 'apps', 'api', 'scripts', 'embedded-db.mjs');
  const { startEmbeddedPostgres } = (await import(launcher)) as {
    startEmbeddedPostgres: () => Promise<{ url: string; stop(): Promise<void> }>;
  };
  const db = await startEmbeddedPostgres();
  process.env.DATABASE_URL = db.url;
  (globalThis as { __abateEmbeddedDb?: { stop(): Promise<void> } }).__abateEmbeddedDb = db;
}
