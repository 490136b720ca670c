import { Injectable, Logger } from '@nestjs/common';
import { Role, runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import { MembershipRole, OrganizationKind, OrganizationsService, UsersService } from '@abate/api/organizations';

export const DEMO_PASSWORD = 'abate-demo';

/** Who the demo signs in as (printed by `npm start`, used by the browser tests). */
export const DEMO_USERS = [
  { email: 'officer@abate.test', name: 'Pat Rivera', roles: [Role.PROGRAM_OFFICER] },
  { email: 'auditor@abate.test', name: 'Avery Chen', roles: [Role.AUDITOR] },
  { email: 'reviewer1@abate.test', name: 'Riley Brooks', roles: [Role.REVIEWER] },
  { email: 'reviewer2@abate.test', name: 'Sam Patel', roles: [Role.REVIEWER] },
  { email: 'reviewer3@abate.test', name: 'Jordan Lee', roles: [Role.REVIEWER] },
  { email: 'applicant1@abate.test', name: 'Morgan Hayes', roles: [Role.APPLICANT], organization: 'Alamance County' },
  { email: 'applicant2@abate.test', name: 'Dana Whitfield', roles: [Role.APPLICANT], organization: 'Buncombe County' },
] as const;

// 2020 census populations; FIPS codes from the Census Bureau.
const DEMO_ORGANIZATIONS = [
  { name: 'Alamance County', kind: OrganizationKind.COUNTY, state: 'NC', fipsCode: '37001', population: 171_415 },
  { name: 'Buncombe County', kind: OrganizationKind.COUNTY, state: 'NC', fipsCode: '37021', population: 269_452 },
];

/** Fills an empty database with the demo people and places; does nothing when they are already there. */
@Injectable()
export class DemoSeed {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  async run(): Promise<boolean> {
    if (await this.users.findByEmail(DEMO_USERS[0].email)) return false;
    await runWithRequestContext({ requestId: 'demo-seed', actor: SYSTEM_ACTOR }, async () => {
      const orgIds = new Map<string, string>();
      for (const org of DEMO_ORGANIZATIONS) {
        orgIds.set(org.name, (await this.organizations.create(org)).id);
      }
      for (const user of DEMO_USERS) {
        const organizationId = 'organization' in user ? orgIds.get(user.organization) : undefined;
        await this.users.create(
          { email: user.email, name: user.name, roles: [...user.roles], password: DEMO_PASSWORD, organizationId, organizationRole: organizationId ? MembershipRole.OWNER : undefined },
          SYSTEM_ACTOR,
        );
      }
    });
    this.logger.log('Demo data seeded');
    return true;
  }
}
