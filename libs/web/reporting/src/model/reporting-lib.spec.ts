import { describe, expect, it } from 'vitest';
import { daysOverdue, dueDateNote, dueText, nextDue, nextDueText, todayIn, type DueMilestone } from './due';
import { formatPeriod } from './format';
import { metricGroups, metricHint, reportName, reportNameInSentence } from './labels';
import { attemptsText, outboxStatus, recipientFilter } from './outbox';
import { decisionDoneMessage, noteForApi, noteProblem, reviewTrail } from './review-decision';

const milestone = (label: string, dueDate: string, status: DueMilestone['status']): DueMilestone => ({
  id: label,
  label,
  dueDate,
  status,
});

describe('what is due', () => {
  it('says how many days remain, or how long a report is overdue', () => {
    expect(dueText(milestone('2027 Q1', '2027-04-30', 'DUE'), '2027-04-18')).toBe('2027 Q1 report due in 12 days');
    expect(dueText(milestone('2027 Q1', '2027-04-30', 'DUE'), '2027-04-29')).toBe('2027 Q1 report due in 1 day');
    expect(dueText(milestone('2027 Q1', '2027-04-30', 'DUE'), '2027-04-30')).toBe('2027 Q1 report due today');
    expect(dueText(milestone('2027 Q1', '2027-04-30', 'OVERDUE'), '2027-05-03')).toBe(
      '2027 Q1 report overdue by 3 days',
    );
    expect(dueText(milestone('2027 Q2', '2027-07-30', 'UPCOMING'), '2027-05-03')).toBe('2027 Q2 report due in 88 days');
    expect(dueText(milestone('Final report', '2028-03-30', 'UPCOMING'), '2028-03-01')).toBe(
      'Final report due in 29 days',
    );
    expect(dueText(milestone('2027 Q1', '2027-04-30', 'SUBMITTED'), '2027-05-03')).toBe('2027 Q1 report submitted');
    expect(dueText(milestone('2027 Q1', '2027-04-30', 'CHANGES_REQUESTED'), '2027-05-03')).toBe(
      '2027 Q1 report: changes requested',
    );
    expect(dueText(milestone('2027 Q1', '2027-04-30', 'CHANGES_REQUESTED'), '2027-04-20')).toBe(
      '2027 Q1 report: changes requested, due in 10 days',
    );
  });

  it('picks the open report with the earliest due date as what is due next', () => {
    const milestones = [
      milestone('2027 Q1', '2027-04-30', 'ACCEPTED'),
      milestone('2027 Q2', '2027-07-30', 'SUBMITTED'),
      milestone('2027 Q3', '2027-10-30', 'DUE'),
      milestone('2027 Q4', '2028-01-30', 'UPCOMING'),
      milestone('Final report', '2028-03-30', 'UPCOMING'),
    ];
    expect(nextDue(milestones)?.label).toBe('2027 Q3');
    expect(nextDueText(milestones, '2027-10-18')).toBe('2027 Q3 report due in 12 days');
    expect(nextDue([milestone('2027 Q1', '2027-04-30', 'ACCEPTED')])).toBeNull();
    expect(nextDueText([milestone('2027 Q1', '2027-04-30', 'ACCEPTED')], '2027-10-18')).toBe('Every report is in.');
  });

  it('notes beside a due date how far it is, and nothing once the report is in', () => {
    expect(dueDateNote(milestone('2027 Q1', '2027-04-30', 'UPCOMING'), '2027-04-18')).toBe('in 12 days');
    expect(dueDateNote(milestone('2027 Q1', '2027-04-30', 'OVERDUE'), '2027-05-01')).toBe('overdue by 1 day');
    expect(dueDateNote(milestone('2027 Q1', '2027-04-30', 'SUBMITTED'), '2027-05-01')).toBeNull();
    expect(daysOverdue('2027-04-30', '2027-05-03')).toBe(3);
    expect(daysOverdue('2027-04-30', '2027-04-03')).toBe(0);
  });

  it('dates today where the funder is', () => {
    const instant = new Date('2027-05-01T02:00:00Z');
    expect(todayIn('America/New_York', instant)).toBe('2027-04-30');
    expect(todayIn('UTC', instant)).toBe('2027-05-01');
    expect(todayIn('Not/AZone', instant)).toBe('2027-05-01');
  });
});

describe('labels', () => {
  it('groups the metrics as the metrics file does, each part right after its whole', () => {
    const groups = metricGroups();
    expect(groups.map((g) => g.title)).toEqual(['Reach', 'Process', 'Services', 'Outcomes', 'Safeguards']);
    expect(groups[0].metrics.map((m) => m.key)).toEqual([
      'referrals_received',
      'referrals_from_police',
      'referrals_from_ems',
      'referrals_from_hospital',
      'referrals_from_self_or_family',
      'survivors_reached',
      'network_members_reached',
    ]);
    expect(groups[4].metrics.map((m) => m.key)).toEqual([
      'visits_with_police_present',
      'visits_with_uniformed_police',
      'warrant_checks',
      'arrests_during_outreach',
    ]);
  });

  it('hints at a part’s whole, hours, targets and expected values', () => {
    const [reach, process, , , safeguards] = metricGroups();
    expect(metricHint(reach.metrics[1])).toBe(
      'Part of “Overdose referrals received”: no more than that figure. A whole number; 0 if none.',
    );
    expect(metricHint(process.metrics[1])).toBe('Hours, with at most one decimal. Target: 72 hours or less.');
    expect(metricHint(safeguards.metrics[2])).toBe('A whole number; 0 if none. Expected: 0.');
  });

  it('names reports and dates', () => {
    expect(reportName('2027 Q1')).toBe('2027 Q1 report');
    expect(reportName('Final report')).toBe('Final report');
    expect(reportNameInSentence('Final report')).toBe('final report');
    expect(reportNameInSentence('2027 Q1')).toBe('2027 Q1 report');
    expect(formatPeriod('2027-01-01', '2027-03-31')).toBe('Jan 1, 2027 – Mar 31, 2027');
  });
});

describe('the officer’s review', () => {
  it('needs a note to request changes, and no more than 5,000 characters', () => {
    expect(noteProblem('REQUEST_CHANGES', '  ')).toMatch(/Enter a note/);
    expect(noteProblem('ACCEPT', '')).toBeNull();
    expect(noteProblem('ACCEPT', 'x'.repeat(5001))).toMatch(/5,000/);
    expect(noteForApi('  Please add the EMS figures. ')).toBe('Please add the EMS figures.');
    expect(noteForApi('   ')).toBeNull();
    expect(decisionDoneMessage('ACCEPT', '2027 Q1 report', 'Durham County')).toBe(
      '2027 Q1 report from Durham County accepted.',
    );
    expect(decisionDoneMessage('REQUEST_CHANGES', 'Final report', 'Durham County')).toMatch(/revise the final report/);
  });

  it('reads submissions and reviews with their notes from the audit trail, leaving saves out', () => {
    const trail = reviewTrail([
      {
        id: '3',
        action: 'report.review',
        actorEmail: 'officer@abate.test',
        after: '{"status":"CHANGES_REQUESTED","note":"Add the EMS figures"}',
        occurredAt: '2027-05-03T10:00:00Z',
      },
      { id: '1', action: 'report.save', after: '{}', occurredAt: '2027-05-01T10:00:00Z' },
      {
        id: '2',
        action: 'report.submit',
        actorEmail: 'durham@abate.test',
        after: '{"status":"SUBMITTED","versionNumber":1}',
        occurredAt: '2027-05-02T10:00:00Z',
      },
      { id: '4', action: 'report.review', after: 'not json', occurredAt: '2027-05-04T10:00:00Z' },
    ]);
    expect(trail.map((e) => [e.kind, e.versionNumber, e.note])).toEqual([
      ['submitted', 1, null],
      ['changes-requested', null, 'Add the EMS figures'],
      ['changes-requested', null, null],
    ]);
  });
});

describe('the outbox', () => {
  it('tells sent, waiting and failing mail apart', () => {
    expect(outboxStatus({ sentAt: '2027-01-01T00:00:00Z', attempts: 1 })).toBe('sent');
    expect(outboxStatus({ sentAt: null, attempts: 0 })).toBe('waiting');
    expect(outboxStatus({ sentAt: null, attempts: 3, lastError: 'ECONNREFUSED' })).toBe('failing');
    expect(attemptsText({ sentAt: null, attempts: 3, lastError: 'ECONNREFUSED' })).toBe(
      '3 attempts; last error: ECONNREFUSED',
    );
    expect(attemptsText({ sentAt: '2027-01-01T00:00:00Z', attempts: 1 })).toBeNull();
    expect(recipientFilter('  durham@abate.test ')).toBe('durham@abate.test');
    expect(recipientFilter('')).toBeNull();
  });
});
