import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from '../support/server';

const password = () => process.env.ABATE_E2E_DEMO_PASSWORD!;

async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const signIn = async (url: string) =>
  (
    await graphql<{ signIn: { token: string } }>(
      url,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: 'officer@abate.test', p: password() },
    )
  ).signIn.token;

describe('the embedded default across restarts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'abate-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps what the first `npm start` stored, and Ctrl-C stops PostgreSQL cleanly', async () => {
    const first = await startServer({ embeddedDataDir: dataDir });
    // It prints every demo sign-in with the one password, and each of them works.
    const printed = [...(first.banner ?? '').matchAll(/^ {2}(\S+@abate\.test)\s/gm)].map((m) => m[1]);
    expect(first.banner).toContain(`Demo sign-ins (password for all: ${password()}):`);
    expect(printed).toEqual(
      expect.arrayContaining(['officer@abate.test', 'applicant1@abate.test', 'finance@abate.test']),
    );
    for (const email of printed)
      await graphql(first.url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
        e: email,
        p: password(),
      });
    const token = await signIn(first.url);
    const created = await graphql<{ createOrganization: { id: string } }>(
      first.url,
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      { i: { name: 'Cabarrus County', kind: 'COUNTY', state: 'NC', fipsCode: '37025', population: 225804 } },
      token,
    );
    await stopServer(first, 'SIGINT');
    expect(first.child.exitCode).toBe(0);
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.lock'))).toEqual([]);

    const second = await startServer({ embeddedDataDir: dataDir });
    try {
      const { organizations } = await graphql<{ organizations: { nodes: Array<{ id: string; name: string }> } }>(
        second.url,
        '{ organizations(first: 100) { nodes { id name } } }',
        {},
        await signIn(second.url),
      );
      // The demo's seven counties, seeded once, and the one created before the restart.
      expect(organizations.nodes.map((o) => o.name).sort()).toEqual([
        'Alamance County',
        'Buncombe County',
        'Cabarrus County',
        'Durham County',
        'Guilford County',
        'Orange County',
        'Robeson County',
        'Wake County',
      ]);
      expect(organizations.nodes.find((o) => o.name === 'Cabarrus County')?.id).toBe(created.createOrganization.id);
      // Sessions are rows in the database, so a sign-in survives the restart too.
      expect(await graphql(second.url, '{ me { email } }', {}, token)).toEqual({ me: { email: 'officer@abate.test' } });
    } finally {
      await stopServer(second, 'SIGINT');
    }
    expect(existsSync(join(dataDir, 'pg'))).toBe(true);
    // A new embedded database migrates and seeds the whole demo (rounds, fund, payments) on
    // PGlite while `npm test` runs the integration tier beside it on two cores.
  }, 240_000);
});
