// `npm run db:migrate` / `npm run db:revert`: applies pending migrations, or
// reverts the newest one, on DATABASE_URL (or the embedded database in .data/).
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildApi, OUT } from './build.mjs';
import { startEmbeddedPostgres } from './embedded-db.mjs';
import { root } from './swc-options.mjs';

const require = createRequire(import.meta.url);
const direction = process.argv[2];
if (direction !== 'up' && direction !== 'down') {
  console.error('usage: migrate.mjs up|down');
  process.exit(2);
}

await buildApi();
const core = require(join(OUT, 'libs/api/core/src/index.js'));
const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: resolve(root, process.env.DATA_DIR ?? '.data', 'pg') });
let status = 0;
try {
  const config = core.loadConfig({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? embedded.url });
  const dataSource = await core.openDataSource(core.dataSourceOptions(config), false);
  if (direction === 'up') {
    const applied = await core.migrate(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations');
  } else {
    await dataSource.undoLastMigration({ transaction: 'each' });
    console.log('Reverted the newest migration');
  }
  await dataSource.destroy();
} catch (error) {
  console.error(core.startupErrorMessage(error, process.env.DATABASE_URL));
  status = 1;
} finally {
  await embedded?.stop();
}
process.exit(status);
