import { Body, Controller, Delete, Get, HttpCode, Post, UseFilters } from '@nestjs/common';
import { Allow } from '../auth/policy';
import { TEST_CLOCK_POLICY } from './test-clock.policy';
import { BadUserInputException } from '../errors/domain.exception';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { Clock, isMovableClock } from './clock';

const MAX_SHIFT_MS = 10 * 366 * 86_400_000;

interface ClockChange {
  /** Move the clock forward (or back) by this many milliseconds. */
  advanceMs?: unknown;
  /** Or set it to this instant (ISO 8601); it keeps running from there. */
  to?: unknown;
}

/**
 * Registered only with TEST_CLOCK=true, which the configuration refuses in production: lets
 * browser tests move the server's clock instead of waiting for a deadline or a due date.
 * Public because the test server is the only place it exists.
 */
@Controller('test/clock')
@UseFilters(HttpErrorFilter)
export class TestClockController {
  constructor(private readonly clock: Clock) {}

  @Allow(TEST_CLOCK_POLICY.readTestClock)
  @Get()
  read(): { now: string } {
    return { now: this.clock.now().toISOString() };
  }

  @Allow(TEST_CLOCK_POLICY.moveTestClock)
  @Post()
  @HttpCode(200)
  move(@Body() body: ClockChange | undefined): { now: string } {
    const clock = this.movable();
    const { advanceMs, to } = body ?? {};
    if ((advanceMs === undefined) === (to === undefined))
      throw new BadUserInputException('advanceMs', 'Send either advanceMs (milliseconds) or to (an ISO instant)');
    if (advanceMs !== undefined) {
      if (typeof advanceMs !== 'number' || !Number.isSafeInteger(advanceMs) || Math.abs(advanceMs) > MAX_SHIFT_MS) {
        throw new BadUserInputException(
          'advanceMs',
          'advanceMs must be a whole number of milliseconds, at most ten years',
        );
      }
      clock.advance(advanceMs);
    } else {
      const instant = typeof to === 'string' ? new Date(to) : new Date(Number.NaN);
      if (Number.isNaN(instant.getTime())) throw new BadUserInputException('to', 'to must be an ISO 8601 instant');
      clock.set(instant);
    }
    return this.read();
  }

  @Allow(TEST_CLOCK_POLICY.resetTestClock)
  @Delete()
  reset(): { now: string } {
    this.movable().reset();
    return this.read();
  }

  private movable() {
    if (!isMovableClock(this.clock)) throw new Error('TEST_CLOCK is on but the clock cannot be moved');
    return this.clock;
  }
}
