import { browserAutosaveStorage, transportResult, useAutosavedRecord } from '@abate/web/core';
import { reportingSaveReportMutation } from '../graphql/reporting.documents';
import { reportModel, type ReportController, type ReportState, type ReportTypes } from '../model/report-form';
import { loadReport, loadReportPage, type ReportPageData } from './useReportPageData';

/** Where this device keeps a report's unsaved changes, by milestone (the report may not exist yet). */
export const reportStorageKey = (milestoneId: string) => `abate:report-draft:${milestoneId}`;
export const browserReportStorage = browserAutosaveStorage(reportStorageKey);

/**
 * The shared autosave of one quarterly report, by milestone: saveQuarterlyReport,
 * whose first save sends no version and creates the report (the model's version 0);
 * later saves send the version the last one returned.
 */
export function useReportAutosave(data: ReportPageData): [ReportController, ReportState] {
  const milestoneId = data.milestone.id;
  return useAutosavedRecord<ReportTypes>({
    id: milestoneId,
    server: data.report,
    model: reportModel(),
    storage: browserReportStorage,
    save: async (client, version, input) =>
      transportResult(
        await client
          .mutation(reportingSaveReportMutation, { milestoneId, version: version === 0 ? undefined : version, input })
          .toPromise(),
        (saved) => saved.saveQuarterlyReport,
      ),
    async load(client, current) {
      if (current) return loadReport(client, current.id);
      // Someone else may have created it meanwhile: find it through its milestone.
      const page = await loadReportPage(client, milestoneId);
      return page.ok ? { ok: true, data: page.data.report } : page;
    },
  });
}
