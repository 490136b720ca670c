import type { INestApplication } from '@nestjs/common';
import { operationPolicies } from './access-policy';
import { createSchemaOnlyApp } from './schema-printer';

describe('deny by default', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createSchemaOnlyApp();
  });
  afterAll(() => app.close());

  it('every query and mutation in the schema declares @Roles(...) or @Public()', () => {
    const policies = operationPolicies(app);
    expect(policies.length).toBeGreaterThan(5);
    expect(policies.filter((p) => p.access === 'undeclared').map((p) => `${p.type}.${p.name}`)).toEqual([]);
  });

  it('only the operations meant for everyone are public', () => {
    const open = operationPolicies(app).filter((p) => p.access === 'public').map((p) => `${p.type}.${p.name}`);
    expect(open.sort()).toEqual(['Mutation.signIn', 'Mutation.signOut', 'Query.me', 'Query.checklist', 'Query.fundingRounds', 'Query.fundingRound', 'Query.publicAwards', 'Query.publicOutcomes'].sort());
  });
});
