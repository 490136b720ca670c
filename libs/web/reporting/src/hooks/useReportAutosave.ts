import { useState } from 'react';
import { useClient } from 'urql';
import { AutosaveController, browserAutosaveStorage, toApiErrors, useAutosave } from '@abate/web/core';
import { reportingSaveReportMutation } from '../graphql/reporting.documents';
import {
  reportModel,
  type ReportController,
  type ReportServer,
  type ReportState,
  type ReportTransport,
} from '../model/report-form';
import { loadReport, loadReportPage, type ReportPageData } from './useReportPageData';

/** Where this device keeps a report's unsaved changes, by milestone (the report may not exist yet). */
export const reportStorageKey = (milestoneId: string) => `abate:report-draft:${milestoneId}`;
export const browserReportStorage = browserAutosaveStorage(reportStorageKey);

/**
 * The shared autosave for one quarterly report, wired to saveQuarterlyReport,
 * the device's storage and the page's lifecycle. The first save sends no version
 * and creates the report; later saves send the version the last one returned.
 */
export function useReportAutosave(data: ReportPageData): [ReportController, ReportState] {
  const client = useClient();
  const [controller] = useState(() => {
    const milestoneId = data.milestone.id;
    let reportId: string | null = data.report?.id ?? null;
    const transport: ReportTransport = {
      async save(version, input) {
        const result = await client
          .mutation(reportingSaveReportMutation, { milestoneId, version: version === 0 ? undefined : version, input })
          .toPromise();
        if (result.data) {
          reportId = result.data.saveQuarterlyReport.id;
          return { ok: true, data: result.data.saveQuarterlyReport };
        }
        return {
          ok: false,
          errors: result.error
            ? toApiErrors(result.error)
            : [{ code: 'UNKNOWN', message: 'The save returned nothing' }],
        };
      },
      async load() {
        if (reportId) {
          const report = await loadReport(client, reportId);
          return report.ok ? { ok: true, data: report.data } : report;
        }
        // Someone else may have created it meanwhile: find it through its milestone.
        const page = await loadReportPage(client, milestoneId);
        if (!page.ok) return page;
        reportId = page.data.report?.id ?? null;
        return { ok: true, data: page.data.report as ReportServer };
      },
    };
    return new AutosaveController({
      id: milestoneId,
      server: data.report as ReportServer,
      model: reportModel(),
      transport,
      storage: browserReportStorage,
    });
  });
  const state = useAutosave(controller);
  return [controller, state];
}
