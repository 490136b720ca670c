import { formatDollars } from '@abate/shared/checklist';

export type DecisionMail =
  | { decision: 'AWARD'; amountCents: bigint; conditions: string | null }
  | { decision: 'DECLINE'; reason: string | null };

/** To each member of the organization when the decisions on a round are released. */
export function decisionMail(m: {
  recipientName: string;
  trackingId: string | null;
  applicationTitle: string | null;
  round: { title: string; grantStart: string; grantEnd: string };
  outcome: DecisionMail;
}): { subject: string; body: string } {
  const { outcome, round } = m;
  return {
    subject: `Decision on ${m.trackingId}: ${outcome.decision === 'AWARD' ? 'awarded' : 'not funded'}`,
    body: [
      `Hello ${m.recipientName},`,
      ``,
      outcome.decision === 'AWARD'
        ? `Your organization's application "${m.applicationTitle}" to ${round.title} is awarded ${formatDollars(outcome.amountCents)} for ${round.grantStart} to ${round.grantEnd}.${outcome.conditions ? `\n\nConditions: ${outcome.conditions}` : ''}`
        : `Your organization's application "${m.applicationTitle}" to ${round.title} was not funded.\n\nReason: ${outcome.reason}`,
      ``,
      `Sign in to Abate to read the reviewers' comments.`,
    ].join('\n'),
  };
}
