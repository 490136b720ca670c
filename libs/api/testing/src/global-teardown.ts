export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __abateEmbeddedDb?: { stop(): Promise<void> } }).__abateEmbeddedDb;
  if (db) {
    await db.stop();
    delete process.env.DATABASE_URL;
  }
}
