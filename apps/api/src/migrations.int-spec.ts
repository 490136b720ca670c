import { createTestApp, TestApp } from '@abate/api/testing';
import { AppModule } from './app.module';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('leave nothing for the entities to change (generating a migration would produce no SQL)', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert cleanly and apply again', async () => {
    const applied = t.dataSource.migrations.length;
    for (let i = 0; i < applied; i++) await t.dataSource.undoLastMigration({ transaction: 'each' });
    const left = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations'`,
    );
    expect(left[0].n).toBe(0);
    expect((await t.dataSource.runMigrations({ transaction: 'each' })).length).toBe(applied);
    expect((await t.dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
