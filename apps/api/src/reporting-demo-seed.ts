import { Injectable } from '@nestjs/common';
import { Clock, runWithRequestContext } from '@abate/api/core';
import { OrganizationKind, UsersService } from '@abate/api/organizations';
import type { UserEntity } from '@abate/api/organizations';
import { RoundsService } from '@abate/api/rounds';
import { ApplicationsService, LawEnforcementRole } from '@abate/api/applications';
import {
  AssignReviewersService,
  DeclareConflictService,
  ScoreReviewService,
  SubmitReviewService,
} from '@abate/api/reviews';
import { AwardsService, DecisionKind, DecisionsService } from '@abate/api/awards';
import { MilestonesService, ReportDecision, ReportsService } from '@abate/api/reporting';
import { addDays, dateInZone, daysBetween } from '@abate/shared/calendar';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { actorOf, answersFor } from './review-demo-seed';

const DAY = 86_400_000;
const TIME_ZONE = 'America/New_York';

/** A plausible quarter for a mid-sized county program; small counts on purpose, so the public page suppresses some. */
function quarterFigures(quarter: number): Array<{ key: string; value: number }> {
  const grow = (base: number) => base + quarter * Math.round(base / 10);
  return [
    { key: 'referrals_received', value: grow(48) },
    { key: 'referrals_from_police', value: grow(22) },
    { key: 'referrals_from_ems', value: grow(15) },
    { key: 'referrals_from_hospital', value: 8 },
    { key: 'referrals_from_self_or_family', value: 3 },
    { key: 'contact_attempts', value: grow(130) },
    { key: 'median_hours_to_first_attempt', value: 40 - quarter * 4.5 },
    { key: 'survivors_reached', value: grow(31) },
    { key: 'network_members_reached', value: grow(12) },
    { key: 'naloxone_kits', value: grow(85) },
    { key: 'test_strips', value: grow(160) },
    { key: 'treatment_referrals', value: grow(14) },
    { key: 'moud_starts', value: 6 + quarter },
    { key: 'social_referrals', value: grow(11) },
    { key: 'repeat_overdoses', value: 2 },
    { key: 'visits_with_police_present', value: 0 },
    { key: 'visits_with_uniformed_police', value: 0 },
    { key: 'warrant_checks', value: 0 },
    { key: 'arrests_during_outreach', value: 0 },
  ];
}

/** The first day of the calendar quarter `back` quarters before the one containing `date`. */
function quarterStart(date: string, back: number): string {
  const [year, month] = date.split('-').map(Number);
  const index = year * 4 + Math.floor((month - 1) / 3) - back;
  return `${Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * The demo's third round: decided last year, with Buncombe County's award
 * reporting for a year: two quarters accepted, one submitted and waiting for
 * the officer, one overdue. Each step runs at the time it would have happened.
 */
@Injectable()
export class ReportingDemoSeed {
  constructor(
    private readonly users: UsersService,
    private readonly rounds: RoundsService,
    private readonly applications: ApplicationsService,
    private readonly assigning: AssignReviewersService,
    private readonly declaring: DeclareConflictService,
    private readonly scoring: ScoreReviewService,
    private readonly submitting: SubmitReviewService,
    private readonly decisions: DecisionsService,
    private readonly awards: AwardsService,
    private readonly reports: ReportsService,
    private readonly milestones: MilestonesService,
  ) {}

  /** Returns the award's id. */
  async run(
    grantee: { user: UserEntity; organizationId: string; county: string },
    officer: UserEntity,
  ): Promise<string> {
    const today = dateInZone(new Date(), TIME_ZONE);
    // Four reported quarters, the last of them past its due date (30 days after it ends):
    // early in a quarter the previous one is still only due, so start a quarter earlier.
    const back = daysBetween(quarterStart(today, 0), today) > 30 ? 4 : 5;
    const grantStart = quarterStart(today, back);
    const grantEnd = addDays(quarterStart(today, back - 8), -1); // two years
    const at = (date: string, hour = 15) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

    const opens = at(addDays(grantStart, -150));
    const round = await Clock.runAsOf(opens, async () => {
      const created = await this.rounds.create({
        title: 'Post-overdose outreach grants 2025 (awarded)',
        description: 'The pilot round: one county program funded for two years, now reporting every quarter.',
        checklistKey: PORP_CHECKLIST_2023.key,
        checklistVersion: PORP_CHECKLIST_2023.version,
        opensAt: opens,
        closesAt: at(addDays(grantStart, -90), 22),
        timeZone: TIME_ZONE,
        budgetCents: 50_000_000n,
        minAwardCents: 10_000_000n,
        maxAwardCents: 40_000_000n,
        eligibleKinds: [OrganizationKind.COUNTY],
        reviewersPerApplication: 2,
        grantStart,
        grantEnd,
      });
      return this.rounds.publish(created.id);
    });

    const applicant = actorOf(grantee.user);
    const application = await runWithRequestContext({ requestId: 'demo-seed', actor: applicant }, () =>
      Clock.runAsOf(at(addDays(grantStart, -110)), async () => {
        const draft = await this.applications.create(applicant, round.id, grantee.organizationId);
        const saved = await this.applications.save(
          applicant,
          draft.id,
          draft.version,
          answersFor({ name: grantee.county, requested: 30_000_000, quality: 3, role: LawEnforcementRole.DATA_ONLY }),
        );
        return (await this.applications.submit(applicant, saved.id, saved.version)).application;
      }),
    );

    for (const email of ['reviewer1@abate.test', 'reviewer2@abate.test']) {
      const reviewer = actorOf((await this.users.findByEmail(email))!);
      await runWithRequestContext({ requestId: 'demo-seed', actor: reviewer }, () =>
        Clock.runAsOf(at(addDays(grantStart, -80)), async () => {
          const assignment = await this.assigning.assignOne(application.id, reviewer.id);
          const opened = await this.declaring.declare(reviewer, assignment.id, false, undefined);
          const scores = PORP_CHECKLIST_2023.items.map((item, i) => ({
            itemKey: item.key,
            rating: i % 5 === 0 ? 2 : 3,
            comment: '',
          }));
          const saved = await this.scoring.save(reviewer, opened.id, opened.version, {
            scores,
            overallComment: 'A strong, health-led program.',
          });
          await this.submitting.submit(reviewer, saved.id);
        }),
      );
    }

    const officerActor = actorOf(officer);
    await runWithRequestContext({ requestId: 'demo-seed', actor: officerActor }, () =>
      Clock.runAsOf(at(addDays(grantStart, -60)), async () => {
        await this.decisions.decide(officerActor, application.id, {
          decision: DecisionKind.AWARD,
          amountCents: 30_000_000n,
          conditions: 'Quarterly reports within 30 days of each quarter’s end.',
        });
        await this.decisions.release(round.id);
      }),
    );

    const [award] = (await this.awards.list(officerActor, { first: 1, roundId: round.id })).nodes;
    const milestones = (await this.milestones.ofAwards([award.id]))
      .get(award.id)!
      .filter((m) => m.kind === 'QUARTERLY');
    // Quarters 1 and 2 accepted, quarter 3 submitted, quarter 4 left overdue.
    for (const [quarter, milestone] of milestones.slice(0, 3).entries()) {
      const sentOn = at(addDays(milestone.dueDate, -6));
      const report = await runWithRequestContext({ requestId: 'demo-seed', actor: applicant }, () =>
        Clock.runAsOf(sentOn, async () => {
          const saved = await this.reports.save(applicant, milestone.id, null, {
            metrics: quarterFigures(quarter),
            spending: [
              { category: 'personnel', amountCents: 2_600_000n + BigInt(quarter) * 100_000n },
              { category: 'travel', amountCents: 240_000n },
              { category: 'supplies', amountCents: 480_000n },
            ],
            narrative: {
              successes: `Reached ${quarterFigures(quarter)[7].value} survivors; every visit was led by a peer recovery specialist.`,
              challenges: 'Hospital referrals remain low; we are meeting the emergency department leads.',
            },
          });
          return this.reports.submit(applicant, saved.id, saved.version);
        }),
      );
      if (quarter < 2) {
        await runWithRequestContext({ requestId: 'demo-seed', actor: officerActor }, () =>
          Clock.runAsOf(new Date(sentOn.getTime() + 3 * DAY), () =>
            this.reports.review(report.id, ReportDecision.ACCEPT, undefined),
          ),
        );
      }
    }
    return award.id;
  }
}
