import { Clock, isMovableClock, OffsetClock, SettableClock } from './clock';

describe('OffsetClock (the test server clock)', () => {
  it('keeps running from where it is moved to', async () => {
    const clock = new OffsetClock();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);
    clock.advance(86_400_000);
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(86_400_000 - 50);
    clock.set('2030-01-01T00:00:00Z');
    const first = clock.now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.now().getTime()).toBeGreaterThan(first);
    expect(first - Date.parse('2030-01-01T00:00:00Z')).toBeLessThan(50);
    clock.reset();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);
  });

  it('still yields to Clock.runAsOf plus its offset, like every clock', async () => {
    const clock = new OffsetClock();
    clock.advance(1_000);
    const at = await Clock.runAsOf(new Date('2026-01-01T00:00:00Z'), async () => clock.now().toISOString());
    expect(at).toBe('2026-01-01T00:00:01.000Z');
  });

  it('is movable; the production clock is not', () => {
    expect(isMovableClock(new OffsetClock())).toBe(true);
    expect(isMovableClock(new SettableClock())).toBe(true);
    expect(isMovableClock(new Clock())).toBe(false);
  });
});
