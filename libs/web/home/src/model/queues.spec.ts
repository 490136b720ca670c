import { describe, expect, it } from 'vitest';
import { closingWithin, reviewsMissing } from './queues';

describe('home page queues', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it('lists rounds closing within the days given, soonest first, not those already closed', () => {
    const rounds = [
      { id: 'late', closesAt: '2026-12-20T12:00:00.001Z' },
      { id: 'past', closesAt: '2026-12-05T11:59:59.999Z' },
      { id: 'edge', closesAt: '2026-12-19T12:00:00.000Z' },
      { id: 'soon', closesAt: '2026-12-06T00:00:00.000Z' },
    ];
    expect(closingWithin(rounds, now, 14).map((r) => r.id)).toEqual(['soon', 'edge']);
  });

  it('counts reviews neither submitted nor conflicted', () => {
    expect(
      reviewsMissing([
        { assigned: 3, conflicted: 1, submitted: 1 },
        { assigned: 2, conflicted: 0, submitted: 2 },
      ]),
    ).toBe(1);
  });
});
