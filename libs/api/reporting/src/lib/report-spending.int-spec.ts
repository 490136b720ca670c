import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import type { TestUser } from '@abate/testing/organizations';
import { createAward } from '@abate/testing/awards';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import { ReportingModule } from './reporting.module';

const MILESTONES = `query($id: ID!) { award(id: $id) { milestones { id kind } } }`;
const SAVE = `mutation($m: ID!, $v: Int, $i: QuarterlyReportInput!) { saveQuarterlyReport(milestoneId: $m, version: $v, input: $i) {
  id version spending { category amountCents } } }`;
const READ = `query($id: ID!) { quarterlyReport(id: $id) { id version spending { category amountCents }
  spendingSummary { category thisPeriodCents } } }`;

interface Saved {
  id: string;
  version: number;
  spending: Array<{ category: string; amountCents: string }>;
}

const metrics = () => QUARTERLY_METRICS.metrics.map((m) => ({ key: m.key, value: m.expected ?? 0 }));

/** A report's spending per budget category lives in `report_spending` rows (owned by reporting), not in JSON. */
describe('report spending', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReportingModule] });
  });
  afterAll(() => t.close());

  async function quarters(): Promise<{ owner: TestUser; milestoneIds: string[] }> {
    const { award, owner } = await createAward(t);
    const res = await gql<{ award: { milestones: Array<{ id: string; kind: string }> } }>(
      t,
      MILESTONES,
      { id: award.id },
      { token: owner.token },
    );
    return { owner, milestoneIds: res.data!.award.milestones.filter((m) => m.kind === 'QUARTERLY').map((m) => m.id) };
  }

  const save = async (owner: TestUser, m: string, v: number | null, i: object) =>
    gql<{ saveQuarterlyReport: Saved }>(t, SAVE, { m, v, i }, { token: owner.token });

  it('merges lines by category, raises the version when only spending changes, and refuses a stale version', async () => {
    const { owner, milestoneIds } = await quarters();
    const first = await save(owner, milestoneIds[0], null, {
      metrics: metrics(),
      spending: [
        { category: 'supplies', amountCents: '500' },
        { category: 'personnel', amountCents: '9007199254740993' },
      ],
    });
    expect(first.errors).toBeUndefined();
    // Listed in the order of the budget categories, amounts exact past 2^53.
    expect(first.data!.saveQuarterlyReport.spending).toEqual([
      { category: 'personnel', amountCents: '9007199254740993' },
      { category: 'supplies', amountCents: '500' },
    ]);
    const { id, version } = first.data!.saveQuarterlyReport;

    const second = await save(owner, milestoneIds[0], version, {
      spending: [{ category: 'supplies', amountCents: 700 }],
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.saveQuarterlyReport.version).toBe(version + 1);
    expect(second.data!.saveQuarterlyReport.spending).toEqual([
      { category: 'personnel', amountCents: '9007199254740993' },
      { category: 'supplies', amountCents: '700' },
    ]);

    // The first version is stale now, though no column of the report's own row changed.
    const stale = await save(owner, milestoneIds[0], version, { spending: [{ category: 'supplies', amountCents: 1 }] });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT' });
    const rows = await t.dataSource.query(
      'SELECT category, amount_cents::text AS amount FROM report_spending WHERE report_id = $1 ORDER BY category',
      [id],
    );
    expect(rows).toEqual([
      { category: 'personnel', amount: '9007199254740993' },
      { category: 'supplies', amount: '700' },
    ]);
    const read = await gql<{
      quarterlyReport: Saved & { spendingSummary: Array<{ category: string; thisPeriodCents: string }> };
    }>(t, READ, { id }, { token: owner.token });
    expect(read.data!.quarterlyReport.spending).toEqual(second.data!.saveQuarterlyReport.spending);
    expect(read.data!.quarterlyReport.spendingSummary.find((s) => s.category === 'supplies')?.thisPeriodCents).toBe(
      '700',
    );
  });

  it('refuses a line outside the budget categories without writing any line of the save', async () => {
    const { owner, milestoneIds } = await quarters();
    const first = await save(owner, milestoneIds[0], null, {
      spending: [{ category: 'travel', amountCents: 100 }],
    });
    const { id, version } = first.data!.saveQuarterlyReport;
    const bad = await save(owner, milestoneIds[0], version, {
      spending: [
        { category: 'travel', amountCents: 999 },
        { category: 'yachts', amountCents: 1 },
      ],
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.spending.1.category' });
    expect(
      await t.dataSource.query(
        'SELECT category, amount_cents::text AS amount FROM report_spending WHERE report_id = $1',
        [id],
      ),
    ).toEqual([{ category: 'travel', amount: '100' }]);
  });

  it('keeps every line when the migration moves spending out of JSON, and back when it is reverted', async () => {
    const { owner, milestoneIds } = await quarters();
    const q1 = (
      await save(owner, milestoneIds[0], null, {
        spending: [
          { category: 'personnel', amountCents: 2_000_000 },
          { category: 'supplies', amountCents: 500 },
        ],
      })
    ).data!.saveQuarterlyReport;
    const q2 = (await save(owner, milestoneIds[1], null, { metrics: metrics() })).data!.saveQuarterlyReport;
    const migration = t.dataSource.migrations.find((m) => m.name === 'ReportSpending1764900000000')!;
    expect(migration).toBeDefined();
    const runner = t.dataSource.createQueryRunner();
    try {
      // Reverted: the lines are back in the JSON column, amounts as decimal strings.
      await migration.down(runner);
      const json = async (id: string) =>
        (await runner.query('SELECT spending FROM quarterly_reports WHERE id = $1', [id]))[0].spending;
      expect(await json(q1.id)).toEqual([
        { category: 'personnel', amountCents: '2000000' },
        { category: 'supplies', amountCents: '500' },
      ]);
      expect(await json(q2.id)).toEqual([]);
      // As older rows hold them: JSON numbers (before MoneyAsBigint), a category given twice, an amount past 2^53.
      await runner.query(`UPDATE quarterly_reports SET spending = $2::jsonb WHERE id = $1`, [
        q2.id,
        '[{"category":"travel","amountCents":12345},{"category":"supplies","amountCents":"9007199254740993"},{"category":"travel","amountCents":999}]',
      ]);

      await migration.up(runner);
      const rows = await runner.query(
        `SELECT report_id AS "reportId", category, amount_cents::text AS amount FROM report_spending
          WHERE report_id IN ($1, $2) ORDER BY report_id = $1 DESC, category`,
        [q1.id, q2.id],
      );
      expect(rows).toEqual([
        { reportId: q1.id, category: 'personnel', amount: '2000000' },
        { reportId: q1.id, category: 'supplies', amount: '500' },
        { reportId: q2.id, category: 'supplies', amount: '9007199254740993' },
        { reportId: q2.id, category: 'travel', amount: '999' },
      ]);
      expect(
        await runner.query(
          `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'quarterly_reports' AND column_name = 'spending'`,
        ),
      ).toEqual([]);
    } finally {
      await runner.release();
    }
    const read = await gql<{ quarterlyReport: Saved }>(t, READ, { id: q2.id }, { token: owner.token });
    // In the order of the budget categories (travel comes before supplies).
    expect(read.data!.quarterlyReport.spending).toEqual([
      { category: 'travel', amountCents: '999' },
      { category: 'supplies', amountCents: '9007199254740993' },
    ]);
  });
});
