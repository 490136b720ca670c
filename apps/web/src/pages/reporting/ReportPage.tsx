import { useParams } from 'react-router';
import { ReportWorkspace } from '@abate/web/reporting';
import { paths } from '../../paths';
import { RequireReportingAccess } from './RequireReportingAccess';
import { ROLES } from '@abate/web/identity';

/** /reports/:milestoneId: the grantee's quarterly report form, or the submitted report. */
export function ReportPage() {
  const { milestoneId = '' } = useParams<{ milestoneId: string }>();
  return (
    <RequireReportingAccess
      title="Quarterly report"
      roles={ROLES.applicants}
      who="grantees: members of the organization that holds the award"
    >
      {() => (
        // Keyed by id: moving to another report starts a fresh form.
        <ReportWorkspace
          key={milestoneId}
          milestoneId={milestoneId}
          awardsHref={paths.awards}
          awardHref={(awardId) => paths.award(awardId)}
          signInHref={paths.signIn}
        />
      )}
    </RequireReportingAccess>
  );
}
