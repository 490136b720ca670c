import { AwardsList } from '@abate/web/reporting';
import { paths } from '../../paths';
import { awardLinks } from './reporting-links';
import { RequireReportingAccess } from './RequireReportingAccess';
import { can, ROLES } from '@abate/web/identity';

/** /awards: the grantee's awards and reports due (every award for officers and auditors). */
export function AwardsPage() {
  return (
    <RequireReportingAccess
      title="Your awards"
      roles={ROLES.granteesAndStaff}
      who="grantees, program officers and auditors"
    >
      {(roles) => (
        <AwardsList
          viewer={can.apply(roles) ? 'grantee' : 'officer'}
          applicationsHref={paths.applications}
          {...awardLinks}
        />
      )}
    </RequireReportingAccess>
  );
}
