import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { AppModule } from './app.module';
import { DEMO_PASSWORD, DEMO_USERS, DemoSeed } from './demo-seed';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('seeds once: the demo people, a round open for 30 days, and a draft for each county', async () => {
    expect(await t.get(DemoSeed).run()).toBe(true);
    expect(await t.get(DemoSeed).run()).toBe(false);

    const rounds = await gql<{ fundingRounds: { nodes: Array<{ id: string; accepting: boolean; closesAt: string }> } }>(t, '{ fundingRounds(status: PUBLISHED) { nodes { id accepting closesAt } } }');
    expect(rounds.data?.fundingRounds.nodes).toHaveLength(1);
    const [round] = rounds.data!.fundingRounds.nodes;
    expect(round.accepting).toBe(true);
    const daysOpen = (new Date(round.closesAt).getTime() - Date.now()) / 86_400_000;
    expect(daysOpen).toBeGreaterThan(29);
    expect(daysOpen).toBeLessThan(31);

    for (const demo of DEMO_USERS.filter((u) => 'organization' in u)) {
      const signIn = await gql<{ signIn: { token: string } }>(t, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: demo.email, p: DEMO_PASSWORD });
      const apps = await gql<{ applications: { nodes: Array<{ status: string; title: string; organization: { name: string } }> } }>(
        t,
        '{ applications(first: 10) { nodes { status title organization { name } } } }',
        {},
        { token: signIn.data!.signIn.token },
      );
      expect(apps.data?.applications.nodes).toEqual([expect.objectContaining({ status: 'DRAFT', organization: { name: (demo as { organization: string }).organization } })]);
    }
  });
});
