// `npm start`: builds what is not built, brings up the embedded PostgreSQL when
// DATABASE_URL is not set, and serves the API and the web app on one port.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { OUT as API_OUT } from './build.mjs';
import { ensureBuilt } from './ensure-built.mjs';
import { startEmbeddedPostgres } from './embedded-db.mjs';
import { root } from './swc-options.mjs';

const require = createRequire(import.meta.url);

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
  const { DEMO_SIGN_INS, DEMO_PASSWORD } = require(join(API_OUT, 'apps/api/src/demo-seed.js'));

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
    for (const user of DEMO_SIGN_INS)
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
