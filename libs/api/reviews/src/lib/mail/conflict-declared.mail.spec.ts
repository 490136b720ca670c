import { describe, expect, it } from '@jest/globals';
import { conflictDeclaredMail } from './conflict-declared.mail';

describe('conflictDeclaredMail', () => {
  it('tells the officers whose review to reassign, and why', () => {
    const mail = conflictDeclaredMail({
      reviewerName: 'Rita Reviewer',
      organizationName: 'Wake County',
      explanation: 'I sit on its board',
    });
    expect(mail.subject).toBe('Conflict declared: reassign the review of Wake County');
    expect(mail.body).toContain('Rita Reviewer declared a conflict of interest on the application of Wake County');
    expect(mail.body).toContain('Their explanation: I sit on its board');
  });
});
