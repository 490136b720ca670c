import { describe, expect, it } from '@jest/globals';
import { applicationReceivedMail } from './application-received.mail';

describe('applicationReceivedMail', () => {
  it('is a receipt with the tracking id, the time in the round’s zone and the amount', () => {
    const mail = applicationReceivedMail({
      recipientName: 'Ada',
      applicationTitle: 'Reach after overdose',
      roundTitle: 'PORP 2027',
      trackingId: 'ABT-2027-000123',
      submittedAt: new Date('2027-02-01T15:30:00Z'),
      submittedBy: 'ada@county.test',
      requestedCents: 12_500_050,
      closesAt: new Date('2027-02-26T22:00:00Z'),
      timeZone: 'America/New_York',
    });
    expect(mail.subject).toBe('Application received: ABT-2027-000123');
    expect(mail.body).toContain('Hello Ada,');
    expect(mail.body).toContain('"Reach after overdose" to PORP 2027 was received.');
    expect(mail.body).toContain('Requested: $125,000.50');
    expect(mail.body).toMatch(/Submitted: .*10:30.* by ada@county\.test/);
  });
});
