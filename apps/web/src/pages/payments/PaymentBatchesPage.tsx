import { can, ROLES } from '@abate/web/identity';
import { PaymentBatches } from '@abate/web/payments';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { RequirePayments } from './RequirePayments';

/** /finance/payment-batches: approved requests to gather into a batch, and the batches so far. */
export function PaymentBatchesPage() {
  return (
    <RequirePayments title="Payment batches" roles={ROLES.paymentBatchReaders} who="finance officers and auditors">
      {(_viewer, roles) => (
        <>
          <PageHeading>Payment batches</PageHeading>
          <PaymentBatches canPay={can.pay(roles)} batchHref={paths.paymentBatch} requestHref={paths.paymentRequest} />
        </>
      )}
    </RequirePayments>
  );
}
