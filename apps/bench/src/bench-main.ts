/**
 * `npm run bench`: the built API in production mode on the scale-seeded
 * database, measured with autocannon at 32 connections per operation, each
 * read beside its raw-SQL limit, then a deadline surge; prints a markdown table
 * and writes apps/bench/results/latest.json.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Pool } from 'pg';
import { createSubmissionCohort } from '@abate/api/testing';
import { apiDist, applicationCount, DEFAULT_DATABASE_URL, databaseName, openPool } from './database';
import { operationText, webDocuments } from './documents';
import { benchToken, Random } from './random';
import { BIG_ROUND_TITLE, EMAIL_DOMAIN, LEDGER_FUND_NAME, SCALE } from './scale-seed';
import { runSeed } from './seed-main';
import { round2, summarize } from './stats';
import { workspaceRoot } from './workspace';

const API_POOL_SIZE = 10;

interface Options {
  seed: number;
  duration: number;
  warmup: number;
  connections: number;
  only: string[] | null;
  surge: boolean;
  surgeCount: number;
  surgeSeconds: number;
  /** API_PROCESSES for the API; null: its production default (one per core). */
  apiProcesses: number | null;
}

export function parseBenchArgs(argv: readonly string[]): Options {
  const options: Options = {
    seed: 1,
    duration: 10,
    warmup: 2,
    connections: 32,
    only: null,
    surge: true,
    surgeCount: 5_000,
    surgeSeconds: 60,
    apiProcesses: process.env.API_PROCESSES ? Number(process.env.API_PROCESSES) : null,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--duration') options.duration = Number(value());
    else if (flag === '--warmup') options.warmup = Number(value());
    else if (flag === '--connections') options.connections = Number(value());
    else if (flag === '--only') options.only = value().split(',');
    else if (flag === '--no-surge') options.surge = false;
    else if (flag === '--surge-count') options.surgeCount = Number(value());
    else if (flag === '--surge-seconds') options.surgeSeconds = Number(value());
    else if (flag === '--api-processes') options.apiProcesses = Number(value());
    else
      throw new Error(
        `Unknown argument ${argv[i]} (--seed N, --duration S, --warmup S, --connections N, --only a,b, --no-surge, --surge-count N, --surge-seconds S, --api-processes N)`,
      );
  }
  return options;
}

// --- processes -------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Peak resident memory of a process: the kernel's high-water mark (VmHWM), polled so a crash still leaves a figure. */
class RssWatch {
  peakKb = 0;
  private segmentPeakKb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 250);
    this.timer.unref();
  }

  /**
   * The API's resident memory: of its one process (the kernel's high-water mark included),
   * or, when it runs several (API_PROCESSES), the sum over the primary and its workers.
   */
  sample(): void {
    const pids = processTree(this.pid);
    let kb = 0;
    for (const pid of pids) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const field = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
        kb += pids.length === 1 ? Math.max(field('VmHWM'), field('VmRSS')) : field('VmRSS');
      } catch {
        // the process has gone: keep the last figure
      }
    }
    this.peakKb = Math.max(this.peakKb, kb);
    this.segmentPeakKb = Math.max(this.segmentPeakKb, kb);
  }

  /** The peak since the last call (the kernel's high-water mark is reset when allowed, VmRSS is polled anyway), in MB. */
  segment(): number {
    this.sample();
    const peak = this.segmentPeakKb;
    this.segmentPeakKb = 0;
    for (const pid of processTree(this.pid)) {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
      } catch {
        // not allowed here: the segment then reports the process's peak so far
      }
    }
    return peak / 1024;
  }

  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return this.peakKb / 1024;
  }
}

/** A process and its descendants (the API's cluster workers), from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
        parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    return [root];
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const child of parents.get(pid) ?? []) walk(child);
  };
  walk(root);
  return out;
}

/** CPU time (user + system) the API has used (all its processes), in ms: a per-request cost that other load on the machine barely changes. */
function cpuMs(pid: number): number {
  let total = 0;
  for (const one of processTree(pid)) {
    try {
      const fields = readFileSync(`/proc/${one}/stat`, 'utf8').split(') ')[1].split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100 on Linux)
    } catch {
      if (one === pid) return Number.NaN;
    }
  }
  return total;
}

async function startApi(
  databaseUrl: string,
  apiProcesses: number | null,
): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [apiDist('apps/api/src/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      JOBS_ENABLED: 'false',
      SEED_DEMO: 'false',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_POOL_SIZE: String(API_POOL_SIZE),
      ...(apiProcesses ? { API_PROCESSES: String(apiProcesses) } : {}),
      LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'info',
    },
    // Request logs go where production sends them (stdout), here to /dev/null; start-up errors stay visible.
    stdio: ['ignore', process.env.BENCH_API_LOGS ? 'inherit' : 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(async () => {
    if (exited) throw new Error('The API exited during start-up');
    return (await fetch(`${url}/health`)).ok;
  }, 'the API to answer /health');
  return { url, process: child };
}

async function startRawSqlServer(
  databaseUrl: string,
  params: Record<string, unknown[]>,
): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, 'raw-sql-server.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      RAW_SQL_POOL_SIZE: String(API_POOL_SIZE),
      RAW_SQL_PARAMS: JSON.stringify(params),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`The raw-SQL server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child };
}

// --- load ---------------------------------------------------------------------------

interface Load {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Per-connection requests (the mutation keeps each connection's report version). */
  requests?: autocannon.Request[];
}

interface Measurement {
  rps: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  requests: number;
  non2xx: number;
  errors: number;
}

function runAutocannon(load: Load, seconds: number, connections: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: load.url,
        method: load.method,
        headers: load.headers,
        body: load.body,
        requests: load.requests,
        connections,
        duration: seconds,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        const summary = summarize(latencies);
        resolve({
          rps: latencies.length / (result.duration || seconds),
          p50: summary.p50,
          p95: summary.p95,
          p99: summary.p99,
          requests: latencies.length,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      latencies.push(responseTime),
    );
  });
}

/**
 * Waits until a process has (almost) stopped using CPU: when autocannon stops it
 * closes its connections, but the server still finishes the requests it had, and
 * that work must not spill into the next measurement. At most 60 s.
 */
async function settle(pid: number | undefined, pool: Pool): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const before = pid ? cpuMs(pid) : 0;
    await new Promise((r) => setTimeout(r, 300));
    const used = pid ? cpuMs(pid) - before : 0;
    // The database may still be running statements of connections the server has dropped.
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND application_name IN ('abate-api', 'abate-bench-raw')`,
    );
    if ((!Number.isFinite(used) || used <= 20) && rows[0].n === 0) return;
  }
}

async function measure(
  load: Load,
  options: Options,
  pool: Pool,
  pid?: number,
): Promise<Measurement & { cpuMsPerRequest: number | null }> {
  if (options.warmup > 0) await runAutocannon(load, options.warmup, options.connections);
  await settle(pid, pool);
  const before = pid ? cpuMs(pid) : Number.NaN;
  const m = await runAutocannon(load, options.duration, options.connections);
  // Requests cut off at the end are still finished by the server: their CPU counts, so wait for them (uncounted requests make this an upper bound).
  await settle(pid, pool);
  const used = pid ? cpuMs(pid) - before : Number.NaN;
  return { ...m, cpuMsPerRequest: Number.isFinite(used) && m.requests ? used / m.requests : null };
}

// --- fixtures and operations ------------------------------------------------------------

interface Fixtures {
  bigRoundId: string;
  decidedRoundId: string;
  reviewerId: string;
  reviewerEmail: string;
  officerEmail: string;
  applicationId: string;
  applicantEmail: string;
  drafts: Array<{ milestoneId: string; version: number; email: string }>;
  fundId: string;
}

async function loadFixtures(pool: Pool, connections: number): Promise<Fixtures> {
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const { rows } = await pool.query(sql, params);
    if (!rows[0]) throw new Error(`The scale seed is missing: ${sql}`);
    return rows[0] as T;
  };
  const big = await one<{ id: string }>('SELECT id FROM funding_rounds WHERE title = $1', [BIG_ROUND_TITLE]);
  const decided = await one<{ id: string }>(
    `SELECT id FROM funding_rounds WHERE stage = 'DECIDED' ORDER BY decided_at, id LIMIT 1`,
  );
  const reviewerEmail = `reviewer1@${EMAIL_DOMAIN}`;
  const reviewer = await one<{ id: string }>('SELECT id FROM users WHERE email = $1', [reviewerEmail]);
  const app = await one<{ id: string; email: string }>(
    `SELECT a.id, u.email FROM applications a JOIN memberships m ON m.organization_id = a.organization_id AND m.role = 'OWNER' JOIN users u ON u.id = m.user_id
     WHERE a.round_id = $1 ORDER BY a.tracking_id LIMIT 1`,
    [big.id],
  );
  // One draft report per connection, each filed by its own grantee: saves never contend for a row.
  const { rows: drafts } = await pool.query(
    `SELECT DISTINCT ON (a.organization_id) r.milestone_id AS "milestoneId", r.version, u.email
     FROM quarterly_reports r JOIN awards a ON a.id = r.award_id
     JOIN memberships m ON m.organization_id = a.organization_id AND m.role = 'OWNER' JOIN users u ON u.id = m.user_id
     WHERE r.status = 'DRAFT' ORDER BY a.organization_id, r.milestone_id LIMIT $1`,
    [connections * 2],
  );
  if (drafts.length < connections)
    throw new Error(`Only ${drafts.length} draft reports for ${connections} connections`);
  const fund = await one<{ id: string }>('SELECT id FROM settlement_funds WHERE name = $1', [LEDGER_FUND_NAME]);
  return {
    fundId: fund.id,
    bigRoundId: big.id,
    decidedRoundId: decided.id,
    reviewerId: reviewer.id,
    reviewerEmail,
    officerEmail: `officer1@${EMAIL_DOMAIN}`,
    applicationId: app.id,
    applicantEmail: app.email,
    drafts,
  };
}

interface Operation {
  name: string;
  operationName?: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  rawSql?: string;
  rawParams?: unknown[];
  mutation?: boolean;
  /** The issue's target of at least half the raw-SQL rate applies (the reviewer's queue and one application). */
  ratioTarget?: boolean;
}

/** Metrics and spending as the report form autosaves them: every metric, every budget line, the narrative. */
function reportInput(n: number) {
  return {
    metrics: [
      ['referrals_received', 120],
      ['referrals_from_police', 40],
      ['referrals_from_ems', 50],
      ['referrals_from_hospital', 20],
      ['referrals_from_self_or_family', 10],
      ['contact_attempts', 300],
      ['median_hours_to_first_attempt', 40.5],
      ['survivors_reached', 80 + (n % 20)],
      ['network_members_reached', 30],
      ['naloxone_kits', 150],
      ['test_strips', 400],
      ['treatment_referrals', 25],
      ['moud_starts', 12],
      ['social_referrals', 30],
      ['repeat_overdoses', 3],
      ['visits_with_police_present', 0],
      ['visits_with_uniformed_police', 0],
      ['warrant_checks', 0],
      ['arrests_during_outreach', 0],
    ].map(([key, value]) => ({ key, value })),
    spending: [
      { category: 'personnel', amountCents: 800_000 },
      { category: 'supplies', amountCents: 200_000 },
    ],
    narrative: {
      successes: `Reached more survivors within 72 hours (autosave ${n}).`,
      challenges: 'Staff turnover slowed follow-up visits.',
    },
  };
}

function operations(fixtures: Fixtures, seed: number): Operation[] {
  const documents = webDocuments();
  const token = (email: string) => benchToken(seed, email);
  return [
    { name: 'ceiling { __typename }', query: '{ __typename }' },
    {
      name: "reviewer's queue (25 of 100 assignments)",
      operationName: 'ReviewerQueue',
      query: operationText(documents, 'ReviewerQueue'),
      // The web page's first page: 25 of the reviewer's 100 assignments.
      variables: { first: 25 },
      token: token(fixtures.reviewerEmail),
      rawSql: 'reviewerQueue',
      ratioTarget: true,
      rawParams: [fixtures.reviewerId],
    },
    {
      name: 'round ranking (1,000 applications)',
      operationName: 'AwardsRoundRanking',
      query: operationText(documents, 'AwardsRoundRanking'),
      variables: { roundId: fixtures.bigRoundId, normalize: false, first: 25 },
      token: token(fixtures.officerEmail),
      rawSql: 'roundRanking',
      rawParams: [fixtures.bigRoundId],
    },
    {
      name: 'application with all responses',
      operationName: 'ApplicantEditor',
      query: operationText(documents, 'ApplicantEditor'),
      variables: { id: fixtures.applicationId },
      token: token(fixtures.applicantEmail),
      rawSql: 'application',
      ratioTarget: true,
      rawParams: [fixtures.applicationId],
    },
    {
      name: 'portfolio dashboard (round)',
      operationName: 'InsightsPortfolioOutcomes',
      query: operationText(documents, 'InsightsPortfolioOutcomes'),
      variables: { roundId: fixtures.decidedRoundId },
      token: token(fixtures.officerEmail),
      rawSql: 'portfolio',
      rawParams: [fixtures.decidedRoundId],
    },
    {
      name: 'settlement fund page (50,000 entries)',
      operationName: 'LedgerFund',
      query: operationText(documents, 'LedgerFund'),
      variables: { id: fixtures.fundId, first: 25 },
      token: token(`finance1@${EMAIL_DOMAIN}`),
    },
    {
      name: 'annual financial report (50,000 entries)',
      operationName: 'LedgerFundReport',
      query: operationText(documents, 'LedgerFundReport'),
      variables: { fundId: fixtures.fundId, kind: 'ANNUAL_FINANCIAL', fiscalYear: 2025 },
      token: token(`finance1@${EMAIL_DOMAIN}`),
    },
    {
      name: 'payment approval queue (officer, 25 of ~1,500)',
      operationName: 'PaymentsQueue',
      query: operationText(documents, 'PaymentsQueue'),
      variables: { status: 'SUBMITTED', first: 25 },
      token: token(fixtures.officerEmail),
      rawSql: 'paymentQueue',
      rawParams: ['SUBMITTED'],
    },
    {
      name: 'save quarterly report (mutation)',
      operationName: 'ReportingSaveReport',
      query: operationText(documents, 'ReportingSaveReport'),
      mutation: true,
    },
  ];
}

const graphqlHeaders = (token?: string): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

async function graphql(
  apiUrl: string,
  body: object,
  token?: string,
): Promise<{
  status: number;
  json: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: graphqlHeaders(token),
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as never };
}

/** One request before the load: the operation must succeed with data, or the numbers would measure errors. */
async function preflight(apiUrl: string, op: Operation): Promise<number> {
  const { status, json } = await graphql(
    apiUrl,
    { operationName: op.operationName, query: op.query, variables: op.variables },
    op.token,
  );
  if (status !== 200 || json.errors?.length || !json.data)
    throw new Error(
      `${op.name} failed before the load: ${status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`,
    );
  return JSON.stringify(json).length;
}

/** The mutation's load: each connection saves its own draft report and sends back the version the last save returned. */
function saveReportLoad(
  apiUrl: string,
  op: Operation,
  fixtures: Fixtures,
  seed: number,
): { load: Load; failures: () => Record<string, number> } {
  // autocannon clears a connection's context after each pass over `requests`, so drafts are lent
  // from a free list instead: no two requests in flight ever save the same report.
  const free = [...fixtures.drafts];
  const failures: Record<string, number> = {};
  let saves = 0;
  const versions = new Map<string, number>(fixtures.drafts.map((d) => [d.milestoneId, d.version]));
  interface Context {
    draft?: Fixtures['drafts'][number];
  }
  const request: autocannon.Request = {
    method: 'POST',
    path: '/graphql',
    setupRequest: (req: autocannon.Request, context: Context) => {
      const draft = free.shift()!;
      context.draft = draft;
      return {
        ...req,
        headers: graphqlHeaders(benchToken(seed, draft.email)),
        body: JSON.stringify({
          operationName: op.operationName,
          query: op.query,
          variables: {
            milestoneId: draft.milestoneId,
            version: versions.get(draft.milestoneId),
            input: reportInput(saves++),
          },
        }),
      };
    },
    onResponse: (status: number, body: string, context: Context) => {
      let json: {
        data?: { saveQuarterlyReport?: { version: number } };
        errors?: Array<{ message?: string; extensions?: { code?: string } }>;
      } = {};
      try {
        json = JSON.parse(body);
      } catch {
        // an empty or cut-off body: counted below
      }
      const version = json.data?.saveQuarterlyReport?.version;
      if (context.draft) free.push(context.draft);
      if (version !== undefined && context.draft) versions.set(context.draft.milestoneId, version);
      else {
        const code = json.errors?.[0]?.extensions?.code ?? `HTTP_${status}`;
        failures[code] = (failures[code] ?? 0) + 1;
      }
    },
  } as autocannon.Request;
  return { load: { url: apiUrl, method: 'POST', requests: [request] }, failures: () => failures };
}

// --- surge --------------------------------------------------------------------------------

export interface SurgeResult {
  attempted: number;
  submittedInDatabase: number;
  distinctOrganizations: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  p95Ms: number | null;
  errorsByCode: Record<string, number>;
}

async function deadlineSurge(apiUrl: string, databaseUrl: string, pool: Pool, options: Options): Promise<SurgeResult> {
  // A new cohort per run (cohorts are deterministic per seed, and a rerun keeps the last one's rows).
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM funding_rounds WHERE title LIKE 'Cohort % round'`);
  const cohortSeed = options.seed * 1_000 + (rows[0].n as number) + 1;
  process.stderr.write(
    `Deadline surge: creating ${options.surgeCount} applicants with complete drafts (cohort seed ${cohortSeed})…\n`,
  );
  const cohort = await createSubmissionCohort(databaseUrl, { count: options.surgeCount, seed: cohortSeed });
  const query = operationText(webDocuments(), 'ApplicantSubmitApplication');
  const rng = new Random(cohortSeed);
  // Arrivals spread at random over the window, as people press Submit before the deadline.
  const arrivals = cohort.applicants
    .map((applicant) => ({ applicant, at: rng.next() * options.surgeSeconds * 1000 }))
    .sort((a, b) => a.at - b.at);
  const latencies: number[] = [];
  const errorsByCode: Record<string, number> = {};
  const receipts = new Map<string, string>();
  const started = Date.now();
  process.stderr.write(`Deadline surge: ${arrivals.length} submissions over ${options.surgeSeconds} s…\n`);
  await Promise.all(
    arrivals.map(async ({ applicant, at }) => {
      await new Promise((r) => setTimeout(r, Math.max(0, started + at - Date.now())));
      const sent = performance.now();
      try {
        const { status, json } = await graphql(
          apiUrl,
          {
            operationName: 'ApplicantSubmitApplication',
            query,
            variables: { id: applicant.applicationId, version: applicant.version },
          },
          applicant.token,
        );
        latencies.push(performance.now() - sent);
        const receipt = (json.data?.['submitApplication'] as { trackingId?: string } | undefined)?.trackingId;
        if (status === 200 && receipt) receipts.set(applicant.applicationId, receipt);
        else {
          const code = json.errors?.[0]?.extensions?.code ?? `HTTP_${status}`;
          errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
        }
      } catch (error) {
        latencies.push(performance.now() - sent);
        const code = (error as { cause?: { code?: string } }).cause?.code ?? 'NETWORK';
        errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
      }
    }),
  );
  const acknowledged = [...receipts.keys()];
  const { rows: stored } = await pool.query(
    `SELECT id, status, tracking_id AS "trackingId" FROM applications WHERE id = ANY($1::uuid[])`,
    [acknowledged],
  );
  const byId = new Map(stored.map((r) => [r.id as string, r as { status: string; trackingId: string }]));
  const lost = acknowledged.filter(
    (id) => byId.get(id)?.status !== 'SUBMITTED' || byId.get(id)?.trackingId !== receipts.get(id),
  ).length;
  const { rows: events } = await pool.query(
    `SELECT entity_id, count(*)::int AS n FROM audit_events WHERE action = 'application.submit' AND entity_id = ANY($1::text[]) GROUP BY entity_id HAVING count(*) > 1`,
    [cohort.applicants.map((a) => a.applicationId)],
  );
  const trackingIds = [...receipts.values()];
  const duplicateTracking = trackingIds.length - new Set(trackingIds).size;
  // From the database, not the answers: every organization of the cohort has exactly one submitted
  // application in the round, and every acknowledged submission is one of them.
  const { rows: inRound } = await pool.query(
    `SELECT count(*)::int AS submitted, count(DISTINCT organization_id)::int AS organizations, count(DISTINCT tracking_id)::int AS "trackingIds"
     FROM applications WHERE round_id = $1 AND status = 'SUBMITTED'`,
    [cohort.roundId],
  );
  const db = inRound[0] as { submitted: number; organizations: number; trackingIds: number };
  const doubledInDb = db.submitted - Math.min(db.organizations, db.trackingIds);
  process.stderr.write(
    `Deadline surge: the database holds ${db.submitted} submitted applications from ${db.organizations} distinct organizations (${db.trackingIds} tracking ids) for ${acknowledged.length} acknowledged.\n`,
  );
  return {
    submittedInDatabase: db.submitted,
    distinctOrganizations: db.organizations,
    attempted: arrivals.length,
    acknowledged: acknowledged.length,
    lost: Math.max(lost, acknowledged.length - db.submitted),
    duplicated: events.length + duplicateTracking + doubledInDb,
    p95Ms: round2(summarize(latencies).p95),
    errorsByCode,
  };
}

// --- report -----------------------------------------------------------------------------------

interface TargetRow {
  target: string;
  measured: string;
  met: boolean;
}

/** The issue's targets against this run: p95 of every read, the raw-SQL ratio of the queue and the application, the surge, memory. */
function targetRows(results: OperationResult[], surge: SurgeResult | null, rssMbPeak: number | null): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const r of results.filter((r) => r.read)) {
    rows.push({
      target: `${r.name}: p95 < 100 ms (32 connections)`,
      measured: `${r.p95Ms} ms`,
      met: (r.p95Ms ?? Infinity) < 100,
    });
    if (r.ratioTarget)
      rows.push({
        target: `${r.name}: >= 0.5 of the raw-SQL rate`,
        measured: String(r.ratioToRawSql),
        met: (r.ratioToRawSql ?? 0) >= 0.5,
      });
  }
  if (surge)
    rows.push({
      target: `surge: ${surge.attempted.toLocaleString('en-US')} distinct organizations in the window, none lost or doubled, p95 < 500 ms`,
      measured: `${surge.submittedInDatabase} stored from ${surge.distinctOrganizations} organizations, ${surge.lost} lost, ${surge.duplicated} doubled, p95 ${surge.p95Ms} ms`,
      met:
        surge.lost === 0 &&
        surge.duplicated === 0 &&
        surge.submittedInDatabase === surge.attempted &&
        (surge.p95Ms ?? Infinity) < 500,
    });
  rows.push({
    target: 'API peak RSS < 300 MB (all its processes)',
    measured: `${rssMbPeak} MB`,
    met: (rssMbPeak ?? Infinity) < 300,
  });
  return rows;
}

interface OperationResult {
  name: string;
  read: boolean;
  ratioTarget: boolean;
  rps: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  rawSqlRps: number | null;
  ratioToRawSql: number | null;
  ratioToCeiling: number | null;
}

async function machine(pool: Pool) {
  const { rows } = await pool.query('SHOW server_version');
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres: rows[0].server_version as string,
  };
}

export async function main(argv: string[]): Promise<number> {
  const options = parseBenchArgs(argv);
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const expected = SCALE.bigRoundApplications + SCALE.decidedRounds * SCALE.applicationsPerDecidedRound;
  if ((await applicationCount(databaseUrl)) < expected) {
    if (!databaseName(databaseUrl).includes('bench')) {
      // The seed drops everything in its database, so the bench seeds only a database named for it.
      console.error(
        `${databaseName(databaseUrl)} is not scale-seeded (it has no tables, or fewer applications than the seed makes). ` +
          `Either point DATABASE_URL at a database whose name contains "bench" (created, migrated and seeded for you), ` +
          `or seed this one first, which drops everything in it: DATABASE_URL=${redactUrl(databaseUrl)} npm run seed:scale -- --force`,
      );
      return 2;
    }
    process.stderr.write(`${databaseName(databaseUrl)} is not scale-seeded: seeding it (seed ${options.seed})…\n`);
    const { seconds } = await runSeed(databaseUrl, options.seed);
    process.stderr.write(`Seeded in ${seconds.toFixed(1)} s.\n`);
  }
  const pool = openPool(databaseUrl, 4);
  const children: ChildProcess[] = [];
  const stopChildren = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  process.once('exit', stopChildren);
  try {
    const fixtures = await loadFixtures(pool, options.connections);
    const ops = operations(fixtures, options.seed).filter(
      (op) => !options.only || options.only.some((o) => op.name.includes(o)),
    );
    const api = await startApi(databaseUrl, options.apiProcesses);
    children.push(api.process);
    const rss = new RssWatch(api.process.pid!);
    const raw = await startRawSqlServer(
      databaseUrl,
      Object.fromEntries(ops.filter((o) => o.rawSql).map((o) => [o.rawSql!, o.rawParams ?? []])),
    );
    children.push(raw.process);
    process.stderr.write(
      `API ${api.url} (pid ${api.process.pid}), raw SQL ${raw.url}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );

    const results: OperationResult[] = [];
    const cpuPerRequest = new Map<string, number | null>();
    const rssPerOperation = new Map<string, number | null>();
    let ceilingRps: number | null = null;
    for (const op of ops) {
      process.stderr.write(`${op.name}: `);
      let load: Load;
      let failures = (): Record<string, number> => ({});
      if (op.mutation) {
        ({ load, failures } = saveReportLoad(api.url, op, fixtures, options.seed));
      } else {
        const bytes = await preflight(api.url, op);
        process.stderr.write(`${bytes} bytes; `);
        load = {
          url: `${api.url}/graphql`,
          method: 'POST',
          headers: graphqlHeaders(op.token),
          body: JSON.stringify({ operationName: op.operationName, query: op.query, variables: op.variables }),
        };
      }
      rss.segment();
      const m = await measure(load, options, pool, api.process.pid);
      cpuPerRequest.set(op.name, m.cpuMsPerRequest);
      rssPerOperation.set(op.name, rss.segment());
      if (op.name.startsWith('ceiling')) ceilingRps = m.rps;
      let rawRps: number | null = null;
      if (op.rawSql) {
        const check = await fetch(`${raw.url}/${op.rawSql}`);
        if (!check.ok) throw new Error(`Raw SQL for ${op.name} failed: ${await check.text()}`);
        const rawM = await measure({ url: `${raw.url}/${op.rawSql}`, method: 'GET' }, options, pool, raw.process.pid);
        rawRps = rawM.rps;
      }
      process.stderr.write(
        `${m.rps.toFixed(1)} req/s, p95 ${m.p95?.toFixed(1)} ms${rawRps !== null ? `; raw SQL ${rawRps.toFixed(1)} req/s` : ''}${m.non2xx || m.errors ? `; ${m.non2xx} non-2xx, ${m.errors} errors` : ''}${op.mutation ? `; failed saves: ${JSON.stringify(failures())}` : ''}\n`,
      );
      results.push({
        name: op.name,
        read: !op.mutation && !op.name.startsWith('ceiling'),
        ratioTarget: Boolean(op.ratioTarget),
        rps: round2(m.rps),
        p50Ms: round2(m.p50),
        p95Ms: round2(m.p95),
        p99Ms: round2(m.p99),
        rawSqlRps: round2(rawRps),
        ratioToRawSql: rawRps ? round2(m.rps / rawRps) : null,
        ratioToCeiling: ceilingRps ? round2(m.rps / ceilingRps) : null,
      });
    }

    await settle(api.process.pid, pool);
    rss.segment();
    const surge = options.surge ? await deadlineSurge(api.url, databaseUrl, pool, options) : null;
    const surgeRss = rss.segment();
    const rssMbPeak = round2(rss.stop());
    const output = {
      machine: await machine(pool),
      apiProcesses: processTree(api.process.pid!).length > 1 ? processTree(api.process.pid!).length - 1 : 1,
      loadAverageAtEnd: os.loadavg().map((l) => round2(l)),
      operations: results.map((r) => ({ ...r, apiCpuMsPerRequest: round2(cpuPerRequest.get(r.name)) })),
      surge: surge && {
        attempted: surge.attempted,
        acknowledged: surge.acknowledged,
        submittedInDatabase: surge.submittedInDatabase,
        distinctOrganizations: surge.distinctOrganizations,
        lost: surge.lost,
        duplicated: surge.duplicated,
        p95Ms: surge.p95Ms,
      },
      rssMbPeak,
      targets: [] as TargetRow[],
    };
    output.targets = targetRows(results, surge, rssMbPeak);

    const cell = (v: number | null) => (v === null ? '–' : String(v));
    const lines = [
      '',
      `| operation | req/s | p50 ms | p95 ms | p99 ms | raw SQL req/s | ratio to raw SQL | ratio to ceiling | API CPU ms/req | API peak RSS MB |`,
      `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
      ...results.map(
        (r) =>
          `| ${r.name} | ${cell(r.rps)} | ${cell(r.p50Ms)} | ${cell(r.p95Ms)} | ${cell(r.p99Ms)} | ${cell(r.rawSqlRps)} | ${cell(r.ratioToRawSql)} | ${cell(r.ratioToCeiling)} | ${cell(round2(cpuPerRequest.get(r.name)))} | ${cell(round2(rssPerOperation.get(r.name)))} |`,
      ),
      '',
      `Load average (1, 5, 15 min) at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(
          ', ',
        )} on ${os.cpus().length} cores: above the core count, other processes shared the machine and the timings understate the API (its CPU per request does not).`,
      '',
    ];
    if (surge) {
      lines.push(
        `Deadline surge: ${surge.attempted} attempted by distinct organizations, ${surge.acknowledged} acknowledged, ${surge.submittedInDatabase} submitted in the database from ${surge.distinctOrganizations} organizations, ${surge.lost} lost, ${surge.duplicated} duplicated, p95 ${surge.p95Ms} ms, API peak RSS ${round2(surgeRss)} MB${Object.keys(surge.errorsByCode).length ? ` (refused: ${JSON.stringify(surge.errorsByCode)})` : ''}`,
      );
    }
    lines.push(`Peak RSS of the API: ${rssMbPeak} MB over ${output.apiProcesses} API process(es)`, '');
    const targets = targetRows(results, surge, rssMbPeak);
    lines.push(
      '| target | measured | |',
      '|---|---:|---|',
      ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'met' : '**MISSED**'} |`),
    );
    console.log(lines.join('\n'));

    // Only a full run (every operation and the surge) replaces the committed results.
    if (!options.only && surge) {
      const dir = join(workspaceRoot, 'apps', 'bench', 'results');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(output, null, 2)}\n`);
      console.log(`\nWrote apps/bench/results/latest.json`);
    }
    return 0;
  } finally {
    stopChildren();
    await pool.end();
  }
}

/** A connection URL as it may be printed: its password replaced by ***. */
function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/?#\s]*@/i, '$1***@');
}
