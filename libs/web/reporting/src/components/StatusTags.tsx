import { Tag } from '@trussworks/react-uswds';
import type { AwardStatus, MilestoneStatus, ReportStatus } from '@abate/web/core';
import { awardStatusLabels, milestoneStatusLabels, milestoneTagClasses, reportStatusLabels } from '../model/labels';

/** A milestone's status: Upcoming, Due, Overdue, Submitted, Changes requested or Accepted. */
export function MilestoneStatusTag({ status }: { status: MilestoneStatus }) {
  return (
    <Tag className={`${milestoneTagClasses[status]} text-no-wrap`} data-status={status}>
      {milestoneStatusLabels[status]}
    </Tag>
  );
}

const reportTagClasses: Record<ReportStatus, string> = {
  DRAFT: 'bg-base-dark',
  SUBMITTED: 'bg-primary',
  CHANGES_REQUESTED: 'bg-accent-warm-darker',
  ACCEPTED: 'bg-success-darker',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  return (
    <Tag className={`${reportTagClasses[status]} text-no-wrap`} data-status={status}>
      {reportStatusLabels[status]}
    </Tag>
  );
}

export function AwardStatusTag({ status }: { status: AwardStatus }) {
  return (
    <Tag className={`${status === 'ACTIVE' ? 'bg-success-darker' : 'bg-base-dark'} text-no-wrap`} data-status={status}>
      {awardStatusLabels[status]}
    </Tag>
  );
}
