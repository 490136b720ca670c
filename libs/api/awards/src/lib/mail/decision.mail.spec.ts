import { describe, expect, it } from '@jest/globals';
import { decisionMail } from './decision.mail';

const base = {
  recipientName: 'Ada',
  trackingId: 'ABT-2027-000123',
  applicationTitle: 'Reach',
  round: { title: 'PORP 2027', grantStart: '2027-04-01', grantEnd: '2028-03-31' },
};

describe('decisionMail', () => {
  it('names the amount, the grant period and any conditions of an award', () => {
    const mail = decisionMail({
      ...base,
      outcome: { decision: 'AWARD', amountCents: 15_000_000n, conditions: 'Quarterly site visits' },
    });
    expect(mail.subject).toBe('Decision on ABT-2027-000123: awarded');
    expect(mail.body).toContain(
      'is awarded $150,000 for 2027-04-01 to 2028-03-31.\n\nConditions: Quarterly site visits',
    );
  });

  it('gives the reason when not funded', () => {
    const mail = decisionMail({ ...base, outcome: { decision: 'DECLINE', reason: 'Below the funding line' } });
    expect(mail.subject).toBe('Decision on ABT-2027-000123: not funded');
    expect(mail.body).toContain('was not funded.\n\nReason: Below the funding line');
  });
});
