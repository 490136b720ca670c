import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createOrganization, createUser, TestUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { MembershipRole, OrganizationKind } from '@abate/api/organizations';
import type { FundingRoundEntity } from '@abate/api/rounds';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { completeAnswers, createApplication } from '../testing';
import { ApplicationsModule } from './applications.module';

const APP_FIELDS = `id status version title requestedCents budgetTotalCents trackingId submittedAt
  responses { itemKey narrative selfRating }
  budgetLines { category description amountCents }
  targets { metricKey value }
  validation { errors { field message } warnings { field message } }
  safeguardFlags { code message source { id citation } }
  organization { id } round { id }`;
const CREATE = `mutation($roundId: ID!, $organizationId: ID!) { createApplication(roundId: $roundId, organizationId: $organizationId) { ${APP_FIELDS} } }`;
const SAVE = `mutation($id: ID!, $version: Int!, $input: ApplicationInput!) { saveApplication(id: $id, version: $version, input: $input) { ${APP_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitApplication(id: $id, version: $version) { trackingId submittedAt application { id status version } } }`;
const WITHDRAW = 'mutation($id: ID!) { withdrawApplication(id: $id) { id status } }';
const GET = `query($id: ID!) { application(id: $id) { ${APP_FIELDS} activity { actorEmail action fields } } }`;
const LIST =
  'query($roundId: ID) { applications(roundId: $roundId, first: 100) { totalCount nodes { id organization { id } } } }';

interface Problem {
  field: string;
  message: string;
}
interface App {
  id: string;
  status: string;
  version: number;
  title: string | null;
  trackingId: string | null;
  responses: Array<{ itemKey: string; narrative: string; selfRating: number | null }>;
  budgetLines: unknown[];
  budgetTotalCents: number;
  validation: { errors: Problem[]; warnings: Problem[] };
  safeguardFlags: Array<{ code: string; message: string; source: { id: string } }>;
  activity?: Array<{ actorEmail: string; action: string; fields: string[] }>;
}
interface AppPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ id: string }>;
}
interface Receipt {
  trackingId: string;
  submittedAt: string;
  application: { id: string; status: string; version: number };
}

describe('applications', () => {
  let t: TestApp;
  let round: FundingRoundEntity;
  // Applicants of two organizations (A and B) and a second member of A.
  let a: TestUser;
  let a2: TestUser;
  let b: TestUser;
  let orgA: string;
  let orgB: string;

  const newOrgMember = async (kind = OrganizationKind.COUNTY) => {
    const org = await createOrganization(t, { kind });
    return {
      org: org.id,
      user: await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: org.id,
        organizationRole: MembershipRole.OWNER,
      }),
    };
  };
  const create = async (user: TestUser, organizationId: string, roundId = round.id) =>
    (await gql<{ createApplication: App }>(t, CREATE, { roundId, organizationId }, { token: user.token })).data!
      .createApplication;
  const save = (user: TestUser, id: string, version: number, input: Record<string, unknown>) =>
    gql<{ saveApplication: App }>(t, SAVE, { id, version, input }, { token: user.token });
  const submit = (user: TestUser, id: string, version: number) =>
    gql<{ submitApplication: Receipt }>(t, SUBMIT, { id, version }, { token: user.token });
  const complete = async (user: TestUser, organizationId: string, r = round) => {
    const app = await create(user, organizationId, r.id);
    return (await save(user, app.id, app.version, { ...completeAnswers() })).data!.saveApplication;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [ApplicationsModule] });
    round = await createRound(t);
    ({ org: orgA, user: a } = await newOrgMember());
    a2 = await createUser(t, {
      roles: [Role.APPLICANT],
      organizationId: orgA,
      organizationRole: MembershipRole.CONTRIBUTOR,
    });
    ({ org: orgB, user: b } = await newOrgMember());
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  describe('createApplication', () => {
    it('starts a draft for a member of an eligible organization, one per round', async () => {
      const { org, user } = await newOrgMember();
      const app = await create(user, org);
      expect(app).toMatchObject({ status: 'DRAFT', version: 1, organization: { id: org }, round: { id: round.id } });
      const again = await gql(t, CREATE, { roundId: round.id, organizationId: org }, { token: user.token });
      expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
    });

    it('refuses someone outside the organization', async () => {
      expect(errorOf(await gql(t, CREATE, { roundId: round.id, organizationId: orgA }, { token: b.token })).code).toBe(
        'FORBIDDEN',
      );
    });

    it('refuses an organization of a kind the round does not fund', async () => {
      const { org, user } = await newOrgMember(OrganizationKind.NONPROFIT);
      const res = await gql(t, CREATE, { roundId: round.id, organizationId: org }, { token: user.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
      expect(errorOf(res).message).toMatch(/nonprofit/);
    });

    it('refuses a draft round and a closed one', async () => {
      const draft = await createRound(t, { status: 'DRAFT' });
      expect(errorOf(await gql(t, CREATE, { roundId: draft.id, organizationId: orgA }, { token: a.token })).code).toBe(
        'NOT_FOUND',
      );
      const closing = await createRound(t);
      t.clock.set(closing.closesAt);
      expect(
        errorOf(await gql(t, CREATE, { roundId: closing.id, organizationId: orgA }, { token: a.token })).code,
      ).toBe('DEADLINE_PASSED');
    });
  });

  describe('saveApplication', () => {
    it('is a partial update that returns the next version; responses merge by item key', async () => {
      const app = await create(a, orgA, (await createRound(t)).id);
      const [first, second] = PORP_CHECKLIST_2023.items;
      const one = (
        await save(a, app.id, 1, {
          title: 'Reach within 72 hours',
          responses: [{ itemKey: second.key, narrative: 'Second item', selfRating: 1 }],
        })
      ).data!.saveApplication;
      expect(one).toMatchObject({ version: 2, title: 'Reach within 72 hours' });
      // A colleague saves another part with the version they now see.
      const two = (
        await save(a2, app.id, 2, {
          responses: [{ itemKey: first.key, narrative: 'First item', selfRating: 2 }],
          requestedCents: 10_000_000,
        })
      ).data!.saveApplication;
      expect(two.version).toBe(3);
      expect(two.title).toBe('Reach within 72 hours');
      // Stored in checklist order, whatever order they were saved in.
      expect(two.responses.map((r) => r.itemKey)).toEqual([first.key, second.key]);
      const three = (await save(a, app.id, 3, { title: null })).data!.saveApplication;
      expect(three.title).toBeNull();
    });

    it('answers CONFLICT to a stale version and overwrites nothing', async () => {
      const app = await create(a, orgA, (await createRound(t)).id);
      await save(a, app.id, 1, { title: 'Mine' });
      const stale = await save(a2, app.id, 1, { title: 'Theirs', summary: 'Theirs too' });
      expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'version' });
      const [row] = await t.dataSource.query('SELECT title, summary, version FROM applications WHERE id = $1', [
        app.id,
      ]);
      expect(row).toEqual({ title: 'Mine', summary: null, version: 2 });
    });

    it('lets exactly one of two simultaneous saves with the same version through', async () => {
      const app = await create(a, orgA, (await createRound(t)).id);
      const results = await Promise.all([save(a, app.id, 1, { title: 'One' }), save(a2, app.id, 1, { title: 'Two' })]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT').length).toBe(1);
    });

    it.each<[string, Record<string, unknown>, string]>([
      [
        'an unknown checklist item',
        { responses: [{ itemKey: 'made-up.item', narrative: 'x', selfRating: 1 }] },
        'input.responses.0.itemKey',
      ],
      [
        'an unknown budget category',
        { budgetLines: [{ category: 'construction', description: 'Shed', amountCents: 100 }] },
        'input.budgetLines.0.category',
      ],
      [
        'a zero budget amount',
        { budgetLines: [{ category: 'travel', description: 'Mileage', amountCents: 0 }] },
        'input.budgetLines.0.amountCents',
      ],
      [
        'a budget line without a description',
        { budgetLines: [{ category: 'travel', description: '  ', amountCents: 100 }] },
        'input.budgetLines.0.description',
      ],
      ['an unknown metric', { targets: [{ metricKey: 'lives_saved', value: 3 }] }, 'input.targets.0.metricKey'],
      ['a negative target', { targets: [{ metricKey: 'survivors_reached', value: -3 }] }, 'input.targets.0.value'],
      [
        'a narrative over 5,000 characters',
        { responses: [{ itemKey: PORP_CHECKLIST_2023.items[0].key, narrative: 'x'.repeat(5001), selfRating: 1 }] },
        'input.responses.0.narrative',
      ],
      [
        'a self-rating of 4',
        { responses: [{ itemKey: PORP_CHECKLIST_2023.items[0].key, narrative: 'x', selfRating: 4 }] },
        'input.responses.0.selfRating',
      ],
      ['an unknown law-enforcement role', { lawEnforcementRole: 'SWAT' }, 'input.lawEnforcementRole'],
    ])('refuses %s, naming the field, and saves nothing', async (_label, input, field) => {
      const app = await create(a, orgA, (await createRound(t)).id);
      expect(errorOf(await save(a, app.id, 1, input))).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const [row] = await t.dataSource.query('SELECT version FROM applications WHERE id = $1', [app.id]);
      expect(row.version).toBe(1);
    });

    it('refuses another organization, and never lets it read the application', async () => {
      const app = await create(a, orgA, (await createRound(t)).id);
      expect(errorOf(await save(b, app.id, 1, { title: 'Hijacked' })).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, GET, { id: app.id }, { token: b.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await submit(b, app.id, 1)).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, WITHDRAW, { id: app.id }, { token: b.token })).code).toBe('FORBIDDEN');
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      expect(errorOf(await gql(t, GET, { id: app.id }, { token: reviewer.token })).code).toBe('FORBIDDEN');
      const listed = await gql<{ applications: { nodes: Array<{ organization: { id: string } }> } }>(
        t,
        LIST,
        {},
        { token: b.token },
      );
      expect(listed.data?.applications.nodes.every((n) => n.organization.id === orgB)).toBe(true);
    });
  });

  describe('validation and safeguard flags', () => {
    it('lists every error of an empty draft with its field path', async () => {
      const app = await create(a, orgA, (await createRound(t)).id);
      const fields = app.validation.errors.map((e) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'title',
          'summary',
          'requestedCents',
          'lawEnforcementRole',
          'warrantChecks',
          'budgetLines',
        ]),
      );
      for (const item of PORP_CHECKLIST_2023.items) expect(fields).toContain(`responses.${item.key}.narrative`);
    });

    it('has no errors or warnings when complete', async () => {
      const app = await complete(a, orgA, await createRound(t));
      expect(app.validation).toEqual({ errors: [], warnings: [] });
      expect(app.budgetTotalCents).toBe('10000000');
    });

    it('errors on a request outside the award range and a budget that does not add up; warns on thin answers', async () => {
      const app = await complete(a, orgA, await createRound(t));
      const changed = (
        await save(a, app.id, app.version, {
          requestedCents: 30_000_000,
          budgetLines: [{ category: 'personnel', description: 'Staff', amountCents: 9_000_000 }],
          responses: [{ itemKey: PORP_CHECKLIST_2023.items[0].key, narrative: 'We will.', selfRating: 1 }],
        })
      ).data!.saveApplication;
      expect(changed.validation.errors.map((e) => e.field)).toEqual(['requestedCents', 'budgetLines']);
      expect(changed.validation.errors[0].message).toMatch(/\$50,000 and \$250,000/);
      expect(changed.validation.warnings.map((w) => w.field)).toEqual([
        `responses.${PORP_CHECKLIST_2023.items[0].key}.narrative`,
        'budgetLines',
      ]);
    });

    it('flags police-led outreach, uniformed police, warrant checks and no naloxone, citing the research', async () => {
      const app = await complete(a, orgA, await createRound(t));
      const flagged = (
        await save(a, app.id, app.version, {
          lawEnforcementRole: 'POLICE_LED',
          warrantChecks: true,
          budgetLines: [{ category: 'personnel', description: 'Officers', amountCents: 10_000_000 }],
        })
      ).data!.saveApplication;
      expect(flagged.safeguardFlags.map((f) => f.code)).toEqual([
        'POLICE_LED',
        'UNIFORMED_POLICE_ON_VISITS',
        'WARRANT_CHECKS',
        'NO_NALOXONE_IN_BUDGET',
      ]);
      expect(flagged.safeguardFlags[0].source.id).toBe('POLICE-PARADOX-2023');
      expect(flagged.safeguardFlags.every((f) => f.message.length > 20)).toBe(true);
      // Flags are advice: the application can still be submitted.
      expect(flagged.validation.errors).toEqual([]);
    });
  });

  describe('submitApplication', () => {
    it('submits a complete application with a receipt, idempotently, and writes the receipt to every member', async () => {
      const r = await createRound(t);
      const app = await complete(a, orgA, r);
      const first = await submit(a, app.id, app.version);
      expect(first.errors).toBeUndefined();
      expect(first.data?.submitApplication.trackingId).toMatch(/^ABT-20\d\d-\d{6}$/);
      expect(first.data?.submitApplication.application.status).toBe('SUBMITTED');
      // The same click again (same version, or from the colleague's tab) returns the same receipt.
      const repeat = await submit(a2, app.id, app.version);
      expect(repeat.data?.submitApplication).toEqual(first.data?.submitApplication);
      const mail = await t.dataSource.query(
        'SELECT recipient_email, subject, body FROM outbox_messages WHERE dedupe_key LIKE $1 ORDER BY recipient_email',
        [`application.submitted:${app.id}:%`],
      );
      expect(mail.map((m: { recipient_email: string }) => m.recipient_email).sort()).toEqual(
        [a.email, a2.email].sort(),
      );
      expect(mail[0].body).toContain(first.data?.submitApplication.trackingId);
      const audit = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'application.submit'`,
        [app.id],
      );
      expect(audit[0].n).toBe(1);
    });

    it('gives each submission its own tracking id', async () => {
      const r = await createRound(t);
      const one = await complete(a, orgA, r);
      const two = await complete(b, orgB, r);
      const ids = [
        (await submit(a, one.id, one.version)).data!.submitApplication.trackingId,
        (await submit(b, two.id, two.version)).data!.submitApplication.trackingId,
      ];
      expect(new Set(ids).size).toBe(2);
    });

    it('enforces the deadline to the second on the server clock', async () => {
      const r = await createRound(t, { closesAt: new Date(Date.now() + 86_400_000) });
      const early = await complete(a, orgA, r);
      const late = await complete(b, orgB, r);
      t.clock.set(new Date(r.closesAt.getTime() - 1000));
      expect((await submit(a, early.id, early.version)).errors).toBeUndefined();
      t.clock.set(r.closesAt);
      const refused = await submit(b, late.id, late.version);
      expect(errorOf(refused).code).toBe('DEADLINE_PASSED');
      expect(errorOf(refused).message).toMatch(/(EST|EDT)$/);
      const [row] = await t.dataSource.query('SELECT status, tracking_id FROM applications WHERE id = $1', [late.id]);
      expect(row).toEqual({ status: 'DRAFT', tracking_id: null });
      // Still the same receipt for the one that made it, after the deadline.
      expect((await submit(a, early.id, early.version)).data?.submitApplication.application.status).toBe('SUBMITTED');
    });

    it('refuses an application with errors, pointing at the first', async () => {
      const app = await create(a, orgA, (await createRound(t)).id);
      const res = await submit(a, app.id, app.version);
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    });

    it('answers CONFLICT when the version is stale', async () => {
      const app = await complete(a, orgA, await createRound(t));
      expect(errorOf(await submit(a, app.id, app.version - 1)).code).toBe('CONFLICT');
    });

    it('makes the application read-only', async () => {
      const app = await complete(a, orgA, await createRound(t));
      const receipt = (await submit(a, app.id, app.version)).data!.submitApplication;
      expect(
        errorOf(await save(a, app.id, receipt.application.version, { title: 'Changed after submitting' })).code,
      ).toBe('INVALID_STATE');
    });
  });

  describe('withdrawApplication', () => {
    it('withdraws while the round accepts, after which the organization may apply again', async () => {
      const r = await createRound(t);
      const app = await complete(a, orgA, r);
      await submit(a, app.id, app.version);
      const res = await gql<{ withdrawApplication: { status: string } }>(
        t,
        WITHDRAW,
        { id: app.id },
        { token: a.token },
      );
      expect(res.data?.withdrawApplication.status).toBe('WITHDRAWN');
      expect((await create(a, orgA, r.id)).status).toBe('DRAFT');
    });

    it('refuses after the deadline', async () => {
      const r = await createRound(t);
      const app = await complete(a, orgA, r);
      t.clock.set(r.closesAt);
      expect(errorOf(await gql(t, WITHDRAW, { id: app.id }, { token: a.token })).code).toBe('DEADLINE_PASSED');
    });
  });

  it('shows who saved what, when, from the audit trail', async () => {
    const app = await createApplication(t, { roundId: (await createRound(t)).id, user: a.user, organizationId: orgA });
    await save(a, app.id, app.version, { title: 'By A' });
    await save(a2, app.id, app.version + 1, {
      responses: [{ itemKey: PORP_CHECKLIST_2023.items[0].key, narrative: 'By A2', selfRating: 1 }],
    });
    const res = await gql<{ application: App }>(t, GET, { id: app.id }, { token: a.token });
    expect(res.data?.application.activity?.slice(0, 2)).toEqual([
      { actorEmail: a2.email, action: 'application.save', fields: [`responses.${PORP_CHECKLIST_2023.items[0].key}`] },
      { actorEmail: a.email, action: 'application.save', fields: ['title'] },
    ]);
  });

  it('names every field a save touched, each response by its item, in the trail read from the database', async () => {
    const app = await createApplication(t, { roundId: (await createRound(t)).id, user: a.user, organizationId: orgA });
    const [first, second] = PORP_CHECKLIST_2023.items.map((i) => i.key);
    await save(a, app.id, app.version, {
      title: 'Both',
      summary: 'A summary',
      responses: [
        { itemKey: first, narrative: 'One', selfRating: 1 },
        { itemKey: second, narrative: 'Two', selfRating: 2 },
      ],
    });
    const res = await gql<{ application: App }>(t, GET, { id: app.id }, { token: a.token });
    const fields = res.data?.application.activity?.[0].fields ?? [];
    expect([...fields].sort()).toEqual(['summary', 'title', `responses.${first}`, `responses.${second}`].sort());
    // Responses keep their order among themselves.
    expect(fields.filter((f) => f.startsWith('responses.'))).toEqual([`responses.${first}`, `responses.${second}`]);
  });

  it('lets officers and auditors read every application', async () => {
    const app = await create(a, orgA, (await createRound(t)).id);
    for (const role of [Role.PROGRAM_OFFICER, Role.AUDITOR]) {
      const user = await createUser(t, { roles: [role] });
      expect(
        (await gql<{ application: App }>(t, GET, { id: app.id }, { token: user.token })).data?.application.id,
      ).toBe(app.id);
    }
  });

  it('pages through an organization’s applications oldest first, each exactly once', async () => {
    const { org, user } = await newOrgMember();
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await create(user, org, (await createRound(t)).id)).id);
    // Creation times are held to the millisecond, as the cursor's JavaScript Date holds them.
    const [{ finer }] = await t.dataSource.query(
      `SELECT count(*)::int AS finer FROM applications WHERE created_at <> date_trunc('milliseconds', created_at)`,
    );
    expect(finer).toBe(0);
    const PAGE = `query($after: String) { applications(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const reply: { data?: { applications: AppPage } | null } = await gql<{ applications: AppPage }>(
        t,
        PAGE,
        { after },
        { token: user.token },
      );
      const list: AppPage = reply.data!.applications;
      seen.push(...list.nodes.map((n) => n.id));
      expect(list.totalCount).toBe(5);
      if (!list.pageInfo.hasNextPage) break;
      after = list.pageInfo.endCursor;
    }
    expect(seen).toEqual(created);
  });
});
