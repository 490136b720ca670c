import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { AppModule } from './app.module';

describe('HTTP surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      rootModule: (config) => AppModule.forRoot(config),
      env: { GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COMPLEXITY: '5000' },
    });
  });
  afterAll(() => t.close());

  it('GET /health reports the database', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('sends security headers and a request id', async () => {
    const res = await t.http().get('/health').set('x-request-id', 'trace-abc-12345');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toBe('trace-abc-12345');
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const res = await t.http().get('/graphql?query=%7Bme%7Bid%7D%7D');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/);
  });

  it('refuses over-deep queries before running them, following fragments', async () => {
    expect((await gql(t, '{ organizations { nodes { id } } }')).errors?.[0].extensions.code).not.toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const deep = await gql(t, '{ me { memberships { organization { id } } } }');
    expect(deep.errors?.[0]).toMatchObject({
      message: 'Query is nested 4 levels deep; the limit is 3',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const viaFragment = await gql(t, '{ me { ...F } } fragment F on User { memberships { organization { id } } }');
    expect(viaFragment.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses alias floods: by estimated cost, and past 100 aliases outright', async () => {
    const costly = Array.from({ length: 50 }, (_, i) => `a${i}: organizations(first: 100) { nodes { id name } }`).join(
      ' ',
    );
    const res = await gql(t, `{ ${costly} }`);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/too complex/);
    const many = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
    const flood = await gql(t, `{ ${many} }`);
    expect(flood.errors?.[0]).toMatchObject({
      message: 'The operation has more than 100 aliased fields',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers malformed requests as client errors without stack traces', async () => {
    for (const query of ['{ me { ', '{ nope }', 'mutation { signIn(email: 1, password: 2) { token } }']) {
      const res = await gql(t, query);
      const error = res.errors?.[0];
      expect(error?.extensions.code).toMatch(/GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
  });

  it('hides internal failures behind a generic message with the request id', async () => {
    await t.dataSource.query('ALTER TABLE sign_in_attempts RENAME TO sign_in_attempts_gone');
    try {
      const res = await gql(t, 'mutation { signIn(email: "a@example.org", password: "whatever it is") { token } }');
      const error = res.errors?.[0];
      expect(error?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).toBe('Something went wrong on our side. Quote the request id when you report it.');
      expect(error?.extensions.requestId).toBe(res.headers['x-request-id']);
      expect(JSON.stringify(res.errors)).not.toMatch(/sign_in_attempts|relation|SELECT/i);
    } finally {
      await t.dataSource.query('ALTER TABLE sign_in_attempts_gone RENAME TO sign_in_attempts');
    }
  });

  it('serves introspection outside production, and not in production', async () => {
    expect((await gql(t, '{ __schema { queryType { name } } }')).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const production = await createTestApp({
      rootModule: (config) => AppModule.forRoot(config),
      env: { NODE_ENV: 'production' },
    });
    try {
      const res = await gql(production, '{ __schema { queryType { name } } }');
      expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toMatch(/introspection/i);
      const landing = await production.http().get('/graphql').set('accept', 'text/html');
      expect(landing.text).not.toMatch(/<html/i);
      // No field names suggested one typo at a time: not for fields, arguments, types or enum values.
      const typos = [
        '{ me { emai } }',
        '{ fundingRound(idd: "7b0f6a1e-3c55-4d9a-9b1e-2f6a0c1d9e44") { id } }',
        'query($x: FundingRoundInpt) { me { id } }',
        'mutation { signIn(email: "a@b.c", passwor: "x") { token } }',
      ];
      for (const query of typos) {
        const typo = await gql(production, query);
        expect(typo.errors?.length).toBeGreaterThan(0);
        for (const error of typo.errors ?? []) expect(error.message).not.toMatch(/Did you mean/);
      }
      expect((await gql(production, '{ me { emai } }')).errors?.[0].message).not.toMatch(/"email"/);
      // Outside production the suggestion stays (it helps whoever writes the queries).
      expect((await gql(t, '{ me { emai } }')).errors?.[0].message).toMatch(/Did you mean "email"/);
    } finally {
      await production.close();
    }
  });
});
