import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser } from '@abate/testing/organizations';
import { OrganizationsModule } from '@abate/api/organizations';
import { createRound, roundInput } from '../testing';
import { RoundsModule } from './rounds.module';

const ROUND_FIELDS =
  'id status accepting version title closesAt closesAtLocal timeZone budgetCents minAwardCents maxAwardCents eligibleKinds grantStart grantEnd checklist { version items { key weight } }';
const CREATE = `mutation($input: CreateFundingRoundInput!) { createFundingRound(input: $input) { ${ROUND_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateFundingRoundInput!) { updateFundingRound(id: $id, version: $version, input: $input) { ${ROUND_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishFundingRound(id: $id) { ${ROUND_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $reason: String!) { closeFundingRound(id: $id, reason: $reason) { ${ROUND_FIELDS} } }`;
const ROUND = `query($id: ID!) { fundingRound(id: $id) { ${ROUND_FIELDS} } }`;
const ROUNDS =
  'query($status: RoundStatus) { fundingRounds(status: $status, first: 100) { totalCount nodes { id status } } }';

type Round = {
  id: string;
  status: string;
  accepting: boolean;
  version: number;
  closesAtLocal: string;
  checklist: { items: unknown[] };
};

/** Variables as a client sends them: instants as ISO strings. */
const asVariables = (input: ReturnType<typeof roundInput>) => ({
  ...input,
  opensAt: input.opensAt.toISOString(),
  closesAt: input.closesAt.toISOString(),
});

describe('funding rounds', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await createTestApp({ imports: [OrganizationsModule, RoundsModule] });
    officer = (await createUser(t, { roles: [Role.PROGRAM_OFFICER] })).token;
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  it('an officer creates a draft, edits it with its version, and publishes it', async () => {
    const created = await gql<{ createFundingRound: Round }>(
      t,
      CREATE,
      { input: asVariables(roundInput({ closesAt: new Date('2027-01-15T22:00:00Z') })) },
      { token: officer },
    );
    const round = created.data!.createFundingRound;
    expect(round).toMatchObject({
      status: 'DRAFT',
      accepting: false,
      version: 1,
      closesAtLocal: 'Jan 15, 2027, 5:00:00 PM EST',
    });
    expect(round.checklist.items).toHaveLength(32);

    const updated = await gql<{ updateFundingRound: Round }>(
      t,
      UPDATE,
      { id: round.id, version: 1, input: { budgetCents: 200_000_000n, timeZone: 'America/Chicago' } },
      { token: officer },
    );
    expect(updated.data?.updateFundingRound).toMatchObject({
      version: 2,
      budgetCents: '200000000',
      closesAtLocal: 'Jan 15, 2027, 4:00:00 PM CST',
    });

    const published = await gql<{ publishFundingRound: Round }>(t, PUBLISH, { id: round.id }, { token: officer });
    expect(published.data?.publishFundingRound).toMatchObject({ status: 'PUBLISHED', accepting: true });
  });

  it('answers CONFLICT to an update with a stale version and changes nothing', async () => {
    const round = await createRound(t, { status: 'DRAFT' });
    await gql(t, UPDATE, { id: round.id, version: 1, input: { title: 'First edit' } }, { token: officer });
    const stale = await gql(
      t,
      UPDATE,
      { id: round.id, version: 1, input: { title: 'Second edit' } },
      { token: officer },
    );
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const [row] = await t.dataSource.query('SELECT title, version FROM funding_rounds WHERE id = $1', [round.id]);
    expect(row).toEqual({ title: 'First edit', version: 2 });
  });

  it.each<[string, Partial<ReturnType<typeof roundInput>>, string]>([
    [
      'closesAt before opensAt',
      { opensAt: new Date('2027-02-01T00:00:00Z'), closesAt: new Date('2027-01-01T00:00:00Z') },
      'input.closesAt',
    ],
    ['a minimum above the maximum', { minAwardCents: 30_000_000n, maxAwardCents: 25_000_000n }, 'input.minAwardCents'],
    ['a maximum above the budget', { maxAwardCents: 200_000_000n, budgetCents: 100_000_000n }, 'input.maxAwardCents'],
    ['an unknown time zone', { timeZone: 'America/Atlantis' }, 'input.timeZone'],
    ['a checklist version that does not exist', { checklistVersion: '1999.9' }, 'input.checklistVersion'],
    ['grantEnd before grantStart', { grantStart: '2027-06-01', grantEnd: '2027-01-01' }, 'input.grantEnd'],
    ['a date that is not on the calendar', { grantStart: '2027-02-30' }, 'input.grantStart'],
    ['no eligible kinds', { eligibleKinds: [] }, 'input.eligibleKinds'],
    ['a negative budget', { budgetCents: -1n }, 'input.budgetCents'],
  ])('refuses %s, naming the field', async (_label, overrides, field) => {
    const res = await gql(t, CREATE, { input: asVariables(roundInput(overrides)) }, { token: officer });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('follows the clock: PUBLISHED while accepting, REVIEW from closesAt on', async () => {
    const round = await createRound(t, {
      closesAt: new Date('2027-01-15T22:00:00Z'),
      opensAt: new Date('2026-01-01T00:00:00Z'),
    });
    t.clock.set('2027-01-15T21:59:59.999Z');
    expect((await gql<{ fundingRound: Round }>(t, ROUND, { id: round.id })).data?.fundingRound).toMatchObject({
      status: 'PUBLISHED',
      accepting: true,
    });
    t.clock.set('2027-01-15T22:00:00.000Z');
    expect((await gql<{ fundingRound: Round }>(t, ROUND, { id: round.id })).data?.fundingRound).toMatchObject({
      status: 'REVIEW',
      accepting: false,
    });
    const review = await gql<{ fundingRounds: { nodes: Array<{ id: string }> } }>(t, ROUNDS, { status: 'REVIEW' });
    expect(review.data?.fundingRounds.nodes.map((n) => n.id)).toContain(round.id);
  });

  it('shows published rounds to anyone, drafts only to officers and auditors', async () => {
    const draft = await createRound(t, { status: 'DRAFT' });
    const published = await createRound(t);
    expect(errorOf(await gql(t, ROUND, { id: draft.id })).code).toBe('NOT_FOUND');
    expect((await gql<{ fundingRound: Round }>(t, ROUND, { id: published.id })).data?.fundingRound.id).toBe(
      published.id,
    );
    const applicant = await createUser(t, { roles: [Role.APPLICANT] });
    const seen = await gql<{ fundingRounds: { nodes: Array<{ id: string }> } }>(
      t,
      ROUNDS,
      {},
      { token: applicant.token },
    );
    expect(seen.data?.fundingRounds.nodes.map((n) => n.id)).not.toContain(draft.id);
    const auditor = await createUser(t, { roles: [Role.AUDITOR] });
    expect(
      (await gql<{ fundingRound: Round }>(t, ROUND, { id: draft.id }, { token: auditor.token })).data?.fundingRound.id,
    ).toBe(draft.id);
  });

  it('after publishing, only the title, description and a later deadline can change', async () => {
    const round = await createRound(t);
    const budget = await gql(
      t,
      UPDATE,
      { id: round.id, version: round.version, input: { budgetCents: 1n } },
      { token: officer },
    );
    expect(errorOf(budget)).toMatchObject({ code: 'INVALID_STATE' });
    expect(errorOf(budget).message).toMatch(/budgetCents cannot change/);
    const earlier = await gql(
      t,
      UPDATE,
      {
        id: round.id,
        version: round.version,
        input: { closesAt: new Date(round.closesAt.getTime() - 1000).toISOString() },
      },
      { token: officer },
    );
    expect(errorOf(earlier)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closesAt' });
    const later = await gql<{ updateFundingRound: Round }>(
      t,
      UPDATE,
      {
        id: round.id,
        version: round.version,
        input: { closesAt: new Date(round.closesAt.getTime() + 86_400_000).toISOString() },
      },
      { token: officer },
    );
    expect(later.errors).toBeUndefined();
  });

  it('refuses to publish twice or with a deadline in the past', async () => {
    const round = await createRound(t);
    expect(errorOf(await gql(t, PUBLISH, { id: round.id }, { token: officer })).code).toBe('INVALID_STATE');
    const late = await createRound(t, { status: 'DRAFT' });
    t.clock.set(new Date(late.closesAt.getTime() + 1));
    expect(errorOf(await gql(t, PUBLISH, { id: late.id }, { token: officer })).code).toBe('INVALID_STATE');
  });

  it('is changed by program officers only', async () => {
    const applicant = await createUser(t, { roles: [Role.APPLICANT] });
    expect(errorOf(await gql(t, CREATE, { input: asVariables(roundInput()) }, { token: applicant.token })).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await gql(t, CREATE, { input: asVariables(roundInput()) })).code).toBe('UNAUTHENTICATED');
  });

  describe('closing a round now', () => {
    it('moves an accepting round to REVIEW at once, its deadline this instant, audited with the reason', async () => {
      const round = await createRound(t);
      t.clock.set(new Date(round.opensAt.getTime() + 3_600_000));
      const res = await gql<{ closeFundingRound: Round & { closesAt: string } }>(
        t,
        CLOSE,
        { id: round.id, reason: '  Enough applications for the budget  ' },
        { token: officer },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.closeFundingRound).toMatchObject({
        status: 'REVIEW',
        accepting: false,
        version: round.version + 1,
        closesAt: t.clock.now().toISOString(),
      });
      const review = await gql<{ fundingRounds: { nodes: Array<{ id: string }> } }>(t, ROUNDS, { status: 'REVIEW' });
      expect(review.data?.fundingRounds.nodes.map((n) => n.id)).toContain(round.id);
      const [audit] = await t.dataSource.query(
        `SELECT before, after, actor_id FROM audit_events WHERE action = 'round.close-early' AND entity_id = $1`,
        [round.id],
      );
      expect(audit.after).toMatchObject({
        reason: 'Enough applications for the budget',
        closesAt: t.clock.now().toISOString(),
      });
      expect(audit.before).toMatchObject({ closesAt: round.closesAt.toISOString() });
      expect(audit.actor_id).not.toBeNull();
    });

    it('refuses a round that is not accepting (draft, not yet open, already closed, decided) and changes nothing', async () => {
      const draft = await createRound(t, { status: 'DRAFT' });
      expect(errorOf(await gql(t, CLOSE, { id: draft.id, reason: 'Too early' }, { token: officer })).code).toBe(
        'INVALID_STATE',
      );
      const future = await createRound(t, { opensAt: new Date(t.clock.now().getTime() + 86_400_000) });
      expect(errorOf(await gql(t, CLOSE, { id: future.id, reason: 'Not opened' }, { token: officer })).message).toMatch(
        /not opened yet/,
      );
      const closed = await createRound(t);
      expect(
        (await gql(t, CLOSE, { id: closed.id, reason: 'First close' }, { token: officer })).errors,
      ).toBeUndefined();
      expect(errorOf(await gql(t, CLOSE, { id: closed.id, reason: 'Second close' }, { token: officer }))).toMatchObject(
        { code: 'INVALID_STATE' },
      );
      t.clock.set(new Date(future.closesAt.getTime() + 1));
      expect(
        errorOf(await gql(t, CLOSE, { id: future.id, reason: 'Past its deadline' }, { token: officer })).message,
      ).toMatch(/in REVIEW/);
      for (const unchanged of [draft, future]) {
        const [row] = await t.dataSource.query(`SELECT version, closes_at FROM funding_rounds WHERE id = $1`, [
          unchanged.id,
        ]);
        expect({ version: row.version, closesAt: row.closes_at.toISOString() }).toEqual({
          version: unchanged.version,
          closesAt: unchanged.closesAt.toISOString(),
        });
      }
      const [events] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'round.close-early' AND entity_id = ANY($1)`,
        [[draft.id, future.id, closed.id]],
      );
      expect(events.n).toBe(1);
    });

    it.each([
      ['a blank reason', '   '],
      ['a reason of two letters', 'no'],
      ['a reason longer than 2,000 characters', 'x'.repeat(2_001)],
    ])('refuses %s, naming the field, and leaves the round open', async (_label, reason) => {
      const round = await createRound(t);
      expect(errorOf(await gql(t, CLOSE, { id: round.id, reason }, { token: officer }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      expect((await gql<{ fundingRound: Round }>(t, ROUND, { id: round.id })).data?.fundingRound).toMatchObject({
        status: 'PUBLISHED',
        accepting: true,
        version: round.version,
      });
    });

    it('is for program officers only', async () => {
      const round = await createRound(t);
      const auditor = await createUser(t, { roles: [Role.AUDITOR] });
      expect(
        errorOf(await gql(t, CLOSE, { id: round.id, reason: 'Not mine to close' }, { token: auditor.token })).code,
      ).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, CLOSE, { id: round.id, reason: 'Anonymous' })).code).toBe('UNAUTHENTICATED');
      expect((await gql<{ fundingRound: Round }>(t, ROUND, { id: round.id })).data?.fundingRound.status).toBe(
        'PUBLISHED',
      );
    });
  });
});
