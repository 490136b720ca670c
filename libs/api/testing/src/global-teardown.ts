export default async function globalTeardown(): Promise<void> {
  const dbs = (globalThis as { __abateEmbeddedDbs?: Array<{ stop(): Promise<void> }> }).__abateEmbeddedDbs;
  if (dbs) {
    await Promise.all(dbs.map((db) => db.stop()));
    delete process.env.DATABASE_URL;
    delete process.env.ABATE_WORKER_DATABASE_URLS;
  }
}
