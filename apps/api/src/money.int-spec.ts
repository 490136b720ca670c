import readXlsxFile from 'read-excel-file/node';
import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser, TestUser } from '@abate/testing/organizations';
import { roundInput } from '@abate/testing/rounds';
import { submittedApplication } from '@abate/testing/reviews';
import { AppModule } from './app.module';

/** $40,000,000.00: a round budget PostgreSQL integer (and GraphQL Int) could not hold. */
const FORTY_MILLION = '4000000000';
/** $25,000,000.00 requested; its personnel line ($24,990,000.00) alone passes $21,474,836.47. */
const TWENTY_FIVE_MILLION = 2_500_000_000n;

const ROUND = 'id budgetCents minAwardCents maxAwardCents';
const CREATE = `mutation($input: CreateFundingRoundInput!) { createFundingRound(input: $input) { ${ROUND} } }`;
const READ = `query($id: ID!) { fundingRound(id: $id) { ${ROUND} } }`;

describe('money round-trips exactly (Cents over bigint)', () => {
  let t: TestApp;
  let officer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  const asVariables = (input: ReturnType<typeof roundInput>) => ({
    ...input,
    opensAt: input.opensAt.toISOString(),
    closesAt: input.closesAt.toISOString(),
  });

  it('a $40,000,000.00 round budget: through GraphQL (string and JSON integer), the database and back', async () => {
    const input = asVariables(
      roundInput(
        { budgetCents: BigInt(FORTY_MILLION), minAwardCents: 100_000n, maxAwardCents: TWENTY_FIVE_MILLION },
        t.clock.now(),
      ),
    );
    const created = await gql<{ createFundingRound: { id: string; budgetCents: string; maxAwardCents: string } }>(
      t,
      CREATE,
      { input },
      { token: officer.token },
    );
    expect(created.errors).toBeUndefined();
    const round = created.data!.createFundingRound;
    expect(round).toMatchObject({ budgetCents: FORTY_MILLION, maxAwardCents: '2500000000' });
    const [row] = await t.dataSource.query(
      `SELECT budget_cents::text AS budget, pg_typeof(budget_cents)::text AS type FROM funding_rounds WHERE id = $1`,
      [round.id],
    );
    expect(row).toEqual({ budget: FORTY_MILLION, type: 'bigint' });
    expect(
      (await gql<{ fundingRound: { budgetCents: string } }>(t, READ, { id: round.id }, { token: officer.token })).data
        ?.fundingRound.budgetCents,
    ).toBe(FORTY_MILLION);

    // The same amount as a JSON integer (safe: below 2^53) is the same amount.
    const asNumber = await gql<{ createFundingRound: { budgetCents: string } }>(
      t,
      CREATE,
      { input: { ...input, budgetCents: 4_000_000_000 } },
      { token: officer.token },
    );
    expect(asNumber.data?.createFundingRound.budgetCents).toBe(FORTY_MILLION);
    // Beyond 2^53 as text: exact (9,007,199,254,740,993 would round to ...992 as a float).
    const huge = await gql<{ createFundingRound: { budgetCents: string } }>(
      t,
      CREATE,
      { input: { ...input, budgetCents: '9007199254740993' } },
      { token: officer.token },
    );
    expect(huge.data?.createFundingRound.budgetCents).toBe('9007199254740993');
  });

  it.each([
    ['a fraction', 1.5],
    ['a fraction as text', '4000000000.5'],
    ['2^53 as a JSON number', 2 ** 53],
    ['an exponent', '4e9'],
    ['a leading space', ' 4000000000'],
    ['an empty string', ''],
    ['20 digits', '40000000000000000000'],
    ['dollars', '$40,000,000.00'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_label, budgetCents) => {
    const input = { ...asVariables(roundInput({}, t.clock.now())), budgetCents };
    expect(errorOf(await gql(t, CREATE, { input }, { token: officer.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.budgetCents',
    });
  });

  it('refuses a negative budget in the domain, naming the field', async () => {
    const input = { ...asVariables(roundInput({}, t.clock.now())), budgetCents: '-1' };
    expect(errorOf(await gql(t, CREATE, { input }, { token: officer.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.budgetCents',
    });
  });

  it('keeps the award rules exact past 2^31: min/max award and the budget compare as bigint', async () => {
    const input = asVariables(
      roundInput(
        { budgetCents: 3_000_000_000n, minAwardCents: 2_147_483_648n, maxAwardCents: 2_147_483_647n },
        t.clock.now(),
      ),
    );
    expect(errorOf(await gql(t, CREATE, { input }, { token: officer.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.minAwardCents',
    });
    const over = asVariables(
      roundInput({ budgetCents: 4_000_000_000n, minAwardCents: 100n, maxAwardCents: 4_000_000_001n }, t.clock.now()),
    );
    expect(errorOf(await gql(t, CREATE, { input: over }, { token: officer.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.maxAwardCents',
    });
  });

  it('a $25,000,000.00 request with a budget line above $21,474,836.47, its award, the ranking exports and the portfolio totals', async () => {
    const input = asVariables(
      roundInput(
        { budgetCents: BigInt(FORTY_MILLION), minAwardCents: 100_000n, maxAwardCents: TWENTY_FIVE_MILLION },
        t.clock.now(),
      ),
    );
    const roundId = (await gql<{ createFundingRound: { id: string } }>(t, CREATE, { input }, { token: officer.token }))
      .data!.createFundingRound.id;
    expect(
      (
        await gql(
          t,
          'mutation($id: ID!) { publishFundingRound(id: $id) { id } }',
          { id: roundId },
          { token: officer.token },
        )
      ).errors,
    ).toBeUndefined();
    const { application, owner } = await submittedApplication(t, roundId, { requestedCents: TWENTY_FIVE_MILLION });

    const read = await gql<{
      application: { requestedCents: string; budgetTotalCents: string; budgetLines: Array<{ amountCents: string }> };
    }>(
      t,
      'query($id: ID!) { application(id: $id) { requestedCents budgetTotalCents budgetLines { amountCents } } }',
      { id: application.id },
      { token: owner.token },
    );
    expect(read.data?.application).toEqual({
      requestedCents: '2500000000',
      budgetTotalCents: '2500000000',
      budgetLines: [{ amountCents: '2499000000' }, { amountCents: '1000000' }],
    });
    const [stored] = await t.dataSource.query(
      `SELECT requested_cents::text AS requested, budget_lines->0->>'amountCents' AS line FROM applications WHERE id = $1`,
      [application.id],
    );
    expect(stored).toEqual({ requested: '2500000000', line: '2499000000' });

    // Decide and release after the deadline.
    const closesAt = new Date(input.closesAt);
    t.clock.set(closesAt);
    const decided = await gql<{ decideApplication: { id: string } }>(
      t,
      'mutation($a: ID!, $amount: Cents!) { decideApplication(applicationId: $a, input: { decision: AWARD, amountCents: $amount, overrideReason: "Exact money test" }) { id } }',
      { a: application.id, amount: '2500000000' },
      { token: officer.token },
    );
    expect(decided.errors).toBeUndefined();
    const ranking = await gql<{
      roundRanking: { budgetCents: string; awardedCents: string; rows: Array<{ requestedCents: string }> };
    }>(
      t,
      'query($r: ID!) { roundRanking(roundId: $r) { budgetCents awardedCents rows { requestedCents } } }',
      { r: roundId },
      { token: officer.token },
    );
    expect(ranking.data?.roundRanking).toEqual({
      budgetCents: FORTY_MILLION,
      awardedCents: '2500000000',
      rows: [{ requestedCents: '2500000000' }],
    });

    // The board packet: CSV writes the exact decimal, XLSX a number of dollars.
    const csv = await t
      .http()
      .get(`/api/rounds/${roundId}/exports/ranking.csv`)
      .set('authorization', `Bearer ${officer.token}`);
    const [header, line] = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const cells = line.split(',');
    expect(cells[header.split(',').indexOf('Requested')]).toBe('25000000.00');
    expect(cells[header.split(',').indexOf('Award')]).toBe('25000000.00');
    const xlsx = await t
      .http()
      .get(`/api/rounds/${roundId}/exports/ranking.xlsx`)
      .set('authorization', `Bearer ${officer.token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const [sheet] = await readXlsxFile(xlsx.body as Buffer);
    expect(sheet.data[1][sheet.data[0].indexOf('Requested')]).toBe(25_000_000);
    expect(sheet.data[1][sheet.data[0].indexOf('Award')]).toBe(25_000_000);

    const released = await gql(
      t,
      'mutation($r: ID!) { releaseDecisions(roundId: $r) { id } }',
      { r: roundId },
      { token: officer.token },
    );
    expect(released.errors).toBeUndefined();
    const portfolio = await gql<{
      portfolioOutcomes: { overall: { awardedCents: string; budgetCents: string; spentCents: string } };
    }>(
      t,
      'query($r: ID) { portfolioOutcomes(roundId: $r) { overall { awardedCents budgetCents spentCents } } }',
      { r: roundId },
      { token: officer.token },
    );
    expect(portfolio.data?.portfolioOutcomes.overall).toEqual({
      awardedCents: '2500000000',
      budgetCents: '2500000000',
      spentCents: '0',
    });
    const grantees = await t
      .http()
      .get(`/api/portfolio/exports/grantees.csv?roundId=${roundId}`)
      .set('authorization', `Bearer ${officer.token}`);
    expect(grantees.status).toBe(200);
    expect(grantees.text).toContain('25000000.00');
    const [award] = await t.dataSource.query(
      `SELECT amount_cents::text AS amount FROM awards WHERE application_id = $1`,
      [application.id],
    );
    expect(award).toEqual({ amount: '2500000000' });
  });
});
