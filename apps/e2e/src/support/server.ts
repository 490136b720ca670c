import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const workspaceRoot = join(__dirname, '..', '..', '..', '..');
export const artifactsDir = join(workspaceRoot, 'apps', 'e2e', 'artifacts');

// Generous: the first run may build the API and the web app before listening.
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;
const READY_LINE = /Abate is running at (http:\/\/\S+)/;

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Temp data directory of the embedded database, when it is used. */
  dataDir?: string;
  /** The throwaway database created on DATABASE_URL's server, when that is used. */
  database?: { adminUrl: string; name: string };
}

/**
 * Starts `apps/api/scripts/start.mjs` (what `npm start` runs) on a free port against an
 * empty database with the demo data seeded: a fresh embedded PostgreSQL by default, or a
 * fresh database on the server DATABASE_URL points at.
 */
export async function startServer(options: { embeddedDataDir?: string } = {}): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SEED_DEMO: 'true' };
  // Jest sets NODE_ENV=test; the server should run as `npm start` does.
  delete env.NODE_ENV;

  let dataDir: string | undefined;
  let database: RunningServer['database'];
  if (options.embeddedDataDir) {
    // The caller's own data directory on the embedded database, kept after stopServer.
    delete env.DATABASE_URL;
    env.DATA_DIR = options.embeddedDataDir;
  } else if (process.env.DATABASE_URL) {
    database = { adminUrl: process.env.DATABASE_URL, name: `abate_e2e_${randomBytes(4).toString('hex')}` };
    await withClient(database.adminUrl, (client) => client.query(`CREATE DATABASE "${database!.name}"`));
    const url = new URL(database.adminUrl);
    url.pathname = `/${database.name}`;
    env.DATABASE_URL = url.toString();
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'abate-e2e-'));
    env.DATA_DIR = dataDir;
  }

  const child = spawn(process.execPath, [join(workspaceRoot, 'apps/api/scripts/start.mjs')], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The whole server log goes to the artifacts; what it printed before failing to start goes into the error.
  const log = createWriteStream(join(artifactsDir, 'server.log'));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      reject(new Error(`${reason}\n--- server output ---\n${output.slice(-8_000)}`));
    };
    const timer = setTimeout(() => fail(`The server did not print "Abate is running at" within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => fail(`Could not start the server: ${error.message}`));
    child.once('exit', (code, signal) => fail(`The server exited (code ${code}, signal ${signal}) before it was ready`));
  }).catch(async (error: unknown) => {
    await stopServer({ url: '', child, dataDir, database });
    throw error;
  });
  child.removeAllListeners('exit');
  return { url, child, dataDir, database };
}

/** SIGTERM or Ctrl-C's SIGINT (the server stops the API, then the embedded database), then clean up what startServer made. */
export async function stopServer({ child, dataDir, database }: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timedOut = await Promise.race([exited.then(() => false), delay(STOP_TIMEOUT_MS).then(() => true)]);
    if (timedOut) {
      console.warn(`The server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it`);
      child.kill('SIGKILL');
      await exited;
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (database) {
    await withClient(database.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`));
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
