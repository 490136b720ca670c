import { requestLoader } from '@abate/api/core';
import type { GqlContext } from '@abate/api/core';
import type { SpendingLine } from '@abate/shared/metrics';
import type { ReportsService } from './reports.service';

/** A report's spending lines, read for every report of a request in one query (`QuarterlyReport.spending`, payments' comparison). */
export function reportSpending(
  context: GqlContext,
  reports: ReportsService,
  reportId: string,
): Promise<SpendingLine[]> {
  return requestLoader(context, 'report-spending', async (ids: readonly string[]) => {
    const found = await reports.spendingOf(ids);
    return ids.map((id) => found.get(id) ?? []);
  }).load(reportId);
}
