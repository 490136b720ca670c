export type Role = 'PROGRAM_OFFICER' | 'AUDITOR' | 'REVIEWER' | 'APPLICANT';

export interface DemoUser {
  email: string;
  name: string;
  roles: Role[];
  organization?: string;
}

function fromEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with jest -c apps/e2e/jest.config.cjs`);
  return value;
}

/** apps/api/src/demo-seed.ts DEMO_USERS, handed over by global-setup. */
export const demoUsers: DemoUser[] = JSON.parse(fromEnv('ABATE_E2E_DEMO_USERS'));
export const demoPassword = fromEnv('ABATE_E2E_DEMO_PASSWORD');

export function demoUser(role: Role): DemoUser {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role));
  if (!user) throw new Error(`The demo seed has no ${role}`);
  return user;
}

/** What the web app calls each role (libs/web/identity/src/role-labels.ts), as a user reads it. */
export const roleLabels: Record<Role, string> = {
  PROGRAM_OFFICER: 'Program officer',
  AUDITOR: 'Auditor',
  REVIEWER: 'Reviewer',
  APPLICANT: 'Applicant',
};
