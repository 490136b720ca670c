import { createSubmissionCohort, createTestApp, gql, TestApp } from '@abate/api/testing';
import { ApplicationsModule } from './applications.module';

const GET = `query($id: ID!) { application(id: $id) { id status version requestedCents budgetTotalCents validation { errors { field } warnings { field } } } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitApplication(id: $id, version: $version) { trackingId application { id status } } }`;

describe('createSubmissionCohort', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ApplicationsModule] });
  });
  afterAll(() => t.close());

  it('makes signed-in applicants whose drafts are complete, in a few statements, the same from the same seed', async () => {
    const cohort = await createSubmissionCohort(process.env.DATABASE_URL!, {
      count: 25,
      seed: 7,
      schema: t.config.DATABASE_SCHEMA,
    });
    expect(cohort.applicants).toHaveLength(25);
    expect(new Set(cohort.applicants.map((a) => a.organizationId)).size).toBe(25);

    for (const applicant of cohort.applicants.slice(0, 5)) {
      const { data, errors } = await gql<{
        application: {
          status: string;
          version: number;
          requestedCents: number;
          budgetTotalCents: number;
          validation: { errors: unknown[]; warnings: unknown[] };
        };
      }>(t, GET, { id: applicant.applicationId }, { token: applicant.token });
      expect(errors).toBeUndefined();
      expect(data?.application).toMatchObject({
        status: 'DRAFT',
        version: applicant.version,
        requestedCents: String(applicant.requestedCents),
        budgetTotalCents: String(applicant.requestedCents),
      });
      expect(data?.application.validation).toEqual({ errors: [], warnings: [] });
    }
    const [first] = cohort.applicants;
    const receipt = await gql<{ submitApplication: { trackingId: string; application: { status: string } } }>(
      t,
      SUBMIT,
      { id: first.applicationId, version: first.version },
      { token: first.token },
    );
    expect(receipt.errors).toBeUndefined();
    expect(receipt.data?.submitApplication.application.status).toBe('SUBMITTED');
    // Another applicant's token opens only its own organization's draft.
    expect(
      (await gql(t, GET, { id: first.applicationId }, { token: cohort.applicants[1].token })).errors?.[0].extensions
        .code,
    ).toBe('FORBIDDEN');

    // A second cohort joins the first one's round; its ids and tokens follow from its own seed.
    const second = await createSubmissionCohort(process.env.DATABASE_URL!, {
      count: 3,
      seed: 8,
      roundId: cohort.roundId,
      schema: t.config.DATABASE_SCHEMA,
    });
    expect(second.roundId).toBe(cohort.roundId);
    expect(second.applicants.map((a) => a.token)).not.toContain(first.token);
    const again = await createSubmissionCohort(process.env.DATABASE_URL!, {
      count: 3,
      seed: 8,
      roundId: cohort.roundId,
      schema: t.config.DATABASE_SCHEMA,
    }).catch((error: Error) => error);
    expect(String(again)).toMatch(/duplicate key/);
  });
});
