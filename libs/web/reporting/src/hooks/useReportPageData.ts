import { useCallback, useEffect, useState } from 'react';
import { useClient, type Client, type OperationResult } from 'urql';
import {
  toApiErrors,
  type ApiError,
  type ReportingMilestoneLookupQuery,
  type ReportingReportStateFragment,
} from '@abate/web/core';
import { reportingMilestoneLookupQuery, reportingReportQuery } from '../graphql/reporting.documents';

export type LookupAward = ReportingMilestoneLookupQuery['awards']['nodes'][number];
export type LookupMilestone = LookupAward['milestones'][number];

export interface ReportPageData {
  award: LookupAward;
  milestone: LookupMilestone;
  /** Null until the first save creates it. */
  report: ReportingReportStateFragment | null;
}

export type Loaded<T> = { ok: true; data: T } | { ok: false; errors: ApiError[] };

const PAGE_SIZE = 100;
/** Enough pages for any grantee's awards; the lookup stops at the milestone. */
const MAX_PAGES = 20;

/** The award that owes this milestone, found among the awards the person can see (there is no query for one milestone). */
async function findMilestone(
  client: Client,
  milestoneId: string,
): Promise<Loaded<{ award: LookupAward; milestone: LookupMilestone }>> {
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: OperationResult<ReportingMilestoneLookupQuery> = await client
      .query(reportingMilestoneLookupQuery, { first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data)
      return {
        ok: false,
        errors: result.error ? toApiErrors(result.error) : [{ code: 'UNKNOWN', message: 'No data' }],
      };
    for (const award of result.data.awards.nodes) {
      const milestone = award.milestones.find((m) => m.id === milestoneId);
      if (milestone) return { ok: true, data: { award, milestone } };
    }
    const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor?: string | null } = result.data.awards.pageInfo;
    if (!hasNextPage || !endCursor) break;
    after = endCursor;
  }
  return {
    ok: false,
    errors: [{ code: 'NOT_FOUND', message: 'There is no report at this address for your organization.' }],
  };
}

/** The report by id, always from the network. */
export async function loadReport(client: Client, reportId: string): Promise<Loaded<ReportingReportStateFragment>> {
  const result = await client
    .query(reportingReportQuery, { id: reportId }, { requestPolicy: 'network-only' })
    .toPromise();
  if (result.data) return { ok: true, data: result.data.quarterlyReport };
  return {
    ok: false,
    errors: result.error ? toApiErrors(result.error) : [{ code: 'UNKNOWN', message: 'The report could not be loaded' }],
  };
}

/** The milestone, its award and its report (null before the first save). */
export async function loadReportPage(client: Client, milestoneId: string): Promise<Loaded<ReportPageData>> {
  const found = await findMilestone(client, milestoneId);
  if (!found.ok) return found;
  const { award, milestone } = found.data;
  if (!milestone.report) return { ok: true, data: { award, milestone, report: null } };
  const report = await loadReport(client, milestone.report.id);
  return report.ok ? { ok: true, data: { award, milestone, report: report.data } } : report;
}

export type ReportPageState =
  | { kind: 'loading' }
  | { kind: 'failed'; errors: ApiError[] }
  | { kind: 'ready'; data: ReportPageData; loadedAt: number };

/**
 * The report form's data, always from the network. Loaded by hand rather than
 * with useQuery so the document cache cannot refetch it under the form after
 * each save (the form keeps its own copy of the server state).
 */
export function useReportPageData(milestoneId: string) {
  const client = useClient();
  const [state, setState] = useState<ReportPageState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void loadReportPage(client, milestoneId).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { kind: 'ready', data: result.data, loadedAt: Date.now() }
          : { kind: 'failed', errors: result.errors },
      );
    });
    return () => {
      current = false;
    };
  }, [client, milestoneId, generation]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setGeneration((n) => n + 1);
  }, []);

  return { state, reload };
}
