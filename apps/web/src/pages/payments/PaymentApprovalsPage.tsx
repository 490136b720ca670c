import { ROLES } from '@abate/web/identity';
import { ApprovalQueue } from '@abate/web/payments';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { RequirePayments } from './RequirePayments';

/** /payments/approvals: what waits for this user's approval (program officers first, then finance officers). */
export function PaymentApprovalsPage() {
  return (
    <RequirePayments
      title="Payment approvals"
      roles={ROLES.paymentApprovers}
      who="program officers and finance officers"
    >
      {(viewer) => (
        <>
          <PageHeading>Payment approvals</PageHeading>
          <p className="usa-intro">
            Program officers approve a request first (is it what the award is for?); a finance officer then approves it
            (is it allowable and within the budget?). One person never gives both approvals.
          </p>
          <ApprovalQueue viewer={viewer} requestHref={paths.paymentRequest} />
        </>
      )}
    </RequirePayments>
  );
}
