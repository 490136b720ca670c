import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/** Payment requests, approvals and batches, loaded on demand. */
export const paymentsRoutes: RouteObject[] = [
  {
    path: paths.paymentApprovals,
    lazy: async () => ({ Component: (await import('../pages/payments/PaymentApprovalsPage')).PaymentApprovalsPage }),
  },
  {
    path: paths.paymentRequest(),
    lazy: async () => ({ Component: (await import('../pages/payments/PaymentRequestPage')).PaymentRequestPage }),
  },
  {
    path: paths.paymentBatches,
    lazy: async () => ({ Component: (await import('../pages/payments/PaymentBatchesPage')).PaymentBatchesPage }),
  },
  {
    path: paths.paymentBatch(),
    lazy: async () => ({ Component: (await import('../pages/payments/PaymentBatchPage')).PaymentBatchPage }),
  },
];
