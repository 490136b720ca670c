/**
 * The scale seed: a grant portal a few years into its life, generated from one
 * seed number so every run (and every machine) gets the same rows. Rows are
 * written in batches with INSERT ... SELECT FROM unnest($1::uuid[], ...), one
 * statement per batch; everything the API checks (checklist answers, review
 * scores, report metrics and spending) follows the same rules as its validators.
 */
import { hash } from '@node-rs/argon2';
import type { Pool, PoolClient } from 'pg';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import { reportingSchedule } from '@abate/shared/calendar';
import { STATE_FIPS } from '@abate/shared/jurisdictions';
import { benchToken, Random, tokenHash } from './random';
import { ProgressBar } from './progress';

export const BENCH_PASSWORD = 'abate-bench';
export const EMAIL_DOMAIN = 'bench.abate.test';

export const SCALE = {
  rounds: 40,
  organizations: 2_000,
  reviewers: 400,
  officers: 5,
  auditors: 2,
  bigRoundApplications: 1_000,
  decidedRounds: 30,
  applicationsPerDecidedRound: 300,
  awards: 5_000,
  reviewsPerApplication: 4,
  reportedQuarters: 6,
  /** The state-sized settlement fund: receipts + 59 months of interest + expenditures > 50,000 entries. */
  ledgerReceipts: 2_000,
  ledgerExpenditures: 48_000,
  /** Payment requests per award: the first paid, the others anywhere from draft to paid (about 1,500 wait for an officer). */
  paymentRequestsPerAward: 2,
} as const;

/** Round 0 is in review with 1,000 reviewed applications; rounds 1-30 are decided; then open and draft rounds. */
export const BIG_ROUND_TITLE = 'Statewide post-overdose outreach 2027';
const OPEN_ROUNDS = [31, 32, 33, 34, 35];

const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const KINDS = ['COUNTY', 'CITY', 'TRIBE', 'STATE_AGENCY', 'NONPROFIT'] as const;
const KIND_WEIGHTS: ReadonlyArray<readonly [(typeof KINDS)[number], number]> = [
  ['COUNTY', 55],
  ['CITY', 25],
  ['TRIBE', 5],
  ['STATE_AGENCY', 5],
  ['NONPROFIT', 10],
];
const KIND_NAMES: Record<(typeof KINDS)[number], string> = {
  COUNTY: 'County',
  CITY: 'City',
  TRIBE: 'Tribal Nation',
  STATE_AGENCY: 'Department of Health',
  NONPROFIT: 'Recovery Alliance',
};
const PLACES = [
  'Alamance',
  'Buncombe',
  'Catawba',
  'Durham',
  'Forsyth',
  'Guilford',
  'Haywood',
  'Iredell',
  'Johnston',
  'Lenoir',
  'Madison',
  'Nash',
  'Onslow',
  'Pitt',
  'Rowan',
  'Surry',
  'Tyrrell',
  'Union',
  'Vance',
  'Wake',
  'Yadkin',
  'Ashe',
  'Bertie',
  'Cherokee',
  'Dare',
  'Edgecombe',
  'Franklin',
  'Gaston',
  'Halifax',
  'Jackson',
  'Lincoln',
  'Martin',
  'Northampton',
  'Orange',
  'Pender',
  'Richmond',
  'Sampson',
  'Transylvania',
  'Warren',
  'Wilkes',
];
const SENTENCES = [
  'A peer and a nurse visit together, within 72 hours of the referral, and always ask for consent first.',
  'Police share overdose data under a written agreement and never join visits or run warrant checks.',
  'Every contact offers naloxone, fentanyl test strips and a same-day path to medication for opioid use disorder.',
  'Staff with lived experience lead the outreach, are paid fairly, and meet weekly for supervision and support.',
  'We leave discreet materials when no one is home and never tell neighbours or family why we came.',
  'Referrals come from EMS, emergency departments and police reports, and each source is tracked separately.',
  'Housing, food and transport needs are referred the same week through our community partners.',
  'Quarterly reports carry aggregate counts only: no names, addresses or other details of survivors.',
  'Family members and friends are offered training and naloxone, with the survivor’s consent.',
  'A data firewall keeps outreach records away from law enforcement systems, audited twice a year.',
  'Follow-up continues for ninety days, by phone, text or in person, at the survivor’s choice.',
  'Unhoused survivors are reached at shelters and encampments with the same consent-first approach.',
];
const SUMMARIES = [
  'A peer-led team reaches survivors within 72 hours of a non-fatal overdose.',
  'Nurse and peer pairs offer naloxone, test strips and a warm hand-off to treatment after every overdose.',
  'A health-department program that follows up every EMS overdose call with a consent-first visit.',
  'Community health workers with lived experience reach survivors and their families after an overdose.',
];
const COMMENTS = [
  'Not described in the application.',
  'Partly described; key details are missing.',
  'Clear.',
  'Clear, with evidence it is already practiced.',
];

// Fixed instants: the same seed writes the same rows whenever it runs.
const T = (iso: string) => new Date(iso);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

interface Column {
  name: string;
  /** The element type of the unnest array; a column that is itself an array is sent as array literals and cast. */
  type: string;
}

type Row = unknown[];

/** Inserts `total` rows produced lazily by `produce`, `batch` rows per INSERT ... SELECT FROM unnest(...). */
async function insertRows(
  client: PoolClient,
  table: string,
  columns: Column[],
  total: number,
  produce: (i: number) => Row,
  batch = 2_000,
): Promise<number> {
  const bar = new ProgressBar(table, total);
  const params = columns.map((c, i) => `$${i + 1}::${c.type.endsWith('[]') ? 'text' : c.type}[]`);
  const selects = columns.map((c) => (c.type.endsWith('[]') ? `x."${c.name}"::${c.type}` : `x."${c.name}"`));
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) SELECT ${selects.join(', ')} FROM unnest(${params.join(', ')}) AS x(${columns.map((c) => `"${c.name}"`).join(', ')})`;
  for (let start = 0; start < total; start += batch) {
    const end = Math.min(total, start + batch);
    const values: unknown[][] = columns.map(() => new Array(end - start));
    for (let i = start; i < end; i++) {
      const row = produce(i);
      for (let c = 0; c < columns.length; c++) values[c][i - start] = row[c];
    }
    await client.query(sql, values);
    bar.tick(end - start);
  }
  bar.finish();
  return total;
}

const cols = (spec: string): Column[] =>
  spec.split(',').map((part) => {
    const [name, type] = part.trim().split(/\s+/);
    return { name, type };
  });

/** `{A,B}` for a text[] column. */
const arrayLiteral = (values: readonly string[]) => `{${values.map((v) => `"${v}"`).join(',')}}`;

export interface SeedCounts {
  [table: string]: number;
}

interface Org {
  id: string;
  kind: string;
  population: number;
  ownerId: string;
  ownerEmail: string;
}

interface App {
  id: string;
  roundIndex: number;
  org: Org;
  quality: number;
  requestedCents: number;
  budgetLines: Array<{ category: string; description: string; amountCents: number }>;
  submittedAt: Date;
}

/**
 * Fills an empty, migrated database (the API's start-up has run: migrations and
 * the shipped checklist) with the scale data set. Returns rows per table.
 */
/** The state-sized fund the bench measures (its fund page and annual report). */
export const LEDGER_FUND_NAME = 'State Opioid Settlement Fund (scale)';

/** 90% remediation, then administration, non-remediation and audit. */
function ledgerClass(x: number): string {
  return x < 0.9 ? 'REMEDIATION' : x < 0.95 ? 'ADMINISTRATIVE' : x < 0.98 ? 'NON_REMEDIATION' : 'AUDIT';
}

export async function seedScale(pool: Pool, seed: number): Promise<SeedCounts> {
  const rng = new Random(seed);
  const counts: SeedCounts = {};
  const client = await pool.connect();
  try {
    await client.query(`SET synchronous_commit = off`);
    // The start-up inserted the checklist with a random id: give it one from the seed.
    const checklistId = rng.uuid();
    await client.query(
      `UPDATE checklist_versions SET id = $1, published_at = $2, created_at = $2, updated_at = $2 WHERE key = $3 AND label = $4`,
      [checklistId, T('2023-06-01T12:00:00Z'), PORP_CHECKLIST_2023.key, PORP_CHECKLIST_2023.version],
    );
    const items = PORP_CHECKLIST_2023.items;
    // One argon2 hash for every seeded user (the salt comes from the seed too): sign-in works with BENCH_PASSWORD.
    const salt = Buffer.from(Array.from({ length: 16 }, () => rng.int(0, 255)));
    const passwordHash = await hash(BENCH_PASSWORD, {
      algorithm: 2,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
      salt,
    });

    // --- people -------------------------------------------------------------
    interface User {
      id: string;
      email: string;
      name: string;
      roles: string[];
      createdAt: Date;
    }
    const users: User[] = [];
    const staff = (prefix: string, count: number, role: string, name: string) =>
      Array.from({ length: count }, (_, i) => {
        const user = {
          id: rng.uuid(),
          email: `${prefix}${i + 1}@${EMAIL_DOMAIN}`,
          name: `${name} ${i + 1}`,
          roles: [role],
          createdAt: addDays(T('2023-01-02T15:00:00Z'), i % 300),
        };
        users.push(user);
        return user;
      });
    const officers = staff('officer', SCALE.officers, 'PROGRAM_OFFICER', 'Program Officer');
    staff('auditor', SCALE.auditors, 'AUDITOR', 'Auditor');
    const reviewers = staff('reviewer', SCALE.reviewers, 'REVIEWER', 'Reviewer');
    const reviewerBias = reviewers.map(() => (rng.next() - 0.5) * 0.8);

    const states = Object.keys(STATE_FIPS);
    const orgs: Org[] = [];
    const memberships: Array<{ userId: string; orgId: string; role: string; at: Date }> = [];
    const orgRows: Row[] = [];
    for (let i = 0; i < SCALE.organizations; i++) {
      const kind = rng.weighted(KIND_WEIGHTS);
      const state = rng.pick(states);
      const place = PLACES[i % PLACES.length];
      const name = `${place} ${KIND_NAMES[kind]}${i >= PLACES.length ? ` ${Math.floor(i / PLACES.length) + 1}` : ''}`;
      const population = rng.int(5_000, 1_500_000);
      const createdAt = addDays(T('2023-02-01T14:00:00Z'), i % 400);
      const org: Org = { id: rng.uuid(), kind, population, ownerId: '', ownerEmail: '' };
      orgRows.push([
        org.id,
        name,
        kind,
        state,
        `${STATE_FIPS[state]}${String(i % 1000).padStart(3, '0')}`,
        population,
        createdAt,
        createdAt,
      ]);
      const owner: User = {
        id: rng.uuid(),
        email: `applicant${i + 1}@${EMAIL_DOMAIN}`,
        name: `Applicant ${i + 1}`,
        roles: ['APPLICANT'],
        createdAt,
      };
      users.push(owner);
      memberships.push({ userId: owner.id, orgId: org.id, role: 'OWNER', at: createdAt });
      org.ownerId = owner.id;
      org.ownerEmail = owner.email;
      if (i % 4 === 0) {
        const contributor: User = {
          id: rng.uuid(),
          email: `contributor${i + 1}@${EMAIL_DOMAIN}`,
          name: `Contributor ${i + 1}`,
          roles: ['APPLICANT'],
          createdAt,
        };
        users.push(contributor);
        memberships.push({ userId: contributor.id, orgId: org.id, role: 'CONTRIBUTOR', at: createdAt });
      }
      orgs.push(org);
    }
    // The ledger's rows come from their own stream, so adding them left every other table as it was.
    const ledgerRng = new Random(seed + 7_919);
    const financeUser = {
      id: ledgerRng.uuid(),
      email: `finance1@${EMAIL_DOMAIN}`,
      name: 'Finance Officer 1',
      roles: ['FINANCE_OFFICER'],
      createdAt: T('2023-01-02T15:00:00Z'),
    };
    users.push(financeUser);
    counts['organizations'] = await insertRows(
      client,
      'organizations',
      cols(
        'id uuid, name text, kind text, state text, fips_code text, population int, created_at timestamptz, updated_at timestamptz',
      ),
      orgRows.length,
      (i) => orgRows[i],
    );
    counts['users'] = await insertRows(
      client,
      'users',
      cols(
        'id uuid, email text, name text, password_hash text, roles text[], created_at timestamptz, updated_at timestamptz',
      ),
      users.length,
      (i) => {
        const u = users[i];
        return [u.id, u.email, u.name, passwordHash, arrayLiteral(u.roles), u.createdAt, u.createdAt];
      },
    );
    counts['memberships'] = await insertRows(
      client,
      'memberships',
      cols('user_id uuid, organization_id uuid, role text, created_at timestamptz'),
      memberships.length,
      (i) => {
        const m = memberships[i];
        return [m.userId, m.orgId, m.role, m.at];
      },
    );
    // A live session per user whose bearer token the bench derives from the seed and the email.
    counts['sessions'] = await insertRows(
      client,
      'sessions',
      cols('id uuid, user_id uuid, token_hash text, created_at timestamptz, expires_at timestamptz, user_agent text'),
      users.length,
      (i) => [
        rng.uuid(),
        users[i].id,
        tokenHash(benchToken(seed, users[i].email)),
        T('2026-01-01T00:00:00Z'),
        T('2099-12-31T00:00:00Z'),
        'abate-bench',
      ],
    );

    // --- rounds -------------------------------------------------------------
    interface Round {
      id: string;
      title: string;
      timeZone: string;
      stage: string;
      opensAt: Date;
      closesAt: Date;
      grantStart: string;
      grantEnd: string;
      budgetCents: number;
      decidedAt: Date | null;
    }
    const rounds: Round[] = [];
    for (let r = 0; r < SCALE.rounds; r++) {
      const timeZone = TIME_ZONES[r % TIME_ZONES.length];
      if (r === 0) {
        rounds.push({
          id: rng.uuid(),
          title: BIG_ROUND_TITLE,
          timeZone,
          stage: 'PUBLISHED',
          opensAt: T('2026-03-02T14:00:00Z'),
          closesAt: T('2026-09-30T21:00:00Z'),
          grantStart: '2027-01-01',
          grantEnd: '2028-06-30',
          budgetCents: 2_000_000_000,
          decidedAt: null,
        });
      } else if (r <= SCALE.decidedRounds) {
        const opensAt = addDays(T('2024-09-02T14:00:00Z'), r);
        rounds.push({
          id: rng.uuid(),
          title: `Post-overdose outreach 2025, cohort ${r}`,
          timeZone,
          stage: 'DECIDED',
          opensAt,
          closesAt: addDays(opensAt, 120),
          grantStart: '2025-04-01',
          grantEnd: '2026-12-31',
          budgetCents: 2_000_000_000,
          decidedAt: addDays(opensAt, 180),
        });
      } else if (OPEN_ROUNDS.includes(r)) {
        rounds.push({
          id: rng.uuid(),
          title: `Post-overdose outreach 2028, call ${r - 30}`,
          timeZone,
          stage: 'PUBLISHED',
          opensAt: addDays(T('2026-06-01T14:00:00Z'), r),
          closesAt: addDays(T('2030-06-28T21:00:00Z'), r),
          grantStart: '2030-10-01',
          grantEnd: '2032-09-30',
          budgetCents: 2_000_000_000,
          decidedAt: null,
        });
      } else {
        rounds.push({
          id: rng.uuid(),
          title: `Post-overdose outreach 2031 (draft ${r - 35})`,
          timeZone,
          stage: 'DRAFT',
          opensAt: addDays(T('2031-01-05T14:00:00Z'), r),
          closesAt: addDays(T('2031-04-30T21:00:00Z'), r),
          grantStart: '2031-10-01',
          grantEnd: '2033-09-30',
          budgetCents: 2_000_000_000,
          decidedAt: null,
        });
      }
    }
    counts['funding_rounds'] = await insertRows(
      client,
      'funding_rounds',
      cols(
        'id uuid, title text, description text, checklist_version_id uuid, opens_at timestamptz, closes_at timestamptz, time_zone text, budget_cents int, min_award_cents int, max_award_cents int, eligible_kinds text[], reviewers_per_application int, grant_start date, grant_end date, stage text, published_at timestamptz, decided_at timestamptz, created_at timestamptz, updated_at timestamptz',
      ),
      rounds.length,
      (i) => {
        const r = rounds[i];
        const createdAt = addDays(r.opensAt, -30);
        return [
          r.id,
          r.title,
          'Funding for post-overdose outreach programs that follow the 2023 best-practice checklist.',
          checklistId,
          r.opensAt,
          r.closesAt,
          r.timeZone,
          r.budgetCents,
          1_000_000,
          10_000_000,
          arrayLiteral(KINDS),
          SCALE.reviewsPerApplication,
          r.grantStart,
          r.grantEnd,
          r.stage,
          r.stage === 'DRAFT' ? null : addDays(r.opensAt, -7),
          r.decidedAt,
          createdAt,
          r.decidedAt ?? createdAt,
        ];
      },
    );

    // --- applications ---------------------------------------------------------
    const apps: App[] = [];
    const plan: Array<{ roundIndex: number; orgIndex: number }> = [];
    for (let j = 0; j < SCALE.bigRoundApplications; j++) plan.push({ roundIndex: 0, orgIndex: j });
    for (let r = 1; r <= SCALE.decidedRounds; r++) {
      for (let j = 0; j < SCALE.applicationsPerDecidedRound; j++)
        plan.push({ roundIndex: r, orgIndex: (r * SCALE.applicationsPerDecidedRound + j) % SCALE.organizations });
    }
    for (const { roundIndex, orgIndex } of plan) {
      const round = rounds[roundIndex];
      const requestedCents = rng.int(50, 100) * 100_000;
      const supplies = requestedCents / 5;
      const travel = rng.chance(0.3) ? 200_000 : 0;
      const budgetLines = [
        {
          category: 'personnel',
          description: 'Peer outreach workers and a nurse',
          amountCents: requestedCents - supplies - travel,
        },
        { category: 'supplies', description: 'Naloxone kits and fentanyl test strips', amountCents: supplies },
        ...(travel ? [{ category: 'travel', description: 'Mileage for home visits', amountCents: travel }] : []),
      ];
      const window = round.closesAt.getTime() - round.opensAt.getTime();
      apps.push({
        id: rng.uuid(),
        roundIndex,
        org: orgs[orgIndex],
        quality: 0.9 + rng.next() * 2,
        requestedCents,
        budgetLines,
        submittedAt: new Date(round.opensAt.getTime() + Math.floor(rng.next() * window * 0.95)),
      });
    }
    // Tracking ids follow submission order, as the sequence would have given them.
    const bySubmission = [...apps].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
    const trackingNumber = new Map(bySubmission.map((a, i) => [a.id, i + 1]));

    // Decided rounds: the best-scoring applications are awarded until the round's share of the 5,000 awards.
    const awardedIds = new Set<string>();
    for (let r = 1; r <= SCALE.decidedRounds; r++) {
      const share = Math.floor(SCALE.awards / SCALE.decidedRounds) + (r <= SCALE.awards % SCALE.decidedRounds ? 1 : 0);
      apps
        .filter((a) => a.roundIndex === r)
        .sort((a, b) => b.quality - a.quality)
        .slice(0, share)
        .forEach((a) => awardedIds.add(a.id));
    }
    const yearIn = (date: Date, timeZone: string) =>
      new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(date);
    counts['applications'] = await insertRows(
      client,
      'applications',
      cols(
        'id uuid, round_id uuid, organization_id uuid, status text, title text, summary text, requested_cents int, law_enforcement_role text, warrant_checks bool, responses jsonb, budget_lines jsonb, targets jsonb, tracking_id text, submitted_at timestamptz, submitted_by uuid, created_by uuid, created_at timestamptz, updated_at timestamptz, version int',
      ),
      apps.length,
      (i) => {
        const a = apps[i];
        const round = rounds[a.roundIndex];
        const decided = a.roundIndex > 0;
        const status = !decided ? 'SUBMITTED' : awardedIds.has(a.id) ? 'AWARDED' : 'DECLINED';
        const responses = items.map((item) => ({
          itemKey: item.key,
          narrative: `${item.title}: ${rng.pick(SENTENCES)} ${rng.pick(SENTENCES)} ${rng.pick(SENTENCES)}`,
          selfRating: Math.max(0, Math.min(3, Math.round(a.quality + 0.5 + (rng.next() - 0.5)))),
        }));
        const role = rng.weighted([
          ['DATA_ONLY', 50],
          ['NONE', 30],
          ['PLAIN_CLOTHES_ACCOMPANY', 10],
          ['UNIFORMED_ACCOMPANY', 7],
          ['POLICE_LED', 3],
        ] as const);
        const targets = [
          { metricKey: 'survivors_reached', value: rng.int(100, 600) },
          { metricKey: 'naloxone_kits', value: rng.int(200, 2_000) },
          { metricKey: 'moud_starts', value: rng.int(20, 150) },
        ];
        const place = PLACES[i % PLACES.length];
        const createdAt = addDays(a.submittedAt, -rng.int(3, 40));
        return [
          a.id,
          round.id,
          a.org.id,
          status,
          `${place} Connects: post-overdose outreach`,
          rng.pick(SUMMARIES),
          a.requestedCents,
          role,
          rng.chance(0.04),
          JSON.stringify(responses),
          JSON.stringify(a.budgetLines),
          JSON.stringify(targets),
          `ABT-${yearIn(a.submittedAt, round.timeZone)}-${String(trackingNumber.get(a.id)).padStart(6, '0')}`,
          a.submittedAt,
          a.org.ownerId,
          a.org.ownerId,
          createdAt,
          decided ? round.decidedAt : a.submittedAt,
          decided ? 4 : 3,
        ];
      },
      500,
    );
    // New submissions continue after the seeded tracking numbers.
    await client.query(`SELECT setval('application_tracking_seq', $1)`, [apps.length]);

    // --- reviews ----------------------------------------------------------------
    const reviewCount = apps.length * SCALE.reviewsPerApplication;
    counts['review_assignments'] = await insertRows(
      client,
      'review_assignments',
      cols(
        'id uuid, application_id uuid, round_id uuid, reviewer_id uuid, status text, declared_at timestamptz, scores jsonb, overall_comment text, submitted_at timestamptz, created_at timestamptz, updated_at timestamptz, version int',
      ),
      reviewCount,
      (n) => {
        const appIndex = Math.floor(n / SCALE.reviewsPerApplication);
        const k = n % SCALE.reviewsPerApplication;
        const a = apps[appIndex];
        const round = rounds[a.roundIndex];
        // Four different reviewers per application, 100 assignments each.
        const reviewerIndex =
          (((appIndex * 7) % SCALE.reviewers) + k * (SCALE.reviewers / SCALE.reviewsPerApplication)) % SCALE.reviewers;
        const bias = reviewerBias[reviewerIndex];
        const scores = items.map((item) => {
          const rating = Math.max(0, Math.min(3, Math.round(a.quality + bias + (rng.next() - 0.5) * 1.2)));
          return { itemKey: item.key, rating, comment: COMMENTS[rating] };
        });
        const assignedAt = addDays(round.closesAt, 2);
        const submittedAt = addDays(assignedAt, rng.int(3, 30));
        return [
          rng.uuid(),
          a.id,
          round.id,
          reviewers[reviewerIndex].id,
          'SUBMITTED',
          addDays(assignedAt, 1),
          JSON.stringify(scores),
          'Reviewed against the checklist.',
          submittedAt,
          assignedAt,
          submittedAt,
          4,
        ];
      },
      2_000,
    );

    // --- decisions and awards ------------------------------------------------------
    const decidedApps = apps.filter((a) => a.roundIndex > 0);
    counts['funding_decisions'] = await insertRows(
      client,
      'funding_decisions',
      cols(
        'id uuid, application_id uuid, round_id uuid, decision text, amount_cents int, conditions text, reason text, decided_by uuid, created_at timestamptz, updated_at timestamptz, version int',
      ),
      decidedApps.length,
      (i) => {
        const a = decidedApps[i];
        const round = rounds[a.roundIndex];
        const award = awardedIds.has(a.id);
        const at = addDays(round.decidedAt!, -5);
        return [
          rng.uuid(),
          a.id,
          round.id,
          award ? 'AWARD' : 'DECLINE',
          award ? a.requestedCents : null,
          null,
          award ? null : 'Below the funding line: the round’s budget was spent on higher-ranked applications.',
          officers[a.roundIndex % officers.length].id,
          at,
          at,
          1,
        ];
      },
      5_000,
    );
    const awarded = decidedApps.filter((a) => awardedIds.has(a.id));
    const awardIds = awarded.map(() => rng.uuid());
    counts['awards'] = await insertRows(
      client,
      'awards',
      cols(
        'id uuid, application_id uuid, round_id uuid, organization_id uuid, amount_cents int, start_date date, end_date date, status text, created_at timestamptz, updated_at timestamptz, version int',
      ),
      awarded.length,
      (i) => {
        const a = awarded[i];
        const round = rounds[a.roundIndex];
        return [
          awardIds[i],
          a.id,
          round.id,
          a.org.id,
          a.requestedCents,
          round.grantStart,
          round.grantEnd,
          'ACTIVE',
          round.decidedAt,
          round.decidedAt,
          1,
        ];
      },
      5_000,
    );

    // --- milestones, reports, versions ------------------------------------------------
    interface Milestone {
      id: string;
      awardIndex: number;
      kind: string;
      label: string;
      periodStart: string;
      periodEnd: string;
      dueDate: string;
      quarter: number; // 0-based among the quarterly ones; -1 for the final report
    }
    const milestones: Milestone[] = [];
    awarded.forEach((a, awardIndex) => {
      const round = rounds[a.roundIndex];
      let quarter = 0;
      for (const period of reportingSchedule(round.grantStart, round.grantEnd, { dueDays: 30 })) {
        milestones.push({
          id: rng.uuid(),
          awardIndex,
          ...period,
          quarter: period.kind === 'QUARTERLY' ? quarter++ : -1,
        });
      }
    });
    counts['reporting_milestones'] = await insertRows(
      client,
      'reporting_milestones',
      cols(
        'id uuid, award_id uuid, kind text, label text, period_start date, period_end date, due_date date, created_at timestamptz, updated_at timestamptz, version int',
      ),
      milestones.length,
      (i) => {
        const m = milestones[i];
        const at = rounds[awarded[m.awardIndex].roundIndex].decidedAt;
        return [m.id, awardIds[m.awardIndex], m.kind, m.label, m.periodStart, m.periodEnd, m.dueDate, at, at, 1];
      },
      5_000,
    );

    interface Report {
      id: string;
      milestone: Milestone;
      status: string;
      resubmitted: boolean;
      metrics: string;
      /** The report's rows in report_spending. */
      spendingLines: Array<{ category: string; amountCents: number }>;
      /** The same lines as JSON, for the submitted versions' snapshots. */
      spending: string;
      submittedAt: Date | null;
      reviewedAt: Date | null;
    }
    const reported = milestones.filter((m) => m.quarter >= 0 && m.quarter < SCALE.reportedQuarters);
    const reports: Report[] = reported.map((m) => {
      const a = awarded[m.awardIndex];
      const scale = Math.max(0.2, Math.min(3, a.org.population / 300_000));
      const referrals = Math.round(rng.int(15, 120) * scale);
      const reached = Math.round(referrals * (0.4 + rng.next() * 0.5));
      const values: Record<string, number> = {
        referrals_received: referrals,
        referrals_from_police: Math.round(referrals * rng.next() * 0.4),
        referrals_from_ems: Math.round(referrals * rng.next() * 0.4),
        referrals_from_hospital: Math.round(referrals * rng.next() * 0.2),
        referrals_from_self_or_family: Math.round(referrals * rng.next() * 0.1),
        contact_attempts: referrals * rng.int(2, 4),
        median_hours_to_first_attempt: rng.int(120, 960) / 10,
        survivors_reached: reached,
        network_members_reached: Math.round(reached * rng.next() * 0.6),
        naloxone_kits: reached * rng.int(1, 3),
        test_strips: reached * rng.int(2, 8),
        treatment_referrals: Math.round(reached * (0.2 + rng.next() * 0.3)),
        moud_starts: Math.round(reached * rng.next() * 0.2),
        social_referrals: Math.round(reached * rng.next() * 0.5),
        repeat_overdoses: Math.round(reached * rng.next() * 0.05),
        visits_with_police_present: rng.chance(0.1) ? rng.int(1, 6) : 0,
        visits_with_uniformed_police: 0,
        warrant_checks: rng.chance(0.01) ? rng.int(1, 3) : 0,
        arrests_during_outreach: rng.chance(0.005) ? 1 : 0,
      };
      values['visits_with_uniformed_police'] = values['visits_with_police_present'] > 0 && rng.chance(0.3) ? 1 : 0;
      const metrics = QUARTERLY_METRICS.metrics.map((metric) => ({ key: metric.key, value: values[metric.key] }));
      // A quarter spends at most an eighth of the award, so spending to date never passes it.
      const quarterCents = Math.floor((a.requestedCents / 8) * (0.7 + rng.next() * 0.3));
      const spending = [
        { category: 'personnel', amountCents: Math.floor(quarterCents * 0.8) },
        { category: 'supplies', amountCents: quarterCents - Math.floor(quarterCents * 0.8) },
      ];
      const status =
        m.quarter < 4
          ? 'ACCEPTED'
          : m.quarter === 4
            ? rng.weighted([
                ['ACCEPTED', 70],
                ['SUBMITTED', 20],
                ['CHANGES_REQUESTED', 10],
              ] as const)
            : rng.weighted([
                ['SUBMITTED', 75],
                ['DRAFT', 25],
              ] as const);
      const submittedAt = status === 'DRAFT' ? null : addDays(T(`${m.periodEnd}T16:00:00Z`), rng.int(3, 28));
      return {
        id: rng.uuid(),
        milestone: m,
        status,
        resubmitted: status === 'ACCEPTED' && rng.chance(0.1),
        metrics: JSON.stringify(metrics),
        spendingLines: spending,
        spending: JSON.stringify(spending),
        submittedAt,
        reviewedAt:
          status === 'ACCEPTED' || status === 'CHANGES_REQUESTED' ? addDays(submittedAt!, rng.int(2, 20)) : null,
      };
    });
    counts['quarterly_reports'] = await insertRows(
      client,
      'quarterly_reports',
      cols(
        'id uuid, milestone_id uuid, award_id uuid, status text, metrics jsonb, successes text, challenges text, confirmed_warnings text[], review_note text, submitted_at timestamptz, reviewed_at timestamptz, created_at timestamptz, updated_at timestamptz, version int',
      ),
      reports.length,
      (i) => {
        const r = reports[i];
        const createdAt = T(`${r.milestone.periodEnd}T18:00:00Z`);
        // Versions as the service counts them: created 1, submitted 2, reviewed 3 (and 3 more for a resubmission).
        const version = r.status === 'DRAFT' ? 1 : r.status === 'SUBMITTED' ? 2 : r.resubmitted ? 6 : 3;
        return [
          r.id,
          r.milestone.id,
          awardIds[r.milestone.awardIndex],
          r.status,
          r.metrics,
          'More survivors reached within 72 hours than last quarter.',
          'Staff turnover slowed follow-up visits for a few weeks.',
          '{}',
          r.status === 'CHANGES_REQUESTED'
            ? 'Please explain the drop in referrals from EMS.'
            : r.resubmitted
              ? 'Thank you: accepted.'
              : null,
          r.submittedAt,
          r.reviewedAt,
          createdAt,
          r.reviewedAt ?? r.submittedAt ?? createdAt,
          version,
        ];
      },
      3_000,
    );
    const spendingRows = reports.flatMap((r) => r.spendingLines.map((line) => ({ reportId: r.id, ...line })));
    counts['report_spending'] = await insertRows(
      client,
      'report_spending',
      cols('report_id uuid, category text, amount_cents bigint'),
      spendingRows.length,
      (i) => [spendingRows[i].reportId, spendingRows[i].category, spendingRows[i].amountCents],
      3_000,
    );
    const versions = reports.flatMap((r) =>
      r.status === 'DRAFT'
        ? []
        : r.resubmitted
          ? [
              { r, number: 1 },
              { r, number: 2 },
            ]
          : [{ r, number: 1 }],
    );
    counts['report_versions'] = await insertRows(
      client,
      'report_versions',
      cols(
        'id uuid, report_id uuid, number int, metrics jsonb, spending jsonb, successes text, challenges text, submitted_at timestamptz, submitted_by uuid',
      ),
      versions.length,
      (i) => {
        const { r, number } = versions[i];
        return [
          rng.uuid(),
          r.id,
          number,
          r.metrics,
          r.spending,
          'More survivors reached within 72 hours than last quarter.',
          'Staff turnover slowed follow-up visits for a few weeks.',
          addDays(r.submittedAt!, number - 1),
          awarded[r.milestone.awardIndex].org.ownerId,
        ];
      },
      3_000,
    );
    // --- a state-sized settlement fund: 50,000+ ledger entries -----------------------------
    const fundId = ledgerRng.uuid();
    await client.query(
      `INSERT INTO settlement_funds (id, name, rule_set_key, organization_id, opened_on, created_at, updated_at) VALUES ($1, $2, 'generic', $3, '2022-01-01', $4, $4)`,
      [fundId, LEDGER_FUND_NAME, orgs[0].id, T('2022-01-01T12:00:00Z')],
    );
    counts['settlement_funds'] = 1;
    const SETTLEMENT_KEYS = ['distributors', 'janssen', 'teva', 'allergan', 'cvs', 'walgreens', 'walmart', 'kroger'];
    const SCHEDULE_B = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];
    const ledgerDay = (i: number) =>
      addDays(T('2022-01-03T00:00:00Z'), i % 1_790)
        .toISOString()
        .slice(0, 10);
    const authorizationId = ledgerRng.uuid();
    await client.query(
      `INSERT INTO spending_authorizations (id, fund_id, authority, adopted_on, created_by) VALUES ($1, $2, 'Appropriations act, opioid settlement fund', '2021-12-15', $3)`,
      [authorizationId, fundId, financeUser.id],
    );
    counts['spending_authorization_lines'] = await insertRows(
      client,
      'spending_authorization_lines',
      cols(
        'id uuid, authorization_id uuid, fund_id uuid, position int, taxonomy_key text, strategy_code text, amount_cents bigint, starts_on date, ends_on date',
      ),
      SCHEDULE_B.length,
      (i) => [
        ledgerRng.uuid(),
        authorizationId,
        fundId,
        i,
        'exhibit-e-schedule-b',
        SCHEDULE_B[i],
        String(400_000_000_00 + i * 1_000_000_00),
        '2022-01-01',
        '2027-12-31',
      ],
    );
    interface LedgerRow {
      id: string;
      kind: string;
      amount: bigint;
      on: string;
      classification: string | null;
      settlement: string | null;
      code: string | null;
    }
    const ledgerRows: LedgerRow[] = [];
    for (let i = 0; i < SCALE.ledgerReceipts; i++) {
      ledgerRows.push({
        id: ledgerRng.uuid(),
        kind: 'RECEIPT',
        amount: BigInt(ledgerRng.int(50_000_000, 5_000_000_000)),
        on: ledgerDay(i * 7),
        classification: null,
        settlement: SETTLEMENT_KEYS[i % SETTLEMENT_KEYS.length],
        code: null,
      });
    }
    for (let m = 0; m < 59; m++) {
      ledgerRows.push({
        id: ledgerRng.uuid(),
        kind: 'INTEREST',
        amount: BigInt(ledgerRng.int(1_000_000, 90_000_000)),
        on: addDays(T('2022-01-28T00:00:00Z'), m * 30)
          .toISOString()
          .slice(0, 10),
        classification: null,
        settlement: null,
        code: null,
      });
    }
    for (let i = 0; i < SCALE.ledgerExpenditures; i++) {
      const classification = ledgerClass(ledgerRng.next());
      ledgerRows.push({
        id: ledgerRng.uuid(),
        kind: 'EXPENDITURE',
        amount: BigInt(ledgerRng.int(10_000, 20_000_000)),
        on: ledgerDay(i),
        classification,
        settlement: null,
        code: classification === 'REMEDIATION' ? SCHEDULE_B[ledgerRng.int(0, SCHEDULE_B.length - 1)] : null,
      });
    }
    counts['ledger_entries'] = await insertRows(
      client,
      'ledger_entries',
      cols(
        'id uuid, fund_id uuid, kind text, amount_cents bigint, occurred_on date, classification text, settlement_key text, payment_year int, payer text, payee text, description text, created_by uuid, created_at timestamptz',
      ),
      ledgerRows.length,
      (i) => {
        const r = ledgerRows[i];
        return [
          r.id,
          fundId,
          r.kind,
          r.amount.toString(),
          r.on,
          r.classification,
          r.settlement,
          r.settlement ? Number(r.on.slice(0, 4)) : null,
          r.settlement ? 'Settlement administrator' : null,
          r.kind === 'EXPENDITURE' ? `Grantee ${(i % 500) + 1}` : null,
          r.kind === 'EXPENDITURE' ? 'Program costs' : null,
          financeUser.id,
          T(`${r.on}T15:00:00Z`),
        ];
      },
      5_000,
    );
    const tagged = ledgerRows.filter((r) => r.code);
    counts['ledger_entry_splits'] = await insertRows(
      client,
      'ledger_entry_splits',
      cols('id uuid, entry_id uuid, position int, taxonomy_key text, strategy_code text, amount_cents bigint'),
      tagged.length,
      (i) => [ledgerRng.uuid(), tagged[i].id, 0, 'exhibit-e-schedule-b', tagged[i].code, tagged[i].amount.toString()],
      5_000,
    );
    // --- payment requests: what the approval queues read --------------------------------
    // Their own stream again, so the tables above keep their rows.
    const payRng = new Random(seed + 104_729);
    interface Payment {
      id: string;
      awardIndex: number;
      number: number;
      status: string;
      lines: Array<{ id: string; category: string; description: string; amountCents: string }>;
      total: number;
      submittedAt: Date | null;
    }
    const payments: Payment[] = [];
    awarded.forEach((a, awardIndex) => {
      const start = T(`${rounds[a.roundIndex].grantStart}T15:00:00Z`);
      for (let number = 1; number <= SCALE.paymentRequestsPerAward; number++) {
        const status =
          number === 1
            ? 'PAID'
            : payRng.weighted([
                ['SUBMITTED', 30],
                ['PROGRAM_APPROVED', 20],
                ['APPROVED', 10],
                ['DRAFT', 20],
                ['PAID', 20],
              ] as const);
        const lines = a.budgetLines.map((b) => ({
          id: payRng.uuid(),
          category: b.category,
          description: `${b.description} (quarter ${number})`,
          amountCents: String(Math.floor(b.amountCents / 8)),
        }));
        payments.push({
          id: payRng.uuid(),
          awardIndex,
          number,
          status,
          lines,
          total: lines.reduce((sum, l) => sum + Number(l.amountCents), 0),
          submittedAt: status === 'DRAFT' ? null : addDays(start, 90 * number + payRng.int(0, 20)),
        });
      }
    });
    counts['payment_requests'] = await insertRows(
      client,
      'payment_requests',
      cols(
        'id uuid, award_id uuid, organization_id uuid, number int, kind text, status text, period_start date, period_end date, lines jsonb, total_cents bigint, created_by uuid, submitted_by uuid, submitted_at timestamptz, cycle int, paid_on date, payment_reference text, created_at timestamptz, updated_at timestamptz',
      ),
      payments.length,
      (i) => {
        const p = payments[i];
        const a = awarded[p.awardIndex];
        const start = T(`${rounds[a.roundIndex].grantStart}T00:00:00Z`);
        const created = p.submittedAt ? addDays(p.submittedAt, -2) : addDays(start, 90 * p.number);
        return [
          p.id,
          awardIds[p.awardIndex],
          a.org.id,
          p.number,
          'REIMBURSEMENT',
          p.status,
          addDays(start, 90 * (p.number - 1))
            .toISOString()
            .slice(0, 10),
          addDays(start, 90 * p.number - 1)
            .toISOString()
            .slice(0, 10),
          JSON.stringify(p.lines),
          String(p.total),
          a.org.ownerId,
          p.submittedAt ? a.org.ownerId : null,
          p.submittedAt,
          p.submittedAt ? 1 : 0,
          p.status === 'PAID' ? addDays(p.submittedAt!, 20).toISOString().slice(0, 10) : null,
          p.status === 'PAID' ? `EFT-${String(i + 1).padStart(7, '0')}` : null,
          created,
          p.submittedAt ?? created,
        ];
      },
      2_000,
    );
    // Who approved: the program officer, then finance, for everything past the first approval.
    const approvals = payments.flatMap((p) => {
      const steps = p.status === 'PROGRAM_APPROVED' ? 1 : ['APPROVED', 'PAID'].includes(p.status) ? 2 : 0;
      return Array.from({ length: steps }, (_, k) => ({ p, k }));
    });
    counts['payment_approvals'] = await insertRows(
      client,
      'payment_approvals',
      cols(
        'id uuid, payment_request_id uuid, cycle int, role text, decision text, user_id uuid, decided_at timestamptz',
      ),
      approvals.length,
      (i) => {
        const { p, k } = approvals[i];
        return [
          payRng.uuid(),
          p.id,
          1,
          k === 0 ? 'PROGRAM_OFFICER' : 'FINANCE_OFFICER',
          'APPROVE',
          k === 0 ? officers[p.awardIndex % officers.length].id : financeUser.id,
          addDays(p.submittedAt!, 3 + k * 4),
        ];
      },
      5_000,
    );
    await client.query(`RESET synchronous_commit`);
  } finally {
    client.release();
  }
  return counts;
}
