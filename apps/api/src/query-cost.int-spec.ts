import { randomUUID } from 'node:crypto';
import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { PublicService } from '@abate/api/public';
import { AppModule } from './app.module';

/** Every list has a cost, cycles cannot explode, and anonymous callers cannot multiply the public aggregates. */
describe('query cost', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('counts unpaged lists and multiplies nested ones: the award <-> milestone cycle (59,049 objects before) is refused unrun', async () => {
    // Each unpaged list counts 20 items; three levels of milestones under 100 awards is far past the limit.
    const cycle =
      '{ awards(first: 100) { nodes { milestones { award { milestones { award { milestones { id label } } } } } } } }';
    const res = await gql(t, cycle);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0].message).toMatch(/too complex \(\d+\); the limit is 200000/);
    expect(Number(/\((\d+)\)/.exec(res.errors![0].message)![1])).toBeGreaterThan(100 * 20 * 20 * 20);
    // One level is what the web asks for, and is priced by its real shape, not refused.
    const one = await gql(t, '{ awards(first: 100) { nodes { milestones { id label } } } }');
    expect(one.errors?.[0].extensions.code).not.toBe('BAD_USER_INPUT');
  });

  it('prices the same operation text by its variables each time (the cost is remembered per document and variables)', async () => {
    const cycle =
      'query($n: Int!) { awards(first: $n) { nodes { milestones { award { milestones { award { milestones { id } } } } } } } }';
    const codes: Array<string | undefined> = [];
    for (const n of [1, 100, 1, 100]) codes.push((await gql(t, cycle, { n })).errors?.[0]?.extensions.code);
    expect(codes.map((c) => c === 'BAD_USER_INPUT')).toEqual([false, true, false, true]);
  });

  it('a list without first costs its size even at the root (publicOutcomes nested lists)', async () => {
    const wide = Array.from(
      { length: 10 },
      (_, i) =>
        `a${i}: publicOutcomes { metrics { grantees { byQuarter { quarter cell { value display suppressed } } } } }`,
    ).join(' ');
    const res = await gql(t, `{ ${wide} }`);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/too complex/);
  });

  it('a hundred aliases of one public aggregate compute it once, for anyone', async () => {
    const service = t.get(PublicService);
    const spy = jest.spyOn(service, 'outcomes');
    try {
      const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: publicOutcomes { roundId suppressionRule }`).join(
        ' ',
      );
      const res = await gql<Record<string, { roundId: null }>>(t, `{ ${aliases} }`);
      expect(res.errors).toBeUndefined();
      expect(Object.keys(res.data!)).toHaveLength(100);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('an anonymous request computes at most 4 distinct public aggregates; the fifth is RATE_LIMITED', async () => {
    const rounds = Array.from({ length: 6 }, () => randomUUID());
    const aliases = rounds.map((id, i) => `r${i}: publicOutcomes(roundId: "${id}") { roundId }`).join(' ');
    const res = await gql(t, `{ ${aliases} }`);
    // The fifth distinct aggregate is refused at once, without touching the database (the query's
    // fields are non-null, so the whole answer is that refusal).
    expect(res.errors?.[0]).toMatchObject({ path: ['r4'], extensions: { code: 'RATE_LIMITED' } });
    expect(res.data).toBeNull();
  });
});
