import {
  apiDist,
  applicationCount,
  DEFAULT_DATABASE_URL,
  databaseName,
  ensureDatabase,
  openPool,
  resetDatabase,
} from './database';
import { seedScale } from './scale-seed';
import type { SeedCounts } from './scale-seed';

/** `--seed N` (default 1) and `--force` from the command line. */
export function parseArgs(argv: readonly string[]): { seed: number; force: boolean } {
  let seed = 1;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seed') seed = Number(argv[++i]);
    else if (argv[i].startsWith('--seed=')) seed = Number(argv[i].slice('--seed='.length));
    else if (argv[i] === '--force') force = true;
    else throw new Error(`Unknown argument ${argv[i]} (use --seed N, --force)`);
  }
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a whole number, 0 or more');
  return { seed, force };
}

/** Applies the migrations and the start-up's checklist publication by booting the built API once, without listening. */
export async function prepareSchema(databaseUrl: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createApp } = require(apiDist('apps/api/src/main.js'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadConfig } = require(apiDist('libs/api/core/src/index.js'));
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'silent',
    MIGRATE_ON_START: 'true',
    SEED_DEMO: 'false',
  });
  const app = await createApp(config);
  await app.init();
  await app.close();
}

/** Recreates and fills the database; returns rows per table and the seconds it took. */
export async function runSeed(databaseUrl: string, seed: number): Promise<{ counts: SeedCounts; seconds: number }> {
  const started = Date.now();
  await ensureDatabase(databaseUrl);
  await resetDatabase(databaseUrl);
  process.stderr.write(
    `Migrating ${databaseName(databaseUrl)} and loading the shipped checklist (booting the API once)…\n`,
  );
  await prepareSchema(databaseUrl);
  const pool = openPool(databaseUrl, 2);
  try {
    const counts = await seedScale(pool, seed);
    process.stderr.write('Analyzing…\n');
    await pool.query('VACUUM ANALYZE');
    return { counts, seconds: (Date.now() - started) / 1000 };
  } finally {
    await pool.end();
  }
}

export async function main(argv: string[]): Promise<number> {
  const { seed, force } = parseArgs(argv);
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  // The seed drops everything in the target database: only a bench database unless told otherwise.
  if (!databaseName(databaseUrl).includes('bench') && !force) {
    console.error(
      `Refusing to reset ${databaseName(databaseUrl)}: the scale seed drops everything in it. Use a database whose name contains "bench", or pass --force.`,
    );
    return 2;
  }
  const before = await applicationCount(databaseUrl);
  if (before) process.stderr.write(`Replacing the ${before} applications in ${databaseName(databaseUrl)}.\n`);
  const { counts, seconds } = await runSeed(databaseUrl, seed);
  console.log(`\nSeeded ${databaseName(databaseUrl)} from seed ${seed} in ${seconds.toFixed(1)} s:\n`);
  console.log('| table | rows |\n|---|---:|');
  for (const [table, n] of Object.entries(counts)) console.log(`| ${table} | ${n.toLocaleString('en-US')} |`);
  return 0;
}
