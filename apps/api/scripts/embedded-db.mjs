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
  const { PGLiteSocketServer, PGLiteSocketHandler } = await import('@electric-sql/pglite-socket');
  queueWholeRequests(PGLiteSocketHandler);
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

// Message types that end a client's request: Sync (end of an extended-protocol batch),
// a simple Query, Flush, Terminate, a function call, and the copy messages.
const REQUEST_ENDS = new Set(['S', 'Q', 'H', 'X', 'F', 'c', 'f', 'd']);
const PROTOCOL_3 = 196608;

/**
 * pglite-socket 0.2 queues every protocol message on its own, and all connections share
 * PGlite's one session: between one client's Parse and its Bind another client's Parse could
 * run and replace the unnamed statement, so under concurrent requests queries failed ("bind
 * message supplies 1 parameters, but prepared statement "" requires 2") or ran with another
 * client's statement. This queues each client's messages up to the end of its request (its
 * Sync) as one unit, so requests interleave whole; the queue already keeps a client's open
 * transaction to itself. The rest (SSL and cancel requests, writing replies) is the library's.
 */
function queueWholeRequests(Handler) {
  Handler.prototype.handleData = async function handleData(data) {
    if (!this.socket || !this.active) return 0;
    this.messageBuffer = Buffer.concat([this.messageBuffer, data]);
    this.pendingRequest ??= [];
    let written = 0;
    while (this.messageBuffer.length > 0) {
      if (this.handleSslRequest() || this.handleCancelRequest()) continue;
      const buffer = this.messageBuffer;
      let length = 0;
      let ends = false;
      if (!this.startedUp && buffer.length >= 8 && buffer.readInt32BE(4) === PROTOCOL_3) {
        length = buffer.readInt32BE(0); // the startup message: no type byte
        ends = true;
        this.startedUp = length > 0 && buffer.length >= length;
      } else if (buffer.length >= 5) {
        length = 1 + buffer.readInt32BE(1);
        ends = REQUEST_ENDS.has(String.fromCharCode(buffer[0]));
      }
      if (length === 0 || buffer.length < length) break; // wait for the rest
      this.pendingRequest.push(buffer.subarray(0, length));
      this.messageBuffer = buffer.subarray(length);
      if (!ends) continue;
      const request = Buffer.concat(this.pendingRequest);
      this.pendingRequest = [];
      if (!this.active || !this.socket) break;
      let failed;
      await this.queryQueue.enqueue(this.id, new Uint8Array(request), (reply) => {
        if (reply.length > 0 && this.socket?.writable && this.active) {
          this.socket.write(Buffer.from(reply), (error) => {
            if (error) failed = error;
          });
        }
        written += reply.length;
      });
      if (failed) throw failed;
    }
    return written;
  };
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
