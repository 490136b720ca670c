/**
 * The texts of the mail identity sends (invitations, password resets), kept apart
 * from the services so they can be read and reworded in one place.
 */
export interface MailText {
  subject: string;
  body: string;
}

const roleNames: Record<string, string> = {
  APPLICANT: 'applicant',
  REVIEWER: 'reviewer',
  PROGRAM_OFFICER: 'program officer',
  FINANCE_OFFICER: 'finance officer',
  AUDITOR: 'auditor',
};

export function invitationMail(input: {
  name: string;
  inviterName: string;
  organizationName: string | null;
  roles: readonly string[];
  link: string;
  expiresAt: Date;
}): MailText {
  const roles = input.roles.map((r) => roleNames[r] ?? r).join(', ');
  const where = input.organizationName ? ` for ${input.organizationName}` : '';
  return {
    subject: `You are invited to Abate${where}`,
    body: [
      `Hello ${input.name},`,
      '',
      `${input.inviterName} invited you to Abate, the opioid-settlement grant portal, as ${roles}${where}.`,
      '',
      'To accept, open this link and choose a password (or sign in with your agency account):',
      input.link,
      '',
      `The link works once and expires on ${input.expiresAt.toUTCString()}.`,
      'If you did not expect this invitation, you can ignore this message.',
    ].join('\n'),
  };
}

export function passwordResetMail(input: { name: string; link: string; expiresAt: Date }): MailText {
  return {
    subject: 'Reset your Abate password',
    body: [
      `Hello ${input.name},`,
      '',
      'Someone (we hope you) asked to reset the password of your Abate account. To choose a new one, open:',
      input.link,
      '',
      `The link works once and expires on ${input.expiresAt.toUTCString()}. Resetting signs you out everywhere.`,
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}
