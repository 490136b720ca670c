import { definePolicy } from '../auth/policy';

/** The test clock's routes: public, because the test server (TEST_CLOCK=true) is the only place they exist. */
export const TEST_CLOCK_POLICY = definePolicy('test-clock', {
  /** GET /test/clock */
  readTestClock: 'public',
  /** POST /test/clock */
  moveTestClock: 'public',
  /** DELETE /test/clock */
  resetTestClock: 'public',
});
