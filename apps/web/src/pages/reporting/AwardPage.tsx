import { useParams } from 'react-router';
import { AwardOverview } from '@abate/web/reporting';
import { paths } from '../../paths';
import { awardLinks } from './reporting-links';
import { RequireReportingAccess } from './RequireReportingAccess';
import { can, ROLES, useCurrentUser } from '@abate/web/identity';
import { AwardAmendments, AwardPayments } from '@abate/web/payments';

/** /awards/:awardId: one award and the reports it owes. */
export function AwardPage() {
  const { awardId = '' } = useParams<{ awardId: string }>();
  const { user } = useCurrentUser();
  return (
    <RequireReportingAccess title="Award" roles={ROLES.granteesAndStaff} who="grantees, program officers and auditors">
      {(roles) => (
        <>
          <AwardOverview
            key={awardId}
            awardId={awardId}
            viewer={can.apply(roles) ? 'grantee' : 'officer'}
            awardsHref={paths.awards}
            {...awardLinks}
          />
          <AwardPayments
            key={`payments-${awardId}`}
            awardId={awardId}
            canRequest={can.apply(roles)}
            requestHref={paths.paymentRequest}
          />
          <AwardAmendments
            key={`amendments-${awardId}`}
            awardId={awardId}
            viewerId={user?.id ?? null}
            canPropose={can.proposeAmendment(roles)}
            canDecide={can.decideAmendment(roles)}
          />
        </>
      )}
    </RequireReportingAccess>
  );
}
