import { ReportQueue } from '@abate/web/reporting';
import { paths } from '../../paths';
import { RequireReportingAccess } from './RequireReportingAccess';
import { can, ROLES } from '@abate/web/identity';

/** /officer/reports: submitted reports to review and overdue ones. */
export function ReportQueuePage() {
  return (
    <RequireReportingAccess title="Quarterly reports" roles={ROLES.staff} who="program officers and auditors">
      {(roles) => (
        <ReportQueue
          canAct={can.manage(roles)}
          reviewHref={(reportId) => paths.reportReview(reportId)}
          awardHref={(awardId) => paths.award(awardId)}
          outboxHref={paths.outbox}
        />
      )}
    </RequireReportingAccess>
  );
}
