import {
  formatInZone,
  instantToZonedTime,
  isTimeZone,
  yearInZone,
  zonedTimeToInstant,
  zoneOffsetMinutes,
} from './time-zones';

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('America/Nowhere')).toBe(false);
    expect(isTimeZone('EST; DROP TABLE')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('turns a wall time in a zone into the instant, on both sides of daylight saving', () => {
    expect(zonedTimeToInstant('2026-12-28T17:00', 'America/New_York').toISOString()).toBe('2026-12-28T22:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-01T17:00:30', 'America/New_York').toISOString()).toBe(
      '2026-07-01T21:00:30.000Z',
    );
    expect(zonedTimeToInstant('2026-07-01T17:00', 'America/Los_Angeles').toISOString()).toBe(
      '2026-07-02T00:00:00.000Z',
    );
    expect(zonedTimeToInstant('2026-07-01T17:00', 'Pacific/Honolulu').toISOString()).toBe('2026-07-02T03:00:00.000Z');
  });

  it('resolves a wall time skipped by the spring change after the gap', () => {
    // 2026-03-08 02:30 does not exist in New York; 03:30 EDT is 07:30 UTC.
    expect(zonedTimeToInstant('2026-03-08T02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('round-trips instants and reports offsets', () => {
    const instant = new Date('2026-12-28T22:00:00Z');
    expect(instantToZonedTime(instant, 'America/New_York')).toBe('2026-12-28T17:00');
    expect(zoneOffsetMinutes(instant, 'America/New_York')).toBe(-300);
    expect(formatInZone(instant, 'America/New_York')).toBe('Dec 28, 2026, 5:00:00 PM EST');
  });

  it('gives the year where the round is, not in UTC', () => {
    expect(yearInZone(new Date('2027-01-01T03:00:00Z'), 'America/New_York')).toBe(2026);
    expect(yearInZone(new Date('2027-01-01T03:00:00Z'), 'UTC')).toBe(2027);
  });
});

describe('autumn change', () => {
  it('resolves a repeated wall time to its first occurrence', () => {
    // 01:30 happens twice in New York on 2026-11-01: first at 05:30 UTC (EDT).
    expect(zonedTimeToInstant('2026-11-01T01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});
