import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';

const asOf = new AsyncLocalStorage<Date>();

/**
 * The one source of "now" for rules that follow the clock (round status,
 * deadlines, due dates), so tests can move time instead of waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    const at = asOf.getStore();
    return at ? new Date(at) : new Date();
  }

  /** Runs work as if it were `instant` (the demo seed builds a past round this way). */
  static runAsOf<T>(instant: Date, work: () => Promise<T>): Promise<T> {
    return asOf.run(instant, work);
  }
}

/** A clock tests can set; it reads real time until told otherwise. */
export class SettableClock extends Clock {
  private fixed: Date | null = null;

  override now(): Date {
    return this.fixed ? new Date(this.fixed) : super.now();
  }

  /** The instant it is held at, or null while it reads real time. */
  get fixedAt(): Date | null {
    return this.fixed ? new Date(this.fixed) : null;
  }

  set(instant: Date | string): void {
    this.fixed = new Date(instant);
  }

  advance(ms: number): void {
    this.fixed = new Date(this.now().getTime() + ms);
  }

  reset(): void {
    this.fixed = null;
  }
}

/**
 * The clock of a test server (TEST_CLOCK=true): real time plus an offset that browser tests
 * move through `POST /test/clock`, so time keeps running while a test skips ahead.
 */
export class OffsetClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    const base = super.now();
    return new Date(base.getTime() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  set(instant: Date | string): void {
    this.offsetMs = new Date(instant).getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

/** What the test-clock route needs from whichever clock the app was given. */
export interface MovableClock {
  now(): Date;
  set(instant: Date | string): void;
  advance(ms: number): void;
  reset(): void;
}

export const isMovableClock = (clock: Clock): clock is Clock & MovableClock =>
  typeof (clock as Partial<MovableClock>).advance === 'function' &&
  typeof (clock as Partial<MovableClock>).set === 'function';
