import type { PaymentStatus } from '@abate/web/core';
import { STATUS_LABELS, statusTone } from '../model/labels';

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  return <span className={`usa-tag ${statusTone(status)}`}>{STATUS_LABELS[status]}</span>;
}
