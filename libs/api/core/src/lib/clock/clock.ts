import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for rules that follow the clock (round status,
 * deadlines, due dates), so tests can move time instead of waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock tests can set; it reads real time until told otherwise. */
export class SettableClock extends Clock {
  private fixed: Date | null = null;

  override now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
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
