import { formatDollars } from '@abate/shared/checklist';
import { formatInZone } from '@abate/shared/calendar';

export interface ApplicationReceivedMail {
  recipientName: string;
  applicationTitle: string | null;
  roundTitle: string;
  trackingId: string;
  submittedAt: Date;
  submittedBy: string;
  requestedCents: bigint | number;
  closesAt: Date;
  timeZone: string;
}

/** The receipt each member of the organization gets when its application is submitted. */
export function applicationReceivedMail(m: ApplicationReceivedMail): { subject: string; body: string } {
  return {
    subject: `Application received: ${m.trackingId}`,
    body: [
      `Hello ${m.recipientName},`,
      ``,
      `Your organization's application "${m.applicationTitle}" to ${m.roundTitle} was received.`,
      `Tracking id: ${m.trackingId}`,
      `Submitted: ${formatInZone(m.submittedAt, m.timeZone)} by ${m.submittedBy}`,
      `Requested: ${formatDollars(m.requestedCents)}`,
      ``,
      `Keep this message as your receipt. Reviews begin after the round closes on ${formatInZone(m.closesAt, m.timeZone)}.`,
    ].join('\n'),
  };
}
