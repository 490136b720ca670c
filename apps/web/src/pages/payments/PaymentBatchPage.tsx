import { useParams } from 'react-router';
import { can, ROLES } from '@abate/web/identity';
import { PaymentBatchView } from '@abate/web/payments';
import { paths } from '../../paths';
import { RequirePayments } from './RequirePayments';

/** /finance/payment-batches/:batchId: the payment file and the results per request. */
export function PaymentBatchPage() {
  const { batchId = '' } = useParams<{ batchId: string }>();
  return (
    <RequirePayments title="Payment batch" roles={ROLES.paymentBatchReaders} who="finance officers and auditors">
      {(_viewer, roles) => (
        <PaymentBatchView
          key={batchId}
          id={batchId}
          canPay={can.pay(roles)}
          batchesHref={paths.paymentBatches}
          requestHref={paths.paymentRequest}
        />
      )}
    </RequirePayments>
  );
}
