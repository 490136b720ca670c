// The embedded default PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly)
// served on the wire protocol, so the API uses the same `pg` driver as in
// production. Runs as a child process: `start.mjs` and the test harness spawn it
// with an IPC channel, it reports its URL over IPC, and it shuts PGlite down
// cleanly (flushing to disk) on SIGINT/SIGTERM or when its parent goes away.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Enough for the API's pool, the job queue's pool and a few tools at once.
const MAX_CONNECTIONS = 40;

async function serve(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  let lockFile;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lockFile = join(dataDir, '..', `${dataDir.split('/').pop()}.lock`);
    if (existsSync(lockFile)) {
      const pid = Number(readFileSync(lockFile, 'utf8'));
      if (pid && isAlive(pid)) throw new Error(`Another Abate (pid ${pid}) is using ${dataDir}; stop it first`);
    }
    writeFileSync(lockFile, String(process.pid));
  }
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      await server.stop().catch(() => undefined);
      await db.close().catch(() => undefined);
      if (lockFile) rmSync(lockFile, { force: true });
      process.exit(0);
    })());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  process.send?.({ url });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the embedded database in a child process. `dataDir` keeps data between
 * runs; without it the database lives in memory (tests).
 */
export function startEmbeddedPostgres({ dataDir } = {}) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...(dataDir ? ['--data-dir', dataDir] : [])], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Its own process group: Ctrl-C reaches the parent, which stops the API first and then the database.
    detached: true,
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Embedded PostgreSQL exited with code ${code}`)));
    child.once('message', ({ url }) => {
      child.removeAllListeners('exit');
      const exited = new Promise((done) => child.once('exit', done));
      resolve({
        url,
        pid: child.pid,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--data-dir');
  serve(i > 0 ? process.argv[i + 1] : undefined).catch((error) => {
    console.error(`Embedded PostgreSQL failed to start: ${error.message}`);
    process.exit(1);
  });
}
