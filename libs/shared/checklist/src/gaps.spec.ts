import { criticalGaps, median, PORP_CHECKLIST_2023 } from './index';

describe('criticalGaps', () => {
  const items = [
    { key: 'a', critical: true },
    { key: 'b', critical: false },
    { key: 'c', critical: true },
    { key: 'd', critical: true },
    { key: 'e', critical: true },
  ];

  it('lists critical items rated 0, in checklist order, ignoring non-critical and unrated items', () => {
    // a: critical, 0 -> gap; b: not critical, 0; c: critical, 1; d: critical, unrated; e: critical, 0 -> gap.
    const ratings = new Map([
      ['e', 0],
      ['b', 0],
      ['c', 1],
      ['a', 0],
    ]);
    expect(criticalGaps(items, ratings)).toEqual(['a', 'e']);
    expect(criticalGaps(items, new Map())).toEqual([]);
  });

  it('finds the 2023 checklist critical gaps', () => {
    const ratings = new Map(PORP_CHECKLIST_2023.items.map((i) => [i.key, 2]));
    ratings.set('services.naloxone', 0);
    ratings.set('law-enforcement.no-warrant-checks', 0);
    ratings.set('governance.health-led', 0); // not critical
    expect(criticalGaps(PORP_CHECKLIST_2023.items, ratings)).toEqual([
      'law-enforcement.no-warrant-checks',
      'services.naloxone',
    ]);
  });
});

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('takes the middle of an odd count, sorting numerically', () => {
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 9, 100, 2, 1])).toBe(9);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([0, 3])).toBe(1.5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1, 10, 2, 9, 3, 8])).toBe(5.5);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
