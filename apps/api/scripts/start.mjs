// `npm start`: builds what is not built, brings up the embedded PostgreSQL when
// DATABASE_URL is not set, and serves the API and the web app on one port.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildApi, OUT as API_OUT } from './build.mjs';
import { startEmbeddedPostgres } from './embedded-db.mjs';
import { root } from './swc-options.mjs';

const require = createRequire(import.meta.url);
const WEB_OUT = join(root, 'dist', 'web');

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') walk(join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach((p) => walk(join(root, p)));
  return newest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

export async function ensureBuilt() {
  if (builtAt(join(API_OUT, '.built')) < newestMtime(['apps/api/src', 'libs/api', 'libs/shared', 'migrations'])) {
    console.log('Building the API…');
    await buildApi();
  }
  if (builtAt(join(WEB_OUT, 'index.html')) < newestMtime(['apps/web', 'libs/web', 'libs/shared'])) {
    console.log('Building the web app…');
    const { build } = await import('vite');
    await build({ configFile: join(root, 'apps/web/vite.config.mts'), logLevel: 'warn' });
  }
}

async function main() {
  // Vite's build sets process.env.NODE_ENV=production; the API runs in the mode it was started in.
  const startedEnv = { ...process.env };
  await ensureBuilt();
  const env = startedEnv;
  let db;
  if (!env.DATABASE_URL) {
    const dataDir = resolve(root, env.DATA_DIR ?? '.data', 'pg');
    console.log(`Starting the embedded PostgreSQL (data in ${dataDir})…`);
    db = await startEmbeddedPostgres({ dataDir });
    env.DATABASE_URL = db.url;
    env.SEED_DEMO ??= 'true';
  }
  const { bootstrap } = require(join(API_OUT, 'apps/api/src/main.js'));
  const { startupErrorMessage } = require(join(API_OUT, 'libs/api/core/src/index.js'));
  const { DEMO_USERS, DEMO_PASSWORD } = require(join(API_OUT, 'apps/api/src/demo-seed.js'));

  let app;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Abate…');
    await app?.close().catch(() => undefined);
    await db?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  try {
    app = await bootstrap(env);
  } catch (error) {
    console.error(startupErrorMessage(error, env.DATABASE_URL));
    await stop(1);
    return;
  }
  const port = app.getHttpServer().address().port;
  const url = `http://localhost:${port}`;
  const lines = [``, `Abate is running at ${url}`, `GraphQL API: ${url}/graphql`];
  if (env.SEED_DEMO === 'true') {
    lines.push(``, `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS)
      lines.push(
        `  ${user.email.padEnd(24)} ${user.roles.join(', ')}${user.organization ? ` (${user.organization}, NC)` : ''}`,
      );
  }
  lines.push(``, `Press Ctrl-C to stop.`, ``);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
