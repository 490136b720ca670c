import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, configureHttp, CoreModule, loadConfig, SettableClock } from '@abate/api/core';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** Supertest against the running HTTP server. */
  http: () => ReturnType<typeof request>;
  get<T>(type: Type<T>): T;
  /** The app's clock: `t.clock.set('2026-12-28T21:59:59Z')` moves time for every rule that follows it. */
  clock: SettableClock;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Domain modules under test, served with the real core (GraphQL, guard, database). */
  imports?: Array<Type | DynamicModule>;
  /** Or a whole root module built from the test's config (the API's AppModule). */
  rootModule?: (config: AppConfig) => DynamicModule;
  /** Extra environment for the config (e.g. a low rate limit). */
  env?: Record<string, string>;
}

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.cjs');
  return url;
}

/** Runs SQL on the test server outside any app (create and drop schemas). */
async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// Apps open in this test file, innermost last. The embedded PGlite shares one
// session between all connections, so closing an inner app must point the
// search path back at the outer one's schema.
const openApps: Array<{ schema: string; dataSource: DataSource }> = [];

/**
 * A real API on its own fresh schema, migrated from migrations/: each test
 * file calls this once in beforeAll and `close()` in afterAll, which drops the schema.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA "${schema}"`);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: serverUrl(),
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_SIZE: '4',
    MIGRATE_ON_START: 'true',
    // Uploads of this test file land in the system's temp folder, never in the project's .data.
    STORAGE_DIR: join(tmpdir(), `abate-${schema}`),
    ...options.env,
  });

  @Module({})
  class TestRootModule {}
  const root: DynamicModule = options.rootModule
    ? options.rootModule(config)
    : { module: TestRootModule, imports: [CoreModule.forRoot({ config }), ...(options.imports ?? [])] };

  const clock = new SettableClock();
  const moduleRef = await Test.createTestingModule({ imports: [root] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureHttp(app, config);
  await app.init();
  const dataSource = app.get(DataSource);
  openApps.push({ schema, dataSource });
  return {
    app,
    config,
    dataSource,
    http: () => request(app.getHttpServer()),
    get: (type) => app.get(type),
    clock,
    close: async () => {
      await app.close();
      await adminQuery(`DROP SCHEMA "${schema}" CASCADE`);
      openApps.splice(
        openApps.findIndex((open) => open.schema === schema),
        1,
      );
      const outer = openApps.at(-1);
      if (outer) await outer.dataSource.query(`SET search_path TO "${outer.schema}"`);
    },
  };
}

/**
 * A long test's own time limit, three times longer on the embedded PGlite (no DATABASE_URL:
 * global-setup.ts started one per worker), which runs one statement at a time and ran the
 * authorization matrix's mutations in 72-90+ s where a server takes well under a minute.
 */
export const timeLimit = (ms: number): number => (process.env.ABATE_WORKER_DATABASE_URLS ? ms * 3 : ms);
