import { runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { DecisionKind, DecisionsService } from '@abate/api/awards';
import { createUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { openAssignment, submittedApplication } from '@abate/testing/reviews';
import { AppModule } from './app.module';

const ACTIVITY = 'query($id: ID!) { application(id: $id) { activity { action } } }';
const SAVE = 'mutation($id: ID!, $v: Int!) { saveReview(assignmentId: $id, version: $v, input: { overallComment: "late change" }) { id } }';
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
        decisions.decide(SYSTEM_ACTOR, application.id, { decision: DecisionKind.AWARD, amountCents: 10_000_000, overrideReason: 'Test award' }),
      );
      const actions = async (token: string) => ((await gql<{ application: { activity: Array<{ action: string }> } }>(t, ACTIVITY, { id: application.id }, { token })).data?.application.activity ?? []).map((a) => a.action);
      expect(await actions(officer.token)).toContain('application.decide');
      const seenByApplicant = await actions(owner.token);
      expect(seenByApplicant.length).toBeGreaterThan(0);
      expect(seenByApplicant).not.toContain('application.decide');

      // Before the release the reviewer may still save.
      expect((await gql(t, SAVE, { id: assignment.id, v: assignment.version }, { token: reviewer.token })).errors).toBeUndefined();
      await runWithRequestContext({ requestId: 'test', actor: SYSTEM_ACTOR }, () => decisions.release(round.id));
    } finally {
      t.clock.reset();
    }
    const [{ version }] = await t.dataSource.query('SELECT version FROM review_assignments WHERE id = $1', [assignment.id]);
    expect(errorOf(await gql(t, SAVE, { id: assignment.id, v: version }, { token: reviewer.token })).code).toBe('INVALID_STATE');
    expect(errorOf(await gql(t, SUBMIT, { id: assignment.id }, { token: reviewer.token })).code).toBe('INVALID_STATE');
    const [{ comment }] = await t.dataSource.query('SELECT overall_comment AS comment FROM review_assignments WHERE id = $1', [assignment.id]);
    expect(comment).toBe('late change'); // the one saved before the release, nothing after
  });
});
