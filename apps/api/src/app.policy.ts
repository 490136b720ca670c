import { definePolicy } from '@abate/api/core';

/** Routes of the app itself, outside any domain. */
export const APP_POLICY = definePolicy('app', {
  /** GET /health, for load balancers. */
  health: 'public',
});
