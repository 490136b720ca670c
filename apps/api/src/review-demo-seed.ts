import { Injectable } from '@nestjs/common';
import { Clock, Role, runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { MembershipRole, OrganizationKind, OrganizationsService, UsersService } from '@abate/api/organizations';
import type { UserEntity } from '@abate/api/organizations';
import { RoundsService } from '@abate/api/rounds';
import { ApplicationsService, LawEnforcementRole } from '@abate/api/applications';
import {
  AssignmentStatus,
  AssignReviewersService,
  DeclareConflictService,
  ScoreReviewService,
  SubmitReviewService,
} from '@abate/api/reviews';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';

const DAY = 86_400_000;

/** Counties with a submitted application in the demo's closed round; quality steers the reviewers' ratings. */
const REVIEW_APPLICANTS = [
  {
    name: 'Durham County',
    fipsCode: '37063',
    population: 324_833,
    email: 'durham@abate.test',
    quality: 3,
    requested: 35_000_000,
    role: LawEnforcementRole.DATA_ONLY,
  },
  {
    name: 'Orange County',
    fipsCode: '37135',
    population: 148_696,
    email: 'orange@abate.test',
    quality: 2.5,
    requested: 25_000_000,
    role: LawEnforcementRole.NONE,
  },
  {
    name: 'Wake County',
    fipsCode: '37183',
    population: 1_129_410,
    email: 'wake@abate.test',
    quality: 2,
    requested: 40_000_000,
    role: LawEnforcementRole.PLAIN_CLOTHES_ACCOMPANY,
  },
  {
    name: 'Guilford County',
    fipsCode: '37081',
    population: 541_299,
    email: 'guilford@abate.test',
    quality: 1.5,
    requested: 30_000_000,
    role: LawEnforcementRole.DATA_ONLY,
  },
  {
    name: 'Robeson County',
    fipsCode: '37155',
    population: 116_530,
    email: 'robeson@abate.test',
    quality: 2.5,
    requested: 20_000_000,
    role: LawEnforcementRole.POLICE_LED,
  },
];

export const actorOf = (user: UserEntity): AuthUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: user.roles,
  sessionId: 'demo-seed',
});

/** A complete application for a demo county, its quality showing only in the reviewers' ratings. */
export function answersFor(county: { name: string; requested: number; quality: number; role: LawEnforcementRole }) {
  const policeLed = county.role === LawEnforcementRole.POLICE_LED;
  return {
    title: `${county.name} post-overdose outreach`,
    summary: `${county.name} will reach survivors of non-fatal overdoses within 72 hours with naloxone, harm-reduction supplies and a warm hand-off to treatment.`,
    requestedCents: BigInt(county.requested),
    lawEnforcementRole: county.role,
    warrantChecks: policeLed,
    responses: PORP_CHECKLIST_2023.items.map((item) => ({
      itemKey: item.key,
      narrative: `${item.title}. ${county.name} describes how its team does this: ${item.description} Staff, partners and policies are named, and progress will be reported every quarter.`,
      selfRating: Math.min(3, Math.round(county.quality)),
    })),
    budgetLines: [
      {
        category: 'personnel',
        description: 'Outreach workers and a peer recovery specialist',
        amountCents: BigInt(county.requested) - 4_000_000n - (policeLed ? 0n : 2_000_000n),
      },
      { category: 'travel', description: 'Mileage for home visits', amountCents: 2_000_000n },
      ...(policeLed
        ? [{ category: 'equipment', description: 'Vehicle equipment', amountCents: 2_000_000n }]
        : [{ category: 'supplies', description: 'Naloxone kits and test strips', amountCents: 4_000_000n }]),
    ],
    targets: [
      { metricKey: 'survivors_reached', value: 250 },
      { metricKey: 'treatment_referrals', value: 90 },
    ],
  };
}

/** A reviewer's rating of an item: around the application's quality, varied by item and reviewer. */
function ratingOf(
  quality: number,
  itemIndex: number,
  reviewerIndex: number,
  policeLed: boolean,
  itemKey: string,
): number {
  if (policeLed && itemKey === 'law-enforcement.no-warrant-checks') return 0;
  const wobble = (((itemIndex * 7 + reviewerIndex * 3) % 3) - 1) * 0.5;
  return Math.max(0, Math.min(3, Math.round(quality + wobble)));
}

/**
 * The demo's second round: closed three days ago, with five submitted
 * applications, reviewers 1 and 2 done, and reviewer 3 still to declare
 * conflicts, so a newcomer sees a ranking and a funding line at once. Built by
 * running each step at the time it would have happened (Clock.runAsOf).
 */
@Injectable()
export class ReviewDemoSeed {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly rounds: RoundsService,
    private readonly applications: ApplicationsService,
    private readonly assigning: AssignReviewersService,
    private readonly declaring: DeclareConflictService,
    private readonly scoring: ScoreReviewService,
    private readonly submitting: SubmitReviewService,
  ) {}

  async run(password: string): Promise<void> {
    const now = Date.now();
    const closesAt = new Date(now - 3 * DAY);
    closesAt.setUTCHours(22, 0, 0, 0);
    const round = await Clock.runAsOf(new Date(now - 60 * DAY), async () => {
      const created = await this.rounds.create({
        title: 'Post-overdose outreach grants 2026 (in review)',
        description:
          'The first round of settlement-funded outreach grants: applications are in and reviewers are scoring them against the 2023 best-practice checklist.',
        checklistKey: PORP_CHECKLIST_2023.key,
        checklistVersion: PORP_CHECKLIST_2023.version,
        opensAt: new Date(now - 60 * DAY),
        closesAt,
        timeZone: 'America/New_York',
        budgetCents: 80_000_000n,
        minAwardCents: 10_000_000n,
        maxAwardCents: 40_000_000n,
        eligibleKinds: [OrganizationKind.COUNTY, OrganizationKind.CITY, OrganizationKind.TRIBE],
        reviewersPerApplication: 2,
        grantStart: '2026-07-01',
        grantEnd: '2028-06-30',
      });
      return this.rounds.publish(created.id);
    });

    for (const [i, county] of REVIEW_APPLICANTS.entries()) {
      const org = await this.organizations.create({
        name: county.name,
        kind: OrganizationKind.COUNTY,
        state: 'NC',
        fipsCode: county.fipsCode,
        population: county.population,
      });
      const owner = await this.users.create(
        {
          email: county.email,
          name: `${county.name} grants office`,
          roles: [Role.APPLICANT],
          password,
          organizationId: org.id,
          organizationRole: MembershipRole.OWNER,
        },
        SYSTEM_ACTOR,
      );
      const actor = actorOf(owner);
      await runWithRequestContext({ requestId: 'demo-seed', actor }, () =>
        Clock.runAsOf(new Date(closesAt.getTime() - (10 - i) * DAY), async () => {
          const draft = await this.applications.create(actor, round.id, org.id);
          const saved = await this.applications.save(actor, draft.id, draft.version, answersFor(county));
          await this.applications.submit(actor, saved.id, saved.version);
        }),
      );
    }

    const reviewers = await this.assigning.reviewers();
    const byEmail = (email: string) => reviewers.find((r) => r.email === email)!;
    const team = ['reviewer1@abate.test', 'reviewer2@abate.test', 'reviewer3@abate.test'].map(byEmail);
    const assignments = await this.assigning.assignMany(
      round.id,
      team.map((r) => r.id),
      2,
    );
    const quality = new Map<string, (typeof REVIEW_APPLICANTS)[number]>();
    for (const county of REVIEW_APPLICANTS) {
      const [app] = (await this.applications.list(SYSTEM_ACTOR_READER, { first: 100, roundId: round.id })).nodes.filter(
        (a) => a.title === answersFor(county).title,
      );
      if (app) quality.set(app.id, county);
    }
    for (const assignment of assignments) {
      const reviewerIndex = team.findIndex((r) => r.id === assignment.reviewerId);
      // Reviewer 3 is left to declare conflicts, so the demo shows that step too.
      if (reviewerIndex === 2 || assignment.status !== AssignmentStatus.PENDING_COI) continue;
      const county = quality.get(assignment.applicationId)!;
      const actor = actorOf(team[reviewerIndex]);
      await runWithRequestContext({ requestId: 'demo-seed', actor }, async () => {
        const opened = await this.declaring.declare(actor, assignment.id, false, undefined);
        const scores = PORP_CHECKLIST_2023.items.map((item, itemIndex) => {
          const rating = ratingOf(
            county.quality,
            itemIndex,
            reviewerIndex,
            county.role === LawEnforcementRole.POLICE_LED,
            item.key,
          );
          return {
            itemKey: item.key,
            rating,
            comment: rating === 0 ? 'The application describes warrant checks on people referred.' : '',
          };
        });
        const saved = await this.scoring.save(actor, opened.id, opened.version, {
          scores,
          overallComment: `Reviewed ${county.name} against the checklist.`,
        });
        await this.submitting.submit(actor, saved.id);
      });
    }
  }
}

/** Lists applications as an auditor would (all of them); the seed only reads. */
const SYSTEM_ACTOR_READER: AuthUser = { ...SYSTEM_ACTOR, roles: [Role.AUDITOR] };
