/**
 * With DATABASE_URL set, tests use that server. Without it, one embedded
 * PostgreSQL (in memory) serves the whole run; its URL reaches the test files
 * through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const { startEmbeddedPostgres } = await import('../../../../apps/api/scripts/embedded-db.mjs');
  const db = await startEmbeddedPostgres();
  process.env.DATABASE_URL = db.url;
  (globalThis as { __abateEmbeddedDb?: { stop(): Promise<void> } }).__abateEmbeddedDb = db;
}
