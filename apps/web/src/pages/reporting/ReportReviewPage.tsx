import { useParams } from 'react-router';
import { ReportReview } from '@abate/web/reporting';
import { paths } from '../../paths';
import { RequireReportingAccess } from './RequireReportingAccess';
import { can, ROLES } from '@abate/web/identity';
import { ReportPaymentComparison } from '@abate/web/payments';

/** /officer/reports/:reportId: one report to accept or send back (read-only for auditors). */
export function ReportReviewPage() {
  const { reportId = '' } = useParams<{ reportId: string }>();
  return (
    <RequireReportingAccess title="Quarterly report" roles={ROLES.staff} who="program officers and auditors">
      {(roles) => (
        <>
          <ReportReview
            key={reportId}
            reportId={reportId}
            canAct={can.manage(roles)}
            queueHref={paths.reportQueue}
            awardHref={(awardId) => paths.award(awardId)}
          />
          <ReportPaymentComparison key={`payments-${reportId}`} reportId={reportId} />
        </>
      )}
    </RequireReportingAccess>
  );
}
