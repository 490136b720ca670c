import { useParams } from 'react-router';
import { ROLES } from '@abate/web/identity';
import { PaymentRequestView } from '@abate/web/payments';
import { paths } from '../../paths';
import { RequirePayments } from './RequirePayments';

/** /payments/:paymentRequestId: a payment request: the grantee's form, the reviewers' decisions, the timeline. */
export function PaymentRequestPage() {
  const { paymentRequestId = '' } = useParams<{ paymentRequestId: string }>();
  return (
    <RequirePayments
      title="Payment request"
      roles={ROLES.paymentReaders}
      who="grantees, program officers, finance officers and auditors"
    >
      {(viewer) => (
        <PaymentRequestView
          key={paymentRequestId}
          id={paymentRequestId}
          viewer={viewer}
          awardHref={paths.award}
          approvalsHref={paths.paymentApprovals}
          signInHref={paths.signIn}
        />
      )}
    </RequirePayments>
  );
}
