import { useCallback, useEffect, useState } from 'react';
import { useClient, useMutation, type OperationResult } from 'urql';
import {
  toApiErrors,
  type ApiError,
  type ReportDecision,
  type ReportingReportQuery,
  type ReportingReportTrailQuery,
} from '@abate/web/core';
import {
  reportingReportQuery,
  reportingReportTrailQuery,
  reportingReviewReportMutation,
} from '../graphql/reporting.documents';
import { noteForApi, reviewTrail, type TrailEntry } from '../model/review-decision';

export type OfficerReport = ReportingReportQuery['quarterlyReport'];

export type OfficerReportState =
  | { kind: 'loading' }
  | { kind: 'failed'; errors: ApiError[] }
  | { kind: 'ready'; report: OfficerReport; loadedAt: number };

/** One report for the officer's (or auditor's) review, always from the network. */
export function useOfficerReport(reportId: string) {
  const client = useClient();
  const [state, setState] = useState<OfficerReportState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void client
      .query(reportingReportQuery, { id: reportId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        if (result.data) setState({ kind: 'ready', report: result.data.quarterlyReport, loadedAt: Date.now() });
        else
          setState({
            kind: 'failed',
            errors: result.error ? toApiErrors(result.error) : [{ code: 'UNKNOWN', message: 'No data' }],
          });
      });
    return () => {
      current = false;
    };
  }, [client, reportId, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, reload };
}

/** Pages of audit events read for one report's trail at most (a page holds 100; autosaves fill most of them). */
const MAX_TRAIL_PAGES = 20;

/** The report's submissions and reviews with the officer's notes, from the audit trail; null while loading or when it cannot be read. */
export function useReviewTrail(reportId: string, reloadKey: number) {
  const client = useClient();
  const [trail, setTrail] = useState<{ key: string; entries: TrailEntry[] | null; failed: boolean }>({
    key: '',
    entries: null,
    failed: false,
  });
  const key = `${reportId}#${reloadKey}`;

  useEffect(() => {
    let current = true;
    void (async () => {
      const events: Array<Parameters<typeof reviewTrail>[0][number]> = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_TRAIL_PAGES; page++) {
        const result: OperationResult<ReportingReportTrailQuery> = await client
          .query(reportingReportTrailQuery, { reportId, after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (!current) return;
        if (!result.data) {
          setTrail({ key, entries: null, failed: true });
          return;
        }
        events.push(...result.data.auditEvents.nodes);
        const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor?: string | null } =
          result.data.auditEvents.pageInfo;
        if (!hasNextPage || !endCursor) break;
        after = endCursor;
      }
      setTrail({ key, entries: reviewTrail(events), failed: false });
    })();
    return () => {
      current = false;
    };
  }, [client, reportId, key]);

  return trail.key === key ? trail : { key, entries: null, failed: false };
}

/** Accept, or request changes with a note. */
export function useReviewReport(reportId: string) {
  const [{ fetching }, mutate] = useMutation(reportingReviewReportMutation);
  const review = useCallback(
    (decision: ReportDecision, note: string) => mutate({ reportId, decision, note: noteForApi(note) }),
    [mutate, reportId],
  );
  return { review, fetching };
}
