import { fundingLine, rankCandidates, type RankingCandidate } from './index';

let serial = 0;
const candidate = (trackingId: string, fields: Partial<RankingCandidate> = {}): RankingCandidate => ({
  applicationId: `app-${trackingId}`,
  score: 50,
  spread: 10,
  requestedCents: 1_000_000n,
  criticalGaps: [],
  submittedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, serial++)),
  trackingId,
  ...fields,
});
const day = (d: number) => new Date(Date.UTC(2024, 0, d));
const ids = (list: Array<{ trackingId: string }>) => list.map((c) => c.trackingId);

describe('rankCandidates (the ties rule)', () => {
  // Each tie is built so that the rules further down would order the pair the other way,
  // so the test fails if any rule is skipped or applied in the wrong order.
  const list: RankingCandidate[] = [
    candidate('NULL-X-LATE', { score: null, spread: 0, submittedAt: day(9) }),
    candidate('S60-ID-0010', { score: 60, spread: 3, submittedAt: day(5), applicationId: 'a' }),
    candidate('S80-GAP', { score: 80.0000004, criticalGaps: ['a'], spread: 0, submittedAt: day(1) }), // equal to 80 at 6 decimals; one gap
    candidate('S80-SPREAD-NULL', { score: 80, spread: null, submittedAt: day(1) }),
    candidate('S70-X-LATE', { score: 70, spread: 3, submittedAt: day(5) }),
    candidate('S0', { score: 0, spread: 50, submittedAt: day(9) }),
    candidate('S80-SPREAD-10', { score: 80, spread: 10, submittedAt: day(1) }),
    candidate('S80.000002', { score: 80.000002, criticalGaps: ['a', 'b'], spread: null, submittedAt: day(9) }), // higher at 6 decimals
    candidate('S60-ID-0002', { score: 60, spread: 3, submittedAt: day(5), applicationId: 'z' }),
    candidate('S70-Y-EARLY', { score: 70, spread: 3, submittedAt: day(4) }),
    candidate('NULL-Y-EARLY', { score: null, spread: 0, submittedAt: day(1) }),
    candidate('S80-SPREAD-5', { score: 79.9999996, spread: 5, submittedAt: day(9) }), // equal to 80 at 6 decimals
    candidate('S90', { score: 90, criticalGaps: ['a', 'b', 'c'], spread: null, submittedAt: day(9) }),
  ];

  it('orders by score, then fewer critical gaps, smaller spread (null last), earlier submission, tracking id; null scores last', () => {
    expect(ids(rankCandidates(list))).toEqual([
      'S90', // highest score, despite three gaps
      'S80.000002', // 80.000002 > 80.000000 at 6 decimals
      'S80-SPREAD-5', // the 80s: no gaps, smallest spread (79.9999996 rounds to 80)
      'S80-SPREAD-10',
      'S80-SPREAD-NULL', // no spread comes after a spread
      'S80-GAP', // one critical gap comes after none, whatever its spread or submission
      'S70-Y-EARLY', // same score, gaps, spread: the earlier submission
      'S70-X-LATE',
      'S60-ID-0002', // all equal but the tracking id
      'S60-ID-0010',
      'S0', // a score of 0 is still a score
      'NULL-Y-EARLY', // no score: last, ordered among themselves by the same tie-breaks
      'NULL-X-LATE',
    ]);
  });

  it('does not reorder its input and gives the same order from any input order', () => {
    const before = ids(list);
    const expected = ids(rankCandidates(list));
    expect(ids(list)).toEqual(before);
    expect(ids(rankCandidates([...list].reverse()))).toEqual(expected);
  });
});

describe('fundingLine', () => {
  // Ranked by score: A ($100,000), B ($50,000), C ($30,000), D ($10,000). Sum $190,000.
  const four = () => [
    candidate('C', { score: 70, requestedCents: 3_000_000n }),
    candidate('A', { score: 90, requestedCents: 10_000_000n }),
    candidate('D', { score: 60, requestedCents: 1_000_000n }),
    candidate('B', { score: 80, requestedCents: 5_000_000n }),
  ];
  const rowsOf = (ranking: ReturnType<typeof fundingLine>) =>
    ranking.rows.map((r) => [r.trackingId, r.rank, r.recommendedCents, r.aboveFundingLine]);

  it('funds everything when the budget equals the sum of the requests', () => {
    const ranking = fundingLine(four(), 19_000_000n, 25_000_000n);
    expect(rowsOf(ranking)).toEqual([
      ['A', 1, 10_000_000n, true],
      ['B', 2, 5_000_000n, true],
      ['C', 3, 3_000_000n, true],
      ['D', 4, 1_000_000n, true],
    ]);
    expect(ranking.budgetCents).toBe(19_000_000n);
    expect(ranking.fundedCents).toBe(19_000_000n);
  });

  it('draws the line above the first that does not fit, one cent short, and funds nothing below it', () => {
    // A, B, C = $180,000 fit; $9,999.99 remains, D needs $10,000: the line is drawn above D.
    const short = fundingLine(four(), 18_999_999n, 25_000_000n);
    expect(rowsOf(short)).toEqual([
      ['A', 1, 10_000_000n, true],
      ['B', 2, 5_000_000n, true],
      ['C', 3, 3_000_000n, true],
      ['D', 4, 0n, false],
    ]);
    expect(short.fundedCents).toBe(18_000_000n);

    // One cent short of A + B + C: C ($30,000) does not fit in the $29,999.99 left; D ($10,000) would,
    // but it is below the line and is not moved up.
    const lower = fundingLine(four(), 17_999_999n, 25_000_000n);
    expect(rowsOf(lower)).toEqual([
      ['A', 1, 10_000_000n, true],
      ['B', 2, 5_000_000n, true],
      ['C', 3, 0n, false],
      ['D', 4, 0n, false],
    ]);
    expect(lower.fundedCents).toBe(15_000_000n);
  });

  it('skips an application with a critical gap and keeps walking', () => {
    // A has a gap: skipped, costs nothing. B, C, D = $90,000 fit in $90,000.
    const list = four().map((c) => (c.trackingId === 'A' ? { ...c, criticalGaps: ['services.naloxone'] } : c));
    const ranking = fundingLine(list, 9_000_000n, 25_000_000n);
    expect(rowsOf(ranking)).toEqual([
      ['A', 1, 0n, false],
      ['B', 2, 5_000_000n, true],
      ['C', 3, 3_000_000n, true],
      ['D', 4, 1_000_000n, true],
    ]);
    expect(ranking.rows[0].criticalGaps).toEqual(['services.naloxone']);
    expect(ranking.fundedCents).toBe(9_000_000n);
  });

  it('funds nothing when every application has a critical gap', () => {
    const list = four().map((c) => ({ ...c, criticalGaps: ['law-enforcement.no-warrant-checks'] }));
    const ranking = fundingLine(list, 100_000_000n, 25_000_000n);
    expect(rowsOf(ranking)).toEqual([
      ['A', 1, 0n, false],
      ['B', 2, 0n, false],
      ['C', 3, 0n, false],
      ['D', 4, 0n, false],
    ]);
    expect(ranking.fundedCents).toBe(0n);
  });

  it('caps a request above the maximum award, and fits the capped amount', () => {
    // E asks $300,000, the maximum award is $250,000: recommended $250,000, which fits a $260,000 budget; then F ($10,000) fits exactly.
    const list = [
      candidate('E', { score: 90, requestedCents: 30_000_000n }),
      candidate('F', { score: 80, requestedCents: 1_000_000n }),
    ];
    const ranking = fundingLine(list, 26_000_000n, 25_000_000n);
    expect(rowsOf(ranking)).toEqual([
      ['E', 1, 25_000_000n, true],
      ['F', 2, 1_000_000n, true],
    ]);
    expect(ranking.rows[0].requestedCents).toBe(30_000_000n);
    expect(ranking.fundedCents).toBe(26_000_000n);
  });

  it('never recommends an application without a score', () => {
    const ranking = fundingLine(
      [candidate('N', { score: null }), candidate('S', { score: 10 })],
      100_000_000n,
      25_000_000n,
    );
    expect(rowsOf(ranking)).toEqual([
      ['S', 1, 1_000_000n, true],
      ['N', 2, 0n, false],
    ]);
    expect(ranking.fundedCents).toBe(1_000_000n);
  });

  it('breaks a tie at the line by the ties rule', () => {
    // Equal scores and gaps; the smaller spread ranks first and takes the only $10,000.
    const list = [
      candidate('WIDE', { score: 75, spread: 40, submittedAt: day(1) }),
      candidate('NARROW', { score: 75, spread: 5, submittedAt: day(2) }),
    ];
    expect(rowsOf(fundingLine(list, 1_000_000n, 25_000_000n))).toEqual([
      ['NARROW', 1, 1_000_000n, true],
      ['WIDE', 2, 0n, false],
    ]);
  });

  it('works in whole cents only', () => {
    expect(() => fundingLine(four(), -1n, 25_000_000n)).toThrow(RangeError);
    expect(() => fundingLine(four(), 1_000_000n, 10.5 as unknown as bigint)).toThrow(RangeError);
    expect(() => fundingLine([candidate('X', { requestedCents: -5n })], 1_000_000n, 25_000_000n)).toThrow(RangeError);
    expect(fundingLine([], 1_000_000n, 25_000_000n)).toEqual({ rows: [], budgetCents: 1_000_000n, fundedCents: 0n });
  });
});
