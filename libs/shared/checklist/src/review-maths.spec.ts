import { normalizedScores, summarizeApplication, type SubmittedReview } from './index';

// A mini checklist: a (weight 3, critical), b (weight 2), c (weight 1). Sum of weights 6.
const items = [
  { key: 'a', weight: 3, critical: true },
  { key: 'b', weight: 2, critical: false },
  { key: 'c', weight: 1, critical: false },
];

const review = (reviewerId: string, applicationId: string, ratings: Record<string, number>): SubmittedReview => ({
  reviewerId,
  applicationId,
  ratings: new Map(Object.entries(ratings)),
});

/** Every item rated `rating`: the reviewer's total is rating / 3 × 100 whatever the weights. */
const uniform = (reviewerId: string, applicationId: string, rating: number) =>
  review(reviewerId, applicationId, { a: rating, b: rating, c: rating });

describe('summarizeApplication', () => {
  //        a (w3, critical)  b (w2)  c (w1)
  // r1          0              1       2
  // r2          0              2       0
  // r3          3              2       2
  const r1 = review('r1', 'app', { a: 0, b: 1, c: 2 });
  const r2 = review('r2', 'app', { a: 0, b: 2, c: 0 });
  const r3 = review('r3', 'app', { a: 3, b: 2, c: 2 });

  it('works out a three-reviewer example by hand', () => {
    const summary = summarizeApplication(items, 'app', [r1, r2, r3]);
    expect(summary.applicationId).toBe('app');
    expect(summary.reviewerCount).toBe(3);

    // Item means: a (0+0+3)/3 = 1; b (1+2+2)/3 = 5/3; c (2+0+2)/3 = 4/3.
    expect([...summary.itemMeans.keys()]).toEqual(['a', 'b', 'c']);
    expect(summary.itemMeans.get('a')).toBeCloseTo(1, 10);
    expect(summary.itemMeans.get('b')).toBeCloseTo(5 / 3, 10);
    expect(summary.itemMeans.get('c')).toBeCloseTo(4 / 3, 10);

    // Weighted score over the means: a 1/3×3 = 1; b (5/3)/3×2 = 10/9; c (4/3)/3×1 = 4/9.
    // (1 + 10/9 + 4/9) / 6 × 100 = (23/9) / 6 × 100 = 42.5926
    expect(summary.score).toBeCloseTo(42.5926, 4);

    // Reviewer totals:
    // r1: (0 + 1/3×2 + 2/3×1) / 6 × 100 = (4/3) / 6 × 100 = 22.2222
    // r2: (0 + 2/3×2 + 0)     / 6 × 100 = (4/3) / 6 × 100 = 22.2222
    // r3: (3 + 2/3×2 + 2/3×1) / 6 × 100 = 5 / 6 × 100     = 83.3333
    expect([...summary.reviewerTotals.keys()]).toEqual(['r1', 'r2', 'r3']);
    expect(summary.reviewerTotals.get('r1')).toBeCloseTo(22.2222, 4);
    expect(summary.reviewerTotals.get('r2')).toBeCloseTo(22.2222, 4);
    expect(summary.reviewerTotals.get('r3')).toBeCloseTo(83.3333, 4);

    // Spread: 83.3333 - 22.2222 = 61.1111
    expect(summary.spread).toBeCloseTo(61.1111, 4);

    // Disagreements: a [0,0,3] differ by 3 -> yes; b [1,2,2] differ by 1 -> no; c [2,0,2] differ by 2 -> yes.
    expect(summary.disagreements).toEqual(['a', 'c']);

    // Critical gap by median: a is critical, median of [0,0,3] = 0 -> gap (even though the mean is 1).
    expect(summary.criticalGaps).toEqual(['a']);
  });

  it('changes as expected when a review is dropped after a conflict of interest', () => {
    // Without r2:  a [0,3]  b [1,2]  c [2,2]
    const summary = summarizeApplication(items, 'app', [r1, r3]);
    expect(summary.reviewerCount).toBe(2);

    // Means: a 1.5; b 1.5; c 2.
    expect(summary.itemMeans.get('a')).toBe(1.5);
    expect(summary.itemMeans.get('b')).toBe(1.5);
    expect(summary.itemMeans.get('c')).toBe(2);

    // Score: a 1.5/3×3 = 1.5; b 1.5/3×2 = 1; c 2/3×1 = 2/3; (19/6) / 6 × 100 = 52.7778 (was 42.5926 with r2).
    expect(summary.score).toBeCloseTo(52.7778, 4);

    // r2's total is gone; the others are unchanged. Spread still 83.3333 - 22.2222.
    expect([...summary.reviewerTotals.keys()]).toEqual(['r1', 'r3']);
    expect(summary.reviewerTotals.get('r1')).toBeCloseTo(22.2222, 4);
    expect(summary.spread).toBeCloseTo(61.1111, 4);

    // c is now [2,2]: no longer a disagreement; a [0,3] still is; b [1,2] is not.
    expect(summary.disagreements).toEqual(['a']);

    // a: median of [0,3] = 1.5 -> no longer a critical gap.
    expect(summary.criticalGaps).toEqual([]);
  });

  it('flags ratings 0 and 2 as a disagreement but not 1 and 2', () => {
    const summary = summarizeApplication(items, 'app', [
      review('x', 'app', { a: 2, b: 1, c: 0 }),
      review('y', 'app', { a: 2, b: 2, c: 2 }),
    ]);
    expect(summary.disagreements).toEqual(['c']);
  });

  it('takes the critical gap from the median, not from any one reviewer', () => {
    const gap = (ratings: number[]) =>
      summarizeApplication(
        items,
        'app',
        ratings.map((a, i) => review(`r${i}`, 'app', { a, b: 3, c: 3 })),
      ).criticalGaps;
    expect(gap([0, 0, 3])).toEqual(['a']); // median 0
    expect(gap([0, 3])).toEqual([]); // median 1.5
    expect(gap([0])).toEqual(['a']);
    expect(gap([0, 0, 1, 1])).toEqual([]); // median 0.5 -> no gap
    // A non-critical item at median 0 is not a critical gap.
    expect(summarizeApplication(items, 'app', [review('r', 'app', { a: 3, b: 0, c: 0 })]).criticalGaps).toEqual([]);
  });

  it('averages each item over the reviews that rated it', () => {
    // r1 rated only a and b. Means: a (3+1)/2 = 2; b (3+1)/2 = 2; c 1 (r2 only).
    // Score: (2/3×3 + 2/3×2 + 1/3×1) / 6 × 100 = (2 + 4/3 + 1/3) / 6 × 100 = (11/3) / 6 × 100 = 61.1111
    // r1's own total: (3 + 2) / 5 × 100 = 100 (c does not count for r1); r2: (1 + 2/3 + 1/3) / 6 × 100 = 33.3333.
    const summary = summarizeApplication(items, 'app', [
      review('r1', 'app', { a: 3, b: 3 }),
      review('r2', 'app', { a: 1, b: 1, c: 1 }),
    ]);
    expect(summary.itemMeans.get('c')).toBe(1);
    expect(summary.score).toBeCloseTo(61.1111, 4);
    expect(summary.reviewerTotals.get('r1')).toBe(100);
    expect(summary.reviewerTotals.get('r2')).toBeCloseTo(33.3333, 4);
    expect(summary.spread).toBeCloseTo(66.6667, 4);
  });

  it('has no score, spread or gaps without reviews, and no spread with one review', () => {
    const none = summarizeApplication(items, 'app', [review('r1', 'other-app', { a: 0, b: 0, c: 0 })]);
    expect(none).toEqual({
      applicationId: 'app',
      reviewerCount: 0,
      itemMeans: new Map(),
      score: null,
      reviewerTotals: new Map(),
      spread: null,
      disagreements: [],
      criticalGaps: [],
    });
    const one = summarizeApplication(items, 'app', [r3]);
    expect(one.score).toBeCloseTo(83.3333, 4);
    expect(one.spread).toBeNull();
    expect(one.disagreements).toEqual([]);
  });
});

describe('normalizedScores', () => {
  // Uniform ratings make the arithmetic easy: all 0 -> 0, all 1 -> 33.33, all 2 -> 66.67, all 3 -> 100.
  // Write u = 100/3.
  //
  // The harsh reviewer rates A, B, C at 0, 1, 2 (totals 0, u, 2u); the lenient one at 1, 2, 3 (totals u, 2u, 3u).
  // Each reviewer: mean is the middle total, population sd = u × sqrt(2/3), so z = -sqrt(3/2), 0, +sqrt(3/2).
  // All six totals {0, u, 2u, u, 2u, 3u}: grand mean 1.5u = 50;
  // deviations ±1.5u (twice) and ±0.5u (four times): variance = (2×2.25 + 4×0.25) u² / 6 = 11/12 u²; sd = u × sqrt(11/12) = 31.9142.
  // Mapped: 50 ∓ sqrt(3/2) × sqrt(11/12) × u = 50 ∓ sqrt(11/8) × 33.3333 = 50 ∓ 39.0868 -> 10.9132, 50, 89.0868.
  const low = 50 - Math.sqrt(11 / 8) * (100 / 3);
  const high = 50 + Math.sqrt(11 / 8) * (100 / 3);

  it('gives a harsh and a lenient reviewer of the same applications the same normalized values', () => {
    const reviews = [
      uniform('harsh', 'A', 0),
      uniform('harsh', 'B', 1),
      uniform('harsh', 'C', 2),
      uniform('lenient', 'A', 1),
      uniform('lenient', 'B', 2),
      uniform('lenient', 'C', 3),
    ];
    const scores = normalizedScores(items, reviews);
    expect(low).toBeCloseTo(10.9132, 4);
    expect([...scores.keys()]).toEqual(['A', 'B', 'C']);
    expect(scores.get('A')).toBeCloseTo(10.9132, 4);
    expect(scores.get('B')).toBeCloseTo(50, 10);
    expect(scores.get('C')).toBeCloseTo(89.0868, 4);
  });

  it('cancels reviewer harshness: applications the harsh one reviewed score like the lenient one’s', () => {
    // Same totals as above, but the harsh reviewer has A1-A3 and the lenient one B1-B3.
    // Raw totals differ by 33.33 (A1 0 vs B1 33.33), normalized scores are equal.
    const reviews = [
      uniform('harsh', 'A1', 0),
      uniform('harsh', 'A2', 1),
      uniform('harsh', 'A3', 2),
      uniform('lenient', 'B1', 1),
      uniform('lenient', 'B2', 2),
      uniform('lenient', 'B3', 3),
    ];
    const scores = normalizedScores(items, reviews);
    expect(scores.get('A1')).toBeCloseTo(low, 10);
    expect(scores.get('B1')).toBeCloseTo(low, 10);
    expect(scores.get('A2')).toBeCloseTo(50, 10);
    expect(scores.get('B2')).toBeCloseTo(50, 10);
    expect(scores.get('A3')).toBeCloseTo(high, 10);
    expect(scores.get('B3')).toBeCloseTo(high, 10);
  });

  it('gives a reviewer with one review, or with all-equal totals, the grand mean', () => {
    // Add a reviewer whose only review (D) is all 3s (total 100, z = 0), and one who rated E and F alike (z = 0).
    // Totals: {0, u, 2u, u, 2u, 3u, 3u, 2u, 2u} = 16u; grand mean = 16u / 9 = 59.2593.
    const reviews = [
      uniform('harsh', 'A', 0),
      uniform('harsh', 'B', 1),
      uniform('harsh', 'C', 2),
      uniform('lenient', 'A', 1),
      uniform('lenient', 'B', 2),
      uniform('lenient', 'C', 3),
      uniform('once', 'D', 3),
      uniform('flat', 'E', 2),
      uniform('flat', 'F', 2),
    ];
    const scores = normalizedScores(items, reviews);
    expect(scores.get('D')).toBeCloseTo(59.2593, 4);
    expect(scores.get('E')).toBeCloseTo(59.2593, 4);
    expect(scores.get('F')).toBeCloseTo(59.2593, 4);
    // B is the middle of both its reviewers' reviews (z = 0 twice): also the grand mean, no longer 50.
    expect(scores.get('B')).toBeCloseTo(59.2593, 4);
  });

  it('clamps each mapped value to 0-100', () => {
    // Reviewer p: P1 total 0, P2-P5 total 100. Mean 80, population sd = 100 × sqrt(0.2 × 0.8) = 40. z(P1) = -2, z(P2..P5) = 0.5.
    // Reviewer q: Q1 total 0, Q2 total 100. Mean 50, sd 50. z = -1, +1.
    // Grand: five 100s and two 0s: mean 500/7 = 71.4286; sd = 100 × sqrt(5/7 × 2/7) = 100 × sqrt(10) / 7 = 45.1754.
    // P1: 71.4286 - 2 × 45.1754 = -18.92 -> clamped to 0.     P2: 71.4286 + 0.5 × 45.1754 = 94.0163.
    // Q1: 71.4286 - 45.1754 = 26.2532.                         Q2: 71.4286 + 45.1754 = 116.60 -> clamped to 100.
    const reviews = [
      uniform('p', 'P1', 0),
      uniform('p', 'P2', 3),
      uniform('p', 'P3', 3),
      uniform('p', 'P4', 3),
      uniform('p', 'P5', 3),
      uniform('q', 'Q1', 0),
      uniform('q', 'Q2', 3),
    ];
    const scores = normalizedScores(items, reviews);
    expect(scores.get('P1')).toBe(0);
    expect(scores.get('P2')).toBeCloseTo(94.0163, 4);
    expect(scores.get('Q1')).toBeCloseTo(26.2532, 4);
    expect(scores.get('Q2')).toBe(100);
  });

  it('averages the mapped values of an application’s reviewers', () => {
    // x reviews G (all 0) and H (all 3): mean 50, sd 50, z = -1, +1.
    // y reviews G (all 3) and H (all 3): sd 0, z = 0.
    // Grand totals {0, 100, 100, 100}: mean 75, sd = sqrt((75² + 3 × 25²) / 4) = sqrt(1875) = 43.3013.
    // G: x -> 75 - 43.3013 = 31.6987, y -> 75; mean = 53.3494.   H: x -> 118.30 -> 100, y -> 75; mean = 87.5.
    const reviews = [uniform('x', 'G', 0), uniform('x', 'H', 3), uniform('y', 'G', 3), uniform('y', 'H', 3)];
    const scores = normalizedScores(items, reviews);
    expect(scores.get('G')).toBeCloseTo(53.3494, 4);
    expect(scores.get('H')).toBe(87.5);
  });

  it('is empty without reviews and null for an application whose reviews rated nothing', () => {
    expect(normalizedScores(items, []).size).toBe(0);
    const scores = normalizedScores(items, [review('r', 'blank', {}), review('r', 'X', { a: 3 })]);
    expect(scores.get('blank')).toBeNull();
    expect(scores.get('X')).toBe(100); // the only total: grand mean 100, sd 0
  });
});
