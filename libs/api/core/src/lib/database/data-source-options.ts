import { DataSource, DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { loadMigrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Any fixed 64-bit key: replicas starting together run migrations one at a time.
const MIGRATION_LOCK_KEY = 4_242_001;

export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_SCHEMA' | 'DATABASE_POOL_SIZE'>,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
    entities,
    migrations: loadMigrations(),
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: 'abate-api',
    extra: {
      max: config.DATABASE_POOL_SIZE,
      // Every pooled session resolves unqualified names (raw SQL, migrations) in our schema.
      options: `-c search_path=${config.DATABASE_SCHEMA}`,
    },
  };
}

/**
 * Opens a DataSource: creates the schema when it is not `public`, pins the
 * search path (the embedded PGlite shares one session and ignores start-up
 * options), and optionally runs pending migrations under an advisory lock.
 */
export async function openDataSource(options: DataSourceOptions, runMigrations: boolean): Promise<DataSource> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  const schema = (options as { schema?: string }).schema ?? 'public';
  if (schema !== 'public') {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.query(`SET search_path TO "${schema}"`);
  }
  if (runMigrations) await migrate(dataSource);
  return dataSource;
}

export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
