import { ReportQueue } from '@abate/web/reporting';
import { paths } from '../../paths';
import { RequireReportingAccess } from './RequireReportingAccess';

/** /officer/reports: submitted reports to review and overdue ones. */
export function ReportQueuePage() {
  return (
    <RequireReportingAccess title="Quarterly reports" roles={['PROGRAM_OFFICER', 'AUDITOR']} who="program officers and auditors">
      {(roles) => (
        <ReportQueue
          canAct={roles.includes('PROGRAM_OFFICER')}
          reviewHref={(reportId) => paths.reportReview(reportId)}
          awardHref={(awardId) => paths.award(awardId)}
          outboxHref={paths.outbox}
        />
      )}
    </RequireReportingAccess>
  );
}
