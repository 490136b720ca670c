import readXlsxFile from 'read-excel-file/node';
import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser, TestUser } from '@abate/testing/organizations';
import { OrganizationsModule } from '@abate/api/organizations';
import { AuditModule } from './audit.module';

const EVENTS = `query($actor: String, $action: String, $entityType: String, $entityId: ID, $from: DateTime, $to: DateTime,
  $first: Int, $after: String, $newestFirst: Boolean) {
  auditEvents(actor: $actor, action: $action, entityType: $entityType, entityId: $entityId, from: $from, to: $to,
    first: $first, after: $after, newestFirst: $newestFirst) {
    totalCount pageInfo { hasNextPage endCursor } nodes { occurredAt actorEmail action entityType entityId }
  }
}`;

interface Events {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      occurredAt: string;
      actorEmail: string | null;
      action: string;
      entityType: string;
      entityId: string;
    }>;
  };
}

const ROUND = '11111111-1111-4111-8111-111111111111';
const AWARD = '22222222-2222-4222-8222-222222222222';
const ALICE = '33333333-3333-4333-8333-333333333333';

/** The trail the tests read: five events over three days, two actors, one with a formula for a name. */
const TRAIL = [
  ['2026-03-01T09:00:00.000Z', ALICE, 'alice.officer@state.example', 'round.create', 'FundingRound', ROUND, null],
  ['2026-03-01T23:59:59.999Z', ALICE, 'alice.officer@state.example', 'round.publish', 'FundingRound', ROUND, null],
  [
    '2026-03-02T00:00:00.000Z',
    null,
    '=1+2@evil.example',
    'award.create',
    'Award',
    AWARD,
    { title: '=HYPERLINK("http://evil")' },
  ],
  ['2026-03-02T12:00:00.000Z', null, 'bob_finance@county.example', 'award.close', 'Award', AWARD, null],
  ['2026-03-03T08:00:00.000Z', ALICE, 'alice.officer@state.example', 'awardish.note', 'Award', AWARD, null],
] as const;

describe('the audit trail: filters and downloads', () => {
  let t: TestApp;
  let officer: TestUser;
  let auditor: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ imports: [AuditModule, OrganizationsModule] });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    auditor = await createUser(t, { roles: [Role.AUDITOR] });
    applicant = await createUser(t, { roles: [Role.APPLICANT] });
    await t.dataSource.query('DELETE FROM audit_events');
    for (const [at, actorId, email, action, type, id, after] of TRAIL)
      await t.dataSource.query(
        `INSERT INTO audit_events (occurred_at, actor_id, actor_email, action, entity_type, entity_id, after)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [at, actorId, email, action, type, id, after === null ? null : JSON.stringify(after)],
      );
  });
  afterAll(() => t.close());

  const list = async (variables: Record<string, unknown>, token = auditor.token) => {
    const res = await gql<Events>(t, EVENTS, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.auditEvents;
  };
  const actions = async (variables: Record<string, unknown>) => (await list(variables)).nodes.map((n) => n.action);

  it('filters by who: part of the e-mail in any case, or the user id', async () => {
    expect(await actions({ actor: 'ALICE' })).toEqual(['round.create', 'round.publish', 'awardish.note']);
    expect(await actions({ actor: ALICE })).toEqual(['round.create', 'round.publish', 'awardish.note']);
    // LIKE wildcards in the text are plain characters.
    expect(await actions({ actor: 'bob_' })).toEqual(['award.close']);
    expect(await actions({ actor: '%' })).toEqual([]);
  });

  it('filters by what: a whole action, or its first part (not a longer word), and by entity type and id', async () => {
    expect(await actions({ action: 'award.create' })).toEqual(['award.create']);
    expect(await actions({ action: 'award' })).toEqual(['award.create', 'award.close']);
    expect(await actions({ entityType: 'FundingRound' })).toEqual(['round.create', 'round.publish']);
    expect(await actions({ entityId: AWARD.toUpperCase(), action: 'award' })).toEqual(['award.create', 'award.close']);
  });

  it('filters by when: from is inclusive, to exclusive, to the millisecond', async () => {
    expect(await actions({ from: '2026-03-01T23:59:59.999Z', to: '2026-03-02T00:00:00.000Z' })).toEqual([
      'round.publish',
    ]);
    expect(await actions({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' })).toEqual([
      'award.create',
      'award.close',
    ]);
    expect(await actions({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-02T00:00:00.000Z' })).toEqual([]);
  });

  it('pages newest first with the total of the filtered set', async () => {
    const first = await list({ newestFirst: true, first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.nodes.map((n) => n.action)).toEqual(['awardish.note', 'award.close']);
    const second = await list({ newestFirst: true, first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.action)).toEqual(['award.create', 'round.publish']);
    const last = await list({ newestFirst: true, first: 2, after: second.pageInfo.endCursor });
    expect(last.nodes.map((n) => n.action)).toEqual(['round.create']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses bad filters with BAD_USER_INPUT naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ actor: 'x'.repeat(255) }, 'actor'],
      [{ action: 'award.create; DROP TABLE users' }, 'action'],
      [{ action: '.create' }, 'action'],
      [{ action: 'a'.repeat(65) }, 'action'],
      [{ entityType: 'Award Type' }, 'entityType'],
      [{ entityId: 'not-an-id' }, 'entityId'],
      [{ from: '1969-12-31T23:59:59.999Z' }, 'from'],
      [{ to: '+010000-01-01T00:00:00.000Z' }, 'to'],
      [{ from: '-000001-01-01T00:00:00.000Z' }, 'from'],
      [{ from: '2026-03-02T00:00:00.001Z', to: '2026-03-02T00:00:00.000Z' }, 'to'],
    ];
    for (const [variables, field] of cases) {
      const error = errorOf(await gql(t, EVENTS, variables, { token: auditor.token }));
      expect({ variables, code: error.code, field: error.field }).toEqual({ variables, code: 'BAD_USER_INPUT', field });
    }
    // Unparseable dates never reach the service: the scalar refuses them.
    for (const from of ['yesterday', '2026-13-01T00:00:00Z', '2026-03-01T25:00:00Z'])
      expect(errorOf(await gql(t, EVENTS, { from }, { token: auditor.token })).code).toBe('BAD_USER_INPUT');
    // The edges themselves are fine.
    expect((await list({ from: '1970-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' })).totalCount).toBe(5);
  });

  it('is for officers and auditors only', async () => {
    expect(errorOf(await gql(t, EVENTS, {}, { token: applicant.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(t, EVENTS, {})).code).toBe('UNAUTHENTICATED');
    expect((await list({}, officer.token)).totalCount).toBe(5);
  });

  describe('downloads', () => {
    const download = (path: string, token?: string) => {
      const req = t.http().get(path).buffer(true);
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    };

    it('give the filtered set as CSV, formulas neutralized', async () => {
      const res = await download(
        '/api/audit/exports/audit-trail.csv?action=award&to=2026-03-03T00:00:00Z',
        auditor.token,
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="audit-trail.csv"');
      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('Occurred at (UTC),Actor,Actor id,Action,Entity type,Entity id,Request id,Before,After');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toBe(
        `2026-03-02T00:00:00.000Z,'=1+2@evil.example,,award.create,Award,${AWARD},,,"{""title"":""=HYPERLINK(\\""http://evil\\"")""}"`,
      );
      expect(lines[2]).toMatch(/^2026-03-02T12:00:00.000Z,bob_finance@county.example,,award.close,Award,/);
    });

    it('give the filtered set as XLSX', async () => {
      const res = await download(
        `/api/audit/exports/audit-trail.xlsx?actor=alice&entityId=${ROUND}`,
        officer.token,
      ).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/spreadsheetml/);
      const [sheet] = await readXlsxFile(res.body as Buffer);
      expect(sheet.data.map((r) => r.slice(0, 6))).toEqual([
        ['Occurred at (UTC)', 'Actor', 'Actor id', 'Action', 'Entity type', 'Entity id'],
        ['2026-03-01T09:00:00.000Z', 'alice.officer@state.example', ALICE, 'round.create', 'FundingRound', ROUND],
        ['2026-03-01T23:59:59.999Z', 'alice.officer@state.example', ALICE, 'round.publish', 'FundingRound', ROUND],
      ]);
    });

    it('refuses bad filters, other files and other roles', async () => {
      const bad = async (query: string, field: string) => {
        const res = await download(`/api/audit/exports/audit-trail.csv?${query}`, auditor.token);
        expect({ query, status: res.status, field: res.body.error?.field }).toEqual({ query, status: 400, field });
      };
      await bad('from=2026-03-02', 'from');
      await bad('from=yesterday', 'from');
      await bad('to=2026-02-30T00:00:00Z', 'to');
      await bad('from=1900-01-01T00:00:00Z', 'from');
      await bad('from=2026-03-03T00:00:00Z&to=2026-03-01T00:00:00Z', 'to');
      await bad('entityId=nope', 'entityId');
      await bad('entityType=a%20b', 'entityType');
      await bad('action=x&action=y', 'action');
      await bad(`actor=${'x'.repeat(255)}`, 'actor');
      expect((await download('/api/audit/exports/audit-trail.pdf', auditor.token)).status).toBe(400);
      expect((await download('/api/audit/exports/audit-trail.csv', applicant.token)).status).toBe(403);
      expect((await download('/api/audit/exports/audit-trail.csv')).status).toBe(401);
    });
  });
});
