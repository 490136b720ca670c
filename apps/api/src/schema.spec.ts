import { committedSchemaSdl, printSchemaSdl } from './schema-printer';

describe('apps/api/schema.gql', () => {
  it('is what the code-first API generates (run `npm run generate` after changing the API)', async () => {
    expect(committedSchemaSdl()).toBe(await printSchemaSdl());
  });
});
