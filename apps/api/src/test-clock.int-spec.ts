import { Role } from '@abate/api/core';
import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { createUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { AppModule } from './app.module';

const STATUS = 'query($id: ID!) { fundingRound(id: $id) { status accepting } }';

describe('the test clock (TEST_CLOCK=true)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config), env: { TEST_CLOCK: 'true' } });
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  it('moves the clock every rule reads: a round passes its deadline without waiting', async () => {
    const round = await createRound(t);
    expect((await gql(t, STATUS, { id: round.id })).data).toEqual({
      fundingRound: { status: 'PUBLISHED', accepting: true },
    });

    const moved = await t
      .http()
      .post('/test/clock')
      .send({ advanceMs: round.closesAt.getTime() - t.clock.now().getTime() + 1_000 });
    expect(moved.status).toBe(200);
    expect(new Date(moved.body.now).getTime()).toBeGreaterThan(round.closesAt.getTime());
    expect((await gql(t, STATUS, { id: round.id })).data).toEqual({
      fundingRound: { status: 'REVIEW', accepting: false },
    });

    const set = await t.http().post('/test/clock').send({ to: '2030-01-01T00:00:00.000Z' });
    expect(set.body.now).toBe('2030-01-01T00:00:00.000Z');
    expect((await t.http().get('/test/clock')).body.now).toBe('2030-01-01T00:00:00.000Z');

    await t.http().delete('/test/clock').expect(200);
    expect(Math.abs(t.clock.now().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it.each([
    [{}, 'advanceMs'],
    [{ advanceMs: 'soon' }, 'advanceMs'],
    [{ advanceMs: 1.5 }, 'advanceMs'],
    [{ advanceMs: 1e15 }, 'advanceMs'],
    [{ to: 'tomorrow' }, 'to'],
    [{ advanceMs: 1, to: '2030-01-01T00:00:00Z' }, 'advanceMs'],
  ])('answers %j with a client error naming the field, leaving the clock alone', async (body, field) => {
    const res = await t.http().post('/test/clock').send(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(field);
    expect(t.clock.fixedAt).toBeNull();
  });
});

describe('without TEST_CLOCK', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('there is no route to move the clock', async () => {
    const officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    for (const res of [
      await t.http().post('/test/clock').send({ advanceMs: 86_400_000 }),
      await t
        .http()
        .post('/test/clock')
        .set('authorization', `Bearer ${officer.token}`)
        .send({ advanceMs: 86_400_000 }),
      await t.http().get('/test/clock'),
    ]) {
      expect(res.status).toBe(404);
    }
    expect(t.clock.fixedAt).toBeNull();
  });
});
