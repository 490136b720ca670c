import { runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { DecisionKind, DecisionsService } from '@abate/api/awards';
import { createUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { openAssignment, submittedApplication } from '@abate/testing/reviews';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { AppModule } from './app.module';

const ACTIVITY = 'query($id: ID!) { application(id: $id) { activity { action } } }';
const SAVE =
  'mutation($id: ID!, $v: Int!) { saveReview(assignmentId: $id, version: $v, input: { overallComment: "late change" }) { id } }';
const SUBMIT = 'mutation($id: ID!) { submitReview(assignmentId: $id) { id } }';

describe('production leaks: decisions before release, reviews after it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('hides an unreleased decision from the applicant’s activity list, and closes reviews once decisions are released', async () => {
    const officer = await createUser(t);
    const round = await createRound(t);
    const { application, owner } = await submittedApplication(t, round.id);
    const { assignment, reviewer } = await openAssignment(t, application.id);
    const decisions = t.get(DecisionsService);

    t.clock.set(round.closesAt);
    try {
      await runWithRequestContext({ requestId: 'test', actor: SYSTEM_ACTOR }, () =>
        decisions.decide(SYSTEM_ACTOR, application.id, {
          decision: DecisionKind.AWARD,
          amountCents: 10_000_000n,
          overrideReason: 'Test award',
        }),
      );
      const actions = async (token: string) =>
        (
          (
            await gql<{ application: { activity: Array<{ action: string }> } }>(
              t,
              ACTIVITY,
              { id: application.id },
              { token },
            )
          ).data?.application.activity ?? []
        ).map((a) => a.action);
      expect(await actions(officer.token)).toContain('application.decide');
      const seenByApplicant = await actions(owner.token);
      expect(seenByApplicant.length).toBeGreaterThan(0);
      expect(seenByApplicant).not.toContain('application.decide');

      // Before the release the reviewer may still save.
      expect(
        (await gql(t, SAVE, { id: assignment.id, v: assignment.version }, { token: reviewer.token })).errors,
      ).toBeUndefined();
      await runWithRequestContext({ requestId: 'test', actor: SYSTEM_ACTOR }, () => decisions.release(round.id));
    } finally {
      t.clock.reset();
    }
    const [{ version }] = await t.dataSource.query('SELECT version FROM review_assignments WHERE id = $1', [
      assignment.id,
    ]);
    expect(errorOf(await gql(t, SAVE, { id: assignment.id, v: version }, { token: reviewer.token })).code).toBe(
      'INVALID_STATE',
    );
    expect(errorOf(await gql(t, SUBMIT, { id: assignment.id }, { token: reviewer.token })).code).toBe('INVALID_STATE');
    const [{ comment }] = await t.dataSource.query(
      'SELECT overall_comment AS comment FROM review_assignments WHERE id = $1',
      [assignment.id],
    );
    expect(comment).toBe('late change'); // the one saved before the release, nothing after
  });
});

describe('untrusted text: one normalization layer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  const ORG = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
  const USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';

  it('refuses CR/LF and control characters in organization names, user names and e-mails, naming the field', async () => {
    const officer = await createUser(t);
    const org = { name: 'Wake County', kind: 'COUNTY', state: 'NC', fipsCode: '37183', population: 1129410 };
    for (const name of ['Wake County\r\nBcc: all@evil.test', 'Wake\u0000County', 'Wake\u2028County']) {
      expect(errorOf(await gql(t, ORG, { input: { ...org, name } }, { token: officer.token }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.name',
      });
    }
    const user = {
      email: 'new.person@example.org',
      name: 'New Person',
      password: 'a long enough password',
      roles: ['PROGRAM_OFFICER'],
    };
    expect(
      errorOf(await gql(t, USER, { input: { ...user, name: 'Eve\r\nSubject: hi' } }, { token: officer.token })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(
      errorOf(
        await gql(t, USER, { input: { ...user, email: 'eve@example.org\r\nbcc@evil.test' } }, { token: officer.token }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect((await gql(t, USER, { input: user }, { token: officer.token })).errors).toBeUndefined();
  });

  it('publishes checklist links with http or https only', async () => {
    const officer = await createUser(t);
    const PUBLISH = 'mutation($input: ChecklistInput!) { publishChecklistVersion(input: $input) { version } }';
    const base = { ...PORP_CHECKLIST_2023, version: '2031.1' };
    for (const url of [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>x</script>',
      'file:///etc/passwd',
      '//evil.test/x',
    ]) {
      const sources = base.sources.map((s, i) => (i === 0 ? { ...s, url } : s));
      const res = await gql(t, PUBLISH, { input: { ...base, sources } }, { token: officer.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(res).field).toMatch(/^input\.sources\.0\.url$/);
    }
  });
});
