export { AwardPayments, type AwardPaymentsProps } from './components/AwardPayments';
export { AwardAmendments, type AwardAmendmentsProps } from './components/AwardAmendments';
export {
  PaymentRequestView,
  reviewBlock,
  type PaymentRequestViewProps,
  type PaymentViewer,
} from './components/PaymentRequestView';
export { ApprovalQueue, type ApprovalQueueProps } from './components/ApprovalQueue';
export { PaymentBatches, type PaymentBatchesProps } from './components/PaymentBatches';
export { PaymentBatchView, type PaymentBatchViewProps } from './components/PaymentBatchView';
export { ReportPaymentComparison } from './components/ReportPaymentComparison';
