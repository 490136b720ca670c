/** Test factories for portfolio figures (`@abate/testing/portfolio`): several awards in one round, reports filed over GraphQL. */
import { runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import { gql } from '@abate/api/testing';
import type { TestApp } from '@abate/api/testing';
import { AwardEntity, DecisionKind, DecisionsService } from '@abate/api/awards';
import type { FundingRoundEntity } from '@abate/api/rounds';
import type { TestUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { submittedApplication } from '@abate/testing/reviews';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';

/** A plausible quarter with every metric entered, nothing to confirm and no safeguard flag. */
const BASE_QUARTER: Record<string, number> = {
  referrals_received: 40,
  referrals_from_police: 12,
  referrals_from_ems: 15,
  referrals_from_hospital: 10,
  referrals_from_self_or_family: 3,
  contact_attempts: 95,
  median_hours_to_first_attempt: 26.5,
  survivors_reached: 22,
  network_members_reached: 9,
  naloxone_kits: 60,
  test_strips: 150,
  treatment_referrals: 8,
  moud_starts: 5,
  social_referrals: 11,
  repeat_overdoses: 2,
  visits_with_police_present: 4,
  visits_with_uniformed_police: 0,
  warrant_checks: 0,
  arrests_during_outreach: 0,
};

/** Every metric of the file, at BASE_QUARTER with overrides. */
export function quarterMetrics(overrides: Record<string, number> = {}): Array<{ key: string; value: number }> {
  return QUARTERLY_METRICS.metrics.map((m) => ({ key: m.key, value: overrides[m.key] ?? BASE_QUARTER[m.key] }));
}

export interface Grantee {
  award: AwardEntity;
  owner: TestUser;
}

/**
 * One round (grant 2027 by default) with a released award per entry, each to a
 * new organization whose application asks for `amountCents` (the factory's
 * budget: personnel = amount - $10,000, supplies = $10,000; target 300 survivors
 * reached). Decided as the system, like createAward.
 */
export async function awardsInOneRound(
  t: TestApp,
  grantees: Array<{ organizationName?: string; amountCents?: number | bigint }>,
  terms: { grantStart?: string; grantEnd?: string } = {},
): Promise<{ round: FundingRoundEntity; grantees: Grantee[] }> {
  const round = await createRound(t, {
    grantStart: terms.grantStart ?? '2027-01-01',
    grantEnd: terms.grantEnd ?? '2027-12-31',
  });
  const submitted: Array<Awaited<ReturnType<typeof submittedApplication>> & { amountCents: bigint }> = [];
  for (const g of grantees) {
    submitted.push({
      ...(await submittedApplication(t, round.id, {
        requestedCents: g.amountCents ?? 10_000_000,
        organizationName: g.organizationName,
      })),
      amountCents: BigInt(g.amountCents ?? 10_000_000),
    });
  }
  const decisions = t.get(DecisionsService);
  const previous = t.clock.fixedAt;
  t.clock.set(round.closesAt);
  try {
    await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, async () => {
      for (const s of submitted) {
        await decisions.decide(SYSTEM_ACTOR, s.application.id, {
          decision: DecisionKind.AWARD,
          amountCents: s.amountCents,
          overrideReason: 'Test award',
        });
      }
      await decisions.release(round.id);
    });
  } finally {
    if (previous) t.clock.set(previous);
    else t.clock.reset();
  }
  const repository = t.dataSource.getRepository(AwardEntity);
  return {
    round,
    grantees: await Promise.all(
      submitted.map(async (s) => ({
        award: await repository.findOneByOrFail({ applicationId: s.application.id }),
        owner: s.owner,
      })),
    ),
  };
}

const MILESTONES = 'query($id: ID!) { award(id: $id) { milestones { id label kind } } }';
const SAVE =
  'mutation($m: ID!, $v: Int, $i: QuarterlyReportInput!) { saveQuarterlyReport(milestoneId: $m, version: $v, input: $i) { id version check { errors { field message } } } }';
const SUBMIT = 'mutation($id: ID!, $v: Int!) { submitQuarterlyReport(reportId: $id, version: $v) { id status } }';
const REVIEW =
  'mutation($id: ID!, $d: ReportDecision!, $n: String) { reviewQuarterlyReport(reportId: $id, decision: $d, note: $n) { id status } }';

/** The award's milestone ids by label ("2027 Q1", …, "Final report"), read as its owner. */
export async function milestoneIds(t: TestApp, grantee: Grantee): Promise<Map<string, string>> {
  const res = await gql<{ award: { milestones: Array<{ id: string; label: string }> } }>(
    t,
    MILESTONES,
    { id: grantee.award.id },
    { token: grantee.owner.token },
  );
  if (!res.data) throw new Error(`Reading milestones failed: ${JSON.stringify(res.errors)}`);
  return new Map(res.data.award.milestones.map((m) => [m.label, m.id]));
}

/**
 * Files the grantee's report for the milestone labelled `label` through the
 * GraphQL mutations, as its owner: saved, then submitted unless `submit` is
 * false; an officer may then ACCEPT it or REQUEST_CHANGES.
 */
export async function fileReport(
  t: TestApp,
  grantee: Grantee,
  label: string,
  report: { metrics?: Record<string, number>; spending?: Array<{ category: string; amountCents: number }> },
  options: { submit?: boolean; review?: { officer: TestUser; decision: 'ACCEPT' | 'REQUEST_CHANGES' } } = {},
): Promise<{ id: string; status: string }> {
  const milestoneId = (await milestoneIds(t, grantee)).get(label);
  if (!milestoneId) throw new Error(`No milestone ${label}`);
  const auth = { token: grantee.owner.token };
  const saved = await gql<{ saveQuarterlyReport: { id: string; version: number; check: { errors: unknown[] } } }>(
    t,
    SAVE,
    { m: milestoneId, v: null, i: { metrics: quarterMetrics(report.metrics), spending: report.spending ?? [] } },
    auth,
  );
  if (!saved.data) throw new Error(`Saving ${label} failed: ${JSON.stringify(saved.errors)}`);
  const { id, version } = saved.data.saveQuarterlyReport;
  if (options.submit === false) return { id, status: 'DRAFT' };
  const submitted = await gql<{ submitQuarterlyReport: { status: string } }>(t, SUBMIT, { id, v: version }, auth);
  if (!submitted.data) throw new Error(`Submitting ${label} failed: ${JSON.stringify(submitted.errors)}`);
  if (!options.review) return { id, status: submitted.data.submitQuarterlyReport.status };
  const reviewed = await gql<{ reviewQuarterlyReport: { status: string } }>(
    t,
    REVIEW,
    {
      id,
      d: options.review.decision,
      n: options.review.decision === 'REQUEST_CHANGES' ? 'Please split referrals by source.' : null,
    },
    { token: options.review.officer.token },
  );
  if (!reviewed.data) throw new Error(`Reviewing ${label} failed: ${JSON.stringify(reviewed.errors)}`);
  return { id, status: reviewed.data.reviewQuarterlyReport.status };
}

/** The rows of a CSV download (RFC 4180 quoting; no line breaks inside cells), without its BOM. */
export function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      return cells;
    });
}
