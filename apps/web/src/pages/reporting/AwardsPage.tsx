import { AwardsList } from '@abate/web/reporting';
import { paths } from '../../paths';
import { awardLinks } from './reporting-links';
import { RequireReportingAccess } from './RequireReportingAccess';

/** /awards: the grantee's awards and reports due (every award for officers and auditors). */
export function AwardsPage() {
  return (
    <RequireReportingAccess title="Your awards" roles={['APPLICANT', 'PROGRAM_OFFICER', 'AUDITOR']} who="grantees, program officers and auditors">
      {(roles) => <AwardsList viewer={roles.includes('APPLICANT') ? 'grantee' : 'officer'} applicationsHref={paths.applications} {...awardLinks} />}
    </RequireReportingAccess>
  );
}
