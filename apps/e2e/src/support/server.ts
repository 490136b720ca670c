import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const workspaceRoot = join(__dirname, '..', '..', '..', '..');
/** This tier's screenshots and server logs: apps/e2e/artifacts/browser/ or …/processes/ (its jest config says which). */
export const artifactsDir = join(workspaceRoot, 'apps', 'e2e', 'artifacts', process.env.ABATE_E2E_TIER ?? 'browser');

// Generous: the first run may build the API and the web app before listening.
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;
const READY_LINE = /Abate is running at (http:\/\/\S+)/;

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** What the server printed up to and including its "Abate is running at" message (the URL, the demo sign-ins). */
  banner?: string;
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
export async function startServer(
  options: { embeddedDataDir?: string; env?: Record<string, string>; logName?: string } = {},
): Promise<RunningServer> {
  // TEST_CLOCK: browser tests move the server's clock (POST /test/clock) instead of waiting.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SEED_DEMO: 'true', TEST_CLOCK: 'true', ...options.env };
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

  const started = await spawnApi(env, options.logName ?? 'server.log').catch(async (error: unknown) => {
    await stopServer({ url: '', child: (error as { child?: ChildProcess }).child!, dataDir, database });
    throw error;
  });
  return { ...started, dataDir, database };
}

/**
 * Runs `start.mjs` with `env` and resolves once it printed its URL; the whole output goes to
 * `artifacts/<logName>`, and what it printed before failing to start goes into the error
 * (which carries the exited child as `child`).
 */
async function spawnApi(
  env: NodeJS.ProcessEnv,
  logName: string,
): Promise<{ url: string; child: ChildProcess; banner: string }> {
  const child = spawn(process.execPath, [join(workspaceRoot, 'apps/api/scripts/start.mjs')], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(artifactsDir, logName));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      // start.mjs prints the URL, the demo sign-ins and "Press Ctrl-C to stop." in one write.
      const fail = (reason: string) => {
        clearTimeout(timer);
        reject(Object.assign(new Error(`${reason}\n--- server output ---\n${output.slice(-8_000)}`), { child }));
      };
      const timer = setTimeout(
        () => fail(`The server did not print "Abate is running at" within ${START_TIMEOUT_MS / 1000} s`),
        START_TIMEOUT_MS,
      );
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
      child.once('exit', (code, signal) =>
        fail(`The server exited (code ${code}, signal ${signal}) before it was ready`),
      );
    });
    child.removeAllListeners('exit');
    return { url, child, banner: output };
  } catch (error) {
    await stopServer({ url: '', child });
    throw error;
  }
}

export interface TestDatabase {
  /** What the API's DATABASE_URL should be. */
  url: string;
  kind: 'postgres' | 'embedded';
  /** Drops the throwaway database, or stops the embedded one. */
  stop(): Promise<void>;
}

/**
 * An empty database for API processes the test starts itself: a throwaway database on the
 * server DATABASE_URL points at, or else the embedded PostgreSQL (in memory, through the same
 * launcher `npm start` uses) in a process of its own, which outlives the API processes on it.
 */
export async function startDatabase(): Promise<TestDatabase> {
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    const name = `abate_e2e_${randomBytes(4).toString('hex')}`;
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: 'postgres',
      stop: () =>
        withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
          () => undefined,
        ),
    };
  }
  // startEmbeddedPostgres's protocol (embedded-db.mjs run as a child with an IPC channel that
  // reports the URL); spawned directly, as an ES module cannot be imported in this jest runtime.
  const child = spawn(process.execPath, [join(workspaceRoot, 'apps/api/scripts/embedded-db.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Embedded PostgreSQL exited with code ${code}`)));
    child.once('message', (message) => resolve((message as { url: string }).url));
  });
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    kind: 'embedded',
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * An API process (`start.mjs`) on `databaseUrl`, with extra `env` (no demo data unless
 * SEED_DEMO says so). Stop it with stopServer, which leaves the database alone; SIGKILL is a crash.
 */
export async function startApi(
  databaseUrl: string,
  options: { env?: Record<string, string>; logName?: string } = {},
): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    SEED_DEMO: 'false',
    ...options.env,
    DATABASE_URL: databaseUrl,
  };
  delete env.NODE_ENV;
  delete env.DATA_DIR;
  return spawnApi(env, options.logName ?? 'api.log');
}

/** SIGTERM or Ctrl-C's SIGINT (the server stops the API, then the embedded database), then clean up what startServer made. */
export async function stopServer(
  { child, dataDir, database }: RunningServer,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
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
    await withClient(database.adminUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`),
    );
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

/** A TCP port free right now on loopback (for a server whose address must be known before it starts). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface RunningProvider {
  issuer: string;
  child: ChildProcess;
}

export const OIDC_CLIENT = { id: 'abate-e2e', secret: 'an-e2e-client-secret-that-is-long-enough-1234' };

/** The in-process-style OpenID Connect provider (support/oidc-provider.mjs) for Abate at `publicUrl`. */
export async function startOidcProvider(publicUrl: string, logName = 'oidc-provider.log'): Promise<RunningProvider> {
  const child = spawn(
    process.execPath,
    [join(__dirname, 'oidc-provider.mjs'), publicUrl, OIDC_CLIENT.id, OIDC_CLIENT.secret],
    { cwd: workspaceRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = createWriteStream(join(artifactsDir, logName));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The OIDC provider did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /OIDC issuer (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The OIDC provider exited (code ${code}): ${output}`));
    });
  });
  child.removeAllListeners('exit');
  return { issuer, child };
}
