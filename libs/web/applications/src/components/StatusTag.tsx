import type { ApplicationStatus } from '@abate/web/core';
import { statusLabels, statusTagClasses } from '../model/labels';

export function StatusTag({ status }: { status: ApplicationStatus }) {
  return <span className={`usa-tag ${statusTagClasses[status]}`}>{statusLabels[status]}</span>;
}
