import { definePolicy } from '@abate/api/core';

/** The transparency page and its downloads: everyone, signed in or not (small counts suppressed). */
export const PUBLIC_POLICY = definePolicy('public', {
  publicAwards: 'public',
  publicOutcomes: 'public',
  /** GET /api/public/:file (CSV and JSON open data). */
  openDataDownload: 'public',
});
