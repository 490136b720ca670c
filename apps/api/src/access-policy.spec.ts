import type { INestApplication } from '@nestjs/common';
import { operationPolicies, policyTableEntries, sameAccess } from './access-policy';
import { AWAITING_A_POLICY_TABLE } from './authorization-matrix.policy';
import { createSchemaOnlyApp } from './schema-printer';

describe('deny by default', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createSchemaOnlyApp();
  });
  afterAll(() => app.close());

  it('every query and mutation in the schema declares its access (@Allow with its policy table entry)', () => {
    const policies = operationPolicies(app);
    expect(policies.length).toBeGreaterThan(5);
    expect(policies.filter((p) => p.access === 'undeclared').map((p) => `${p.type}.${p.name}`)).toEqual([]);
  });

  it('only the operations meant for everyone are public', () => {
    const open = operationPolicies(app)
      .filter((p) => p.access === 'public')
      .map((p) => `${p.type}.${p.name}`);
    expect(open.sort()).toEqual(
      [
        'Mutation.signIn',
        'Mutation.signOut',
        'Query.me',
        'Query.invitation',
        'Query.identityProvider',
        'Mutation.acceptInvitation',
        'Mutation.requestPasswordReset',
        'Mutation.resetPassword',
        'Query.checklist',
        'Query.fundingRounds',
        'Query.fundingRound',
        'Query.publicAwards',
        'Query.publicOutcomes',
        'Query.publicSpending',
        'Query.ruleSets',
        'Query.settlements',
        'Query.strategyCrosswalk',
        'Query.strategyTaxonomies',
      ].sort(),
    );
  });

  it("every query and mutation has an entry in its domain's policy table, and its resolver declares exactly that entry", () => {
    const tables = policyTableEntries();
    const problems = operationPolicies(app).flatMap((p) => {
      const entry = tables.get(p.name);
      if (!entry) return AWAITING_A_POLICY_TABLE.has(p.name) ? [] : [`${p.type}.${p.name}: no policy table entry`];
      if (AWAITING_A_POLICY_TABLE.has(p.name))
        return [`${p.type}.${p.name}: has a table entry now; remove it from AWAITING_A_POLICY_TABLE`];
      return sameAccess(entry.access, p.access)
        ? []
        : [
            `${p.type}.${p.name}: resolver declares ${JSON.stringify(p.access)}, ${entry.domain}.policy.ts says ${JSON.stringify(entry.access)}`,
          ];
    });
    expect(problems).toEqual([]);
  });
});
