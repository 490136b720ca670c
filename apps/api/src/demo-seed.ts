import { Injectable, Logger } from '@nestjs/common';
import { Clock, Role, runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { MembershipRole, OrganizationKind, OrganizationsService, UsersService } from '@abate/api/organizations';
import { RoundsService } from '@abate/api/rounds';
import { ApplicationsService } from '@abate/api/applications';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { ReviewDemoSeed } from './review-demo-seed';
import { ReportingDemoSeed } from './reporting-demo-seed';
import { PaymentsDemoSeed } from './payments-demo-seed';
import { FINANCE_DEMO_USER, LedgerDemoSeed } from './ledger-demo-seed';

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

/** Every demo sign-in `npm start` prints: the users above and the finance officer the ledger's demo adds. */
export const DEMO_SIGN_INS = [...DEMO_USERS, { ...FINANCE_DEMO_USER, organization: 'Alamance County' }] as const;

// 2020 census populations; FIPS codes from the Census Bureau.
const DEMO_ORGANIZATIONS = [
  { name: 'Alamance County', kind: OrganizationKind.COUNTY, state: 'NC', fipsCode: '37001', population: 171_415 },
  { name: 'Buncombe County', kind: OrganizationKind.COUNTY, state: 'NC', fipsCode: '37021', population: 269_452 },
];

const DAY = 86_400_000;

/** The round a newcomer sees: open since yesterday, closing in 30 days at 5 pm Eastern. */
function demoRound(now: Date) {
  const closes = new Date(now.getTime() + 30 * DAY);
  closes.setUTCHours(22, 0, 0, 0); // 17:00 EST
  return {
    title: 'Post-overdose outreach grants 2027',
    description:
      'Opioid-settlement funds for county and tribal post-overdose outreach programs: teams that reach survivors within days of a non-fatal overdose with naloxone, harm-reduction supplies and a warm hand-off to treatment. Applications are scored against the 2023 best-practice checklist.',
    checklistKey: PORP_CHECKLIST_2023.key,
    checklistVersion: PORP_CHECKLIST_2023.version,
    opensAt: new Date(now.getTime() - DAY),
    closesAt: closes,
    timeZone: 'America/New_York',
    budgetCents: 150_000_000n,
    minAwardCents: 5_000_000n,
    maxAwardCents: 40_000_000n,
    eligibleKinds: [OrganizationKind.COUNTY, OrganizationKind.CITY, OrganizationKind.TRIBE],
    reviewersPerApplication: 2,
    grantStart: '2027-04-01',
    grantEnd: '2029-03-31',
  };
}

/** Fills an empty database with the demo people and places; does nothing when they are already there. */
@Injectable()
export class DemoSeed {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly rounds: RoundsService,
    private readonly applications: ApplicationsService,
    private readonly clock: Clock,
    private readonly reviewRound: ReviewDemoSeed,
    private readonly reportingRound: ReportingDemoSeed,
    private readonly paymentsSeed: PaymentsDemoSeed,
    private readonly ledgerDemo: LedgerDemoSeed,
  ) {}

  async run(): Promise<boolean> {
    if (await this.users.findByEmail(DEMO_USERS[0].email)) return false;
    await runWithRequestContext({ requestId: 'demo-seed', actor: SYSTEM_ACTOR }, async () => {
      this.logger.log('Demo: organizations and users');
      const orgIds = new Map<string, string>();
      for (const org of DEMO_ORGANIZATIONS) {
        orgIds.set(org.name, (await this.organizations.create(org)).id);
      }
      const applicants: Array<{ actor: AuthUser; organizationId: string; county: string }> = [];
      for (const user of DEMO_USERS) {
        const organizationId = 'organization' in user ? orgIds.get(user.organization) : undefined;
        const created = await this.users.create(
          {
            email: user.email,
            name: user.name,
            roles: [...user.roles],
            password: DEMO_PASSWORD,
            organizationId,
            organizationRole: organizationId ? MembershipRole.OWNER : undefined,
          },
          SYSTEM_ACTOR,
        );
        if (organizationId && 'organization' in user) {
          applicants.push({
            actor: {
              id: created.id,
              email: created.email,
              name: created.name,
              roles: created.roles,
              sessionId: 'demo-seed',
            },
            organizationId,
            county: user.organization,
          });
        }
      }
      this.logger.log('Demo: the open round and its drafts');
      const round = await this.rounds.create(demoRound(this.clock.now()));
      await this.rounds.publish(round.id);
      // A draft begun by each county, so the editor has something in it.
      const [healthLed, dataAgreement] = PORP_CHECKLIST_2023.items;
      for (const { actor, organizationId, county } of applicants) {
        const draft = await runWithRequestContext({ requestId: 'demo-seed', actor }, () =>
          this.applications.create(actor, round.id, organizationId),
        );
        await runWithRequestContext({ requestId: 'demo-seed', actor }, () =>
          this.applications.save(actor, draft.id, draft.version, {
            title: `${county} post-overdose response team`,
            summary: `A health-led team from ${county} reaches people within 72 hours of a non-fatal overdose, offering naloxone, supplies and a warm hand-off to treatment.`,
            requestedCents: 20_000_000n,
            responses: [
              {
                itemKey: healthLed.key,
                narrative: `The ${county} Health Department leads the program; a peer recovery specialist leads every visit.`,
                selfRating: 2,
              },
              {
                itemKey: dataAgreement.key,
                narrative: 'A data-sharing agreement with EMS is being drafted.',
                selfRating: 1,
              },
            ],
          }),
        );
      }
      this.logger.log('Demo: the round in review');
      await this.reviewRound.run(DEMO_PASSWORD);
      const buncombe = applicants.find((a) => a.county === 'Buncombe County')!;
      const grantee = (await this.users.findByEmail(buncombe.actor.email))!;
      const officer = (await this.users.findByEmail(DEMO_USERS[0].email))!;
      this.logger.log('Demo: the decided round and its reports');
      const awardId = await this.reportingRound.run(
        { user: grantee, organizationId: buncombe.organizationId, county: buncombe.county },
        officer,
      );
      this.logger.log('Demo: the settlement fund');
      await this.ledgerDemo.run(DEMO_PASSWORD, orgIds.get('Alamance County')!);
      const finance = (await this.users.findByEmail('finance@abate.test'))!;
      this.logger.log('Demo: payments');
      await this.paymentsSeed.run(awardId, grantee, officer, finance);
    });
    this.logger.log('Demo data seeded');
    return true;
  }
}
