import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * A cohort of applicants ready to submit: bulk fixtures for load, crash and
 * benchmark tests (a "deadline surge"), written straight to the database in a
 * handful of set-based statements rather than one API call per row.
 *
 * Precondition: the API has started once on this database (and schema), so the
 * migrations have run and the shipped checklist is loaded; the cohort answers the
 * newest version of it (or the given round's).
 *
 * Rows are written as the API would leave them after sign-in, create and save
 * (no audit events for those steps). Everything, ids and bearer tokens included,
 * follows from `seed`: one cohort per seed per database.
 */
export interface SubmissionCohortOptions {
  /** How many organizations, each with one applicant, one session and one complete draft. */
  count: number;
  /** Default 1. */
  seed?: number;
  /** A published, open round whose eligible kinds include COUNTY; default: a new round, open from an hour ago for 30 days. */
  roundId?: string;
  /** The API's DATABASE_SCHEMA, when not public. */
  schema?: string;
  /** Session lifetime from now; default 24 hours. */
  sessionHours?: number;
}

export interface CohortApplicant {
  organizationId: string;
  userId: string;
  email: string;
  applicationId: string;
  /** The draft's version, for submitApplication. */
  version: number;
  /** Bearer token of the applicant's session. */
  token: string;
  requestedCents: number;
}

export interface SubmissionCohort {
  roundId: string;
  checklistVersionId: string;
  applicants: CohortApplicant[];
}

const CHECKLIST_KEY = 'porp-best-practice';
const NARRATIVE =
  'Our program describes concretely how it does this, who does it, and how we will show it in our quarterly reports. '.repeat(
    3,
  );

/** Deterministic bytes for a name within the seed. */
const digest = (seed: number, name: string) => createHash('sha256').update(`abate-cohort:${seed}:${name}`).digest();

/** A version-4-shaped UUID from the seed, so reruns on a fresh database make the same ids. */
function uuidOf(seed: number, name: string): string {
  const b = digest(seed, name).subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the API stores for a bearer token (SessionsService). */
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSubmissionCohort(
  databaseUrl: string,
  options: SubmissionCohortOptions,
): Promise<SubmissionCohort> {
  const { count, seed = 1, sessionHours = 24 } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive whole number (got ${count})`);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (options.schema) await client.query(`SET search_path TO "${options.schema.replace(/"/g, '""')}"`);
    await client.query('BEGIN');
    const round = options.roundId ? await existingRound(client, options.roundId) : await newRound(client, seed);

    const n = Array.from({ length: count }, (_, i) => i);
    const applicants = n.map(
      (i): CohortApplicant & { name: string; fips: string; population: number; ratingOffset: number } => {
        const bytes = digest(seed, `applicant:${i}`);
        // Whole thousands of dollars within the round's range.
        const steps = Math.floor((round.maxAwardCents - round.minAwardCents) / 100_000);
        const requestedCents = round.minAwardCents + (bytes.readUInt32BE(0) % (steps + 1)) * 100_000;
        return {
          organizationId: uuidOf(seed, `organization:${i}`),
          userId: uuidOf(seed, `user:${i}`),
          email: `cohort-${seed}-${i + 1}@abate.test`,
          applicationId: uuidOf(seed, `application:${i}`),
          version: 1,
          token: digest(seed, `token:${i}`).toString('base64url'),
          requestedCents,
          name: `Cohort ${seed} County ${String(i + 1).padStart(String(count).length, '0')}`,
          fips: String(10_000 + (bytes.readUInt32BE(4) % 90_000)),
          population: 5_000 + (bytes.readUInt32BE(8) % 500_000),
          ratingOffset: bytes[12] % 4,
        };
      },
    );

    await client.query(
      `INSERT INTO organizations (id, name, kind, state, fips_code, population)
       SELECT id, name, 'COUNTY', 'NC', fips, population FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS t(id, name, fips, population)`,
      [
        applicants.map((a) => a.organizationId),
        applicants.map((a) => a.name),
        applicants.map((a) => a.fips),
        applicants.map((a) => a.population),
      ],
    );
    // Cohort users sign in only with their session token: '!' is no password hash, so no password matches.
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, roles)
       SELECT id, email, name, '!', ARRAY['APPLICANT'] FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, email, name)`,
      [
        applicants.map((a) => a.userId),
        applicants.map((a) => a.email),
        applicants.map((a) => `Applicant of ${a.name}`),
      ],
    );
    await client.query(
      `INSERT INTO memberships (user_id, organization_id, role) SELECT user_id, organization_id, 'OWNER' FROM unnest($1::uuid[], $2::uuid[]) AS t(user_id, organization_id)`,
      [applicants.map((a) => a.userId), applicants.map((a) => a.organizationId)],
    );
    await client.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, ip, user_agent)
       SELECT user_id, token_hash, now() + make_interval(hours => $3), '127.0.0.1', 'submission-cohort' FROM unnest($1::uuid[], $2::text[]) AS t(user_id, token_hash)`,
      [applicants.map((a) => a.userId), applicants.map((a) => hashSessionToken(a.token)), sessionHours],
    );
    // Complete answers (as completeAnswers in @abate/testing/applications): every item of the
    // round's checklist narrated and rated, a budget that adds up to the request with a supplies
    // line, one target. Built in SQL from the stored checklist, so the cohort matches the round's version.
    await client.query(
      `INSERT INTO applications (id, round_id, organization_id, status, title, summary, requested_cents, law_enforcement_role, warrant_checks, responses, budget_lines, targets, created_by)
       SELECT t.id, $1, t.organization_id, 'DRAFT', t.title,
              'A peer-led team reaches survivors within 72 hours of a non-fatal overdose.',
              t.requested, 'DATA_ONLY', false,
              (SELECT jsonb_agg(jsonb_build_object('itemKey', item->>'key', 'narrative', (item->>'title') || ': ' || $3, 'selfRating', (t.rating_offset + ord::int) % $4) ORDER BY ord)
                 FROM jsonb_array_elements(cv.definition->'items') WITH ORDINALITY AS x(item, ord)),
              jsonb_build_array(
                jsonb_build_object('category', 'personnel', 'description', 'Two peer outreach workers', 'amountCents', t.requested - t.requested / 10),
                jsonb_build_object('category', 'supplies', 'description', 'Naloxone kits and fentanyl test strips', 'amountCents', t.requested / 10)),
              jsonb_build_array(jsonb_build_object('metricKey', 'survivors_reached', 'value', 100 + t.rating_offset * 50)),
              t.created_by
       FROM unnest($5::uuid[], $6::uuid[], $7::text[], $8::bigint[], $9::int[], $10::uuid[]) AS t(id, organization_id, title, requested, rating_offset, created_by)
       CROSS JOIN checklist_versions cv WHERE cv.id = $2`,
      [
        round.id,
        round.checklistVersionId,
        NARRATIVE,
        round.ratingScale,
        applicants.map((a) => a.applicationId),
        applicants.map((a) => a.organizationId),
        applicants.map((a) => `${a.name}: post-overdose outreach`),
        applicants.map((a) => a.requestedCents),
        applicants.map((a) => a.ratingOffset),
        applicants.map((a) => a.userId),
      ],
    );
    await client.query('COMMIT');
    return {
      roundId: round.id,
      checklistVersionId: round.checklistVersionId,
      applicants: applicants.map(
        ({ organizationId, userId, email, applicationId, version, token, requestedCents }) => ({
          organizationId,
          userId,
          email,
          applicationId,
          version,
          token,
          requestedCents,
        }),
      ),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

interface CohortRound {
  id: string;
  checklistVersionId: string;
  minAwardCents: number;
  maxAwardCents: number;
  /** Ratings run from 0 to ratingScale - 1. */
  ratingScale: number;
}

// The checklist's rating scale, or 0-3 when it names none (MAX_RATING).
const SCALE = `COALESCE(NULLIF(jsonb_array_length(cv.definition->'scale'), 0), 4)`;

async function existingRound(client: Client, roundId: string): Promise<CohortRound> {
  const { rows } = await client.query(
    `SELECT r.id, r.checklist_version_id AS "checklistVersionId", r.min_award_cents AS "minAwardCents", r.max_award_cents AS "maxAwardCents", ${SCALE} AS "ratingScale",
            r.stage, r.opens_at <= now() AND r.closes_at > now() AS open, 'COUNTY' = ANY(r.eligible_kinds) AS "forCounties"
     FROM funding_rounds r JOIN checklist_versions cv ON cv.id = r.checklist_version_id WHERE r.id = $1`,
    [roundId],
  );
  const round = rows[0] as (CohortRound & { stage: string; open: boolean; forCounties: boolean }) | undefined;
  if (!round) throw new Error(`No funding round ${roundId}`);
  if (round.stage !== 'PUBLISHED' || !round.open || !round.forCounties)
    throw new Error(`Round ${roundId} must be published, open now, and open to counties`);
  // bigint columns come back as text; a test cohort's amounts are small whole numbers.
  return { ...round, minAwardCents: Number(round.minAwardCents), maxAwardCents: Number(round.maxAwardCents) };
}

async function newRound(client: Client, seed: number): Promise<CohortRound> {
  const checklist = await client.query(
    `SELECT cv.id, ${SCALE} AS "ratingScale" FROM checklist_versions cv WHERE cv.key = $1 ORDER BY cv.published_at DESC, cv.created_at DESC LIMIT 1`,
    [CHECKLIST_KEY],
  );
  const found = checklist.rows[0] as { id: string; ratingScale: number } | undefined;
  if (!found)
    throw new Error(
      `Checklist ${CHECKLIST_KEY} is not loaded: start the API once on this database before making a cohort`,
    );
  const round: CohortRound = {
    id: uuidOf(seed, 'round'),
    checklistVersionId: found.id,
    minAwardCents: 5_000_000,
    maxAwardCents: 40_000_000,
    ratingScale: found.ratingScale,
  };
  await client.query(
    `INSERT INTO funding_rounds (id, title, description, checklist_version_id, opens_at, closes_at, time_zone, budget_cents, min_award_cents, max_award_cents,
                                 eligible_kinds, reviewers_per_application, grant_start, grant_end, stage, published_at)
     VALUES ($1, $2, 'A round for a cohort of test applicants.', $3, now() - interval '1 hour', now() + interval '30 days', 'America/New_York', 2000000000, $4, $5,
             ARRAY['COUNTY'], 2, (now() + interval '60 days')::date, (now() + interval '790 days')::date, 'PUBLISHED', now())`,
    [round.id, `Cohort ${seed} round`, round.checklistVersionId, round.minAwardCents, round.maxAwardCents],
  );
  return round;
}
