/**
 * The raw-SQL limit of each read: one statement that returns the same payload
 * as the GraphQL operation (built with json_build_object / json_agg), without
 * the API's authentication, authorization, validation and framework. Derived
 * figures that the API computes in code (scores, validation, safeguard flags)
 * are computed here in SQL too, so the database does at least the same work.
 */

const ROUND_STATUS = `CASE WHEN r.stage = 'DRAFT' THEN 'DRAFT' WHEN r.stage = 'DECIDED' THEN 'DECIDED' WHEN now() >= r.closes_at THEN 'REVIEW' ELSE 'PUBLISHED' END`;
const CLOSES_AT_LOCAL = `to_char(r.closes_at AT TIME ZONE r.time_zone, 'FMMonth FMDD, YYYY, FMHH12:MI AM') || ' ' || r.time_zone`;

/** myReviewQueue(first: 25) for the ReviewerQueue query (the web page's first page). $1: reviewer id. */
export const REVIEWER_QUEUE_SQL = `
WITH mine AS (
  SELECT a.* FROM review_assignments a WHERE a.reviewer_id = $1
), page AS (
  SELECT * FROM mine ORDER BY created_at, id LIMIT 26
)
SELECT json_build_object('myReviewQueue', json_build_object(
  'totalCount', (SELECT count(*) FROM mine),
  'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > 25, 'endCursor', (SELECT encode(convert_to(json_build_array(created_at::text, id)::text, 'UTF8'), 'base64') FROM (SELECT * FROM page ORDER BY created_at, id LIMIT 25) l ORDER BY created_at DESC, id DESC LIMIT 1)),
  'nodes', (SELECT coalesce(json_agg(json_build_object(
    'id', a.id, 'status', a.status, 'organizationName', o.name, 'ratedCount', jsonb_array_length(a.scores), 'submittedAt', a.submitted_at,
    'round', json_build_object('id', r.id, 'title', r.title, 'status', ${ROUND_STATUS}, 'closesAtLocal', ${CLOSES_AT_LOCAL},
      'checklist', json_build_object('id', cv.id, 'itemCount', jsonb_array_length(cv.definition->'items')))
  ) ORDER BY a.created_at, a.id), '[]'::json)
  FROM (SELECT * FROM page ORDER BY created_at, id LIMIT 25) a
  JOIN applications ap ON ap.id = a.application_id
  JOIN organizations o ON o.id = ap.organization_id
  JOIN funding_rounds r ON r.id = a.round_id
  JOIN checklist_versions cv ON cv.id = r.checklist_version_id)
)) AS data`;

/**
 * roundRanking(normalize: false, first: 25) for the AwardsRoundRanking query, as the ranking page reads it:
 * the first 25 rows, with the totals, the line's place and the undecided count over the whole ranking. $1: round id.
 */
export const ROUND_RANKING_SQL = `
WITH round AS (
  SELECT r.*, cv.definition FROM funding_rounds r JOIN checklist_versions cv ON cv.id = r.checklist_version_id WHERE r.id = $1
), items AS (
  SELECT i->>'key' AS key, (i->>'weight')::float8 AS weight, coalesce((i->>'critical')::boolean, false) AS critical, n
  FROM round, jsonb_array_elements(round.definition->'items') WITH ORDINALITY AS x(i, n)
), apps AS (
  SELECT ap.* FROM applications ap WHERE ap.round_id = $1 AND ap.status IN ('SUBMITTED', 'AWARDED', 'DECLINED')
), ratings AS (
  SELECT a.application_id, a.reviewer_id, s."itemKey" AS key, s.rating
  FROM review_assignments a CROSS JOIN LATERAL jsonb_to_recordset(a.scores) AS s("itemKey" text, rating int)
  WHERE a.round_id = $1 AND a.status = 'SUBMITTED'
), item_stats AS (
  SELECT application_id, key, avg(rating) AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY rating) AS median, max(rating) - min(rating) AS gap
  FROM ratings GROUP BY application_id, key
), scores AS (
  SELECT s.application_id, sum(i.weight * s.mean / 3) / sum(i.weight) * 100 AS score,
         coalesce(array_agg(s.key ORDER BY i.n) FILTER (WHERE i.critical AND s.median = 0), '{}') AS gaps,
         coalesce(array_agg(s.key ORDER BY i.n) FILTER (WHERE s.gap >= 2), '{}') AS disagreements
  FROM item_stats s JOIN items i USING (key) GROUP BY s.application_id
), totals AS (
  SELECT application_id, reviewer_id, sum(i.weight * r.rating / 3) / sum(i.weight) * 100 AS total
  FROM ratings r JOIN items i USING (key) GROUP BY application_id, reviewer_id
), spreads AS (
  SELECT application_id, count(*) AS reviewers, CASE WHEN count(*) < 2 THEN NULL ELSE max(total) - min(total) END AS spread FROM totals GROUP BY application_id
), ranked AS (
  SELECT ap.id, ap.tracking_id, ap.title, ap.status, ap.requested_cents, ap.law_enforcement_role, ap.warrant_checks, ap.budget_lines, o.name AS organization_name,
         sc.score, sc.gaps, sc.disagreements, coalesce(sp.reviewers, 0) AS reviewers, sp.spread, d.decision, d.amount_cents, d.conditions, d.reason, d.override_reason,
         least(ap.requested_cents, (SELECT max_award_cents FROM round)) AS recommendable,
         row_number() OVER (ORDER BY sc.score DESC NULLS LAST, cardinality(sc.gaps), sp.spread NULLS LAST, ap.submitted_at, ap.id) AS rank
  FROM apps ap JOIN organizations o ON o.id = ap.organization_id
  LEFT JOIN scores sc ON sc.application_id = ap.id LEFT JOIN spreads sp ON sp.application_id = ap.id
  LEFT JOIN funding_decisions d ON d.application_id = ap.id
), running AS (
  SELECT ranked.*, CASE WHEN cardinality(gaps) = 0 AND score IS NOT NULL THEN sum(CASE WHEN cardinality(gaps) = 0 AND score IS NOT NULL THEN recommendable ELSE 0 END) OVER (ORDER BY rank) END AS cumulative
  FROM ranked
), line AS (
  SELECT coalesce(min(rank), 2147483647) AS first_unfunded FROM running WHERE cumulative > (SELECT budget_cents FROM round)
)
SELECT json_build_object('roundRanking', json_build_object(
  'roundId', $1, 'normalized', false, 'budgetCents', (SELECT budget_cents FROM round),
  'fundedCents', (SELECT coalesce(sum(recommendable), 0) FROM running, line WHERE cumulative IS NOT NULL AND rank < first_unfunded),
  'awardedCents', (SELECT coalesce(sum(amount_cents), 0) FROM running WHERE decision = 'AWARD'),
  'tieRule', 'Ties go to fewer critical gaps, then the smaller spread, then the earlier submission.',
  'totalCount', (SELECT count(*) FROM running),
  'lastRankAboveFundingLine', (SELECT coalesce(max(rank), 0) FROM running, line WHERE cumulative IS NOT NULL AND rank < first_unfunded),
  'undecidedCount', (SELECT count(*) FROM running WHERE decision IS NULL AND status = 'SUBMITTED'),
  'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > 25 FROM running), 'endCursor', encode(convert_to('ranking:' || (SELECT least(count(*), 25) FROM running), 'UTF8'), 'base64')),
  'rows', (SELECT json_agg(json_build_object(
    'rank', rank,
    'application', json_build_object('id', id, 'trackingId', tracking_id, 'title', title, 'status', status, 'requestedCents', requested_cents),
    'organizationName', organization_name, 'score', score, 'normalizedScore', NULL, 'reviewerCount', reviewers, 'spread', spread,
    'criticalGaps', gaps, 'disagreements', disagreements,
    'safeguardFlags', (SELECT coalesce(json_agg(json_build_object('code', code, 'message', code)), '[]'::json) FROM unnest(ARRAY[
        CASE WHEN law_enforcement_role = 'POLICE_LED' THEN 'POLICE_LED' END,
        CASE WHEN law_enforcement_role IN ('UNIFORMED_ACCOMPANY', 'POLICE_LED') THEN 'UNIFORMED_POLICE_ON_VISITS' END,
        CASE WHEN warrant_checks THEN 'WARRANT_CHECKS' END,
        CASE WHEN NOT budget_lines @> '[{"category": "supplies"}]' THEN 'NO_NALOXONE_IN_BUDGET' END]) AS code WHERE code IS NOT NULL),
    'requestedCents', requested_cents,
    'recommendedCents', CASE WHEN cumulative IS NOT NULL AND rank < first_unfunded THEN recommendable END,
    'aboveFundingLine', cumulative IS NOT NULL AND rank < first_unfunded,
    'rawAboveFundingLine', cumulative IS NOT NULL AND rank < first_unfunded,
    'rawRecommendedCents', CASE WHEN cumulative IS NOT NULL AND rank < first_unfunded THEN recommendable END,
    'decision', CASE WHEN decision IS NULL THEN NULL ELSE json_build_object('decision', decision, 'amountCents', amount_cents, 'conditions', conditions, 'reason', reason, 'overrideReason', override_reason) END
  ) ORDER BY rank) FROM running, line WHERE rank <= 25)
)) AS data`;

/** application(id) for the ApplicantEditor query. $1: application id. */
export const APPLICATION_SQL = `
SELECT json_build_object('application', json_build_object(
  'id', a.id, 'status', a.status, 'version', a.version, 'title', a.title, 'summary', a.summary, 'requestedCents', a.requested_cents,
  'lawEnforcementRole', a.law_enforcement_role, 'warrantChecks', a.warrant_checks,
  'responses', a.responses, 'budgetLines', a.budget_lines,
  'budgetTotalCents', (SELECT coalesce(sum((b->>'amountCents')::bigint), 0) FROM jsonb_array_elements(a.budget_lines) b),
  'targets', a.targets,
  'validation', json_build_object(
    'errors', (SELECT coalesce(json_agg(json_build_object('field', 'responses.' || (i->>'key') || '.narrative', 'message', 'Describe how the program meets "' || (i->>'title') || '"')), '[]'::json)
               FROM jsonb_array_elements(c.definition->'items') i
               WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(a.responses) x WHERE x->>'itemKey' = i->>'key' AND length(trim(x->>'narrative')) > 0)),
    'warnings', (SELECT coalesce(json_agg(json_build_object('field', 'responses.' || (x->>'itemKey') || '.narrative', 'message', 'the narrative is very short')), '[]'::json)
               FROM jsonb_array_elements(a.responses) x WHERE length(trim(x->>'narrative')) < 200)),
  'safeguardFlags', (SELECT coalesce(json_agg(json_build_object('code', code, 'message', code, 'source', json_build_object('id', code, 'citation', code, 'url', NULL))), '[]'::json) FROM unnest(ARRAY[
        CASE WHEN a.law_enforcement_role = 'POLICE_LED' THEN 'POLICE_LED' END,
        CASE WHEN a.law_enforcement_role IN ('UNIFORMED_ACCOMPANY', 'POLICE_LED') THEN 'UNIFORMED_POLICE_ON_VISITS' END,
        CASE WHEN a.warrant_checks THEN 'WARRANT_CHECKS' END,
        CASE WHEN NOT a.budget_lines @> '[{"category": "supplies"}]' THEN 'NO_NALOXONE_IN_BUDGET' END]) AS code WHERE code IS NOT NULL),
  'activity', (SELECT coalesce(json_agg(json_build_object('at', e.occurred_at, 'actorEmail', e.actor_email, 'action', e.action, 'fields', '[]'::json) ORDER BY e.occurred_at DESC), '[]'::json)
               FROM (SELECT * FROM audit_events WHERE entity_type = 'Application' AND entity_id = a.id::text ORDER BY occurred_at DESC LIMIT 50) e),
  'trackingId', a.tracking_id, 'submittedAt', a.submitted_at, 'updatedAt', a.updated_at,
  'organization', json_build_object('id', o.id, 'name', o.name),
  'round', json_build_object('id', r.id, 'title', r.title, 'closesAtLocal', ${CLOSES_AT_LOCAL}, 'timeZone', r.time_zone,
    'minAwardCents', r.min_award_cents, 'maxAwardCents', r.max_award_cents, 'accepting', r.stage = 'PUBLISHED' AND now() >= r.opens_at AND now() < r.closes_at,
    'checklist', json_build_object('id', c.id, 'key', c.key, 'version', c.label, 'title', c.title, 'domains', c.definition->'domains',
      'items', (SELECT json_agg(json_build_object('key', i->>'key', 'domain', i->>'domain', 'title', i->>'title', 'description', i->>'description', 'weight', (i->>'weight')::int, 'critical', coalesce((i->>'critical')::boolean, false)) ORDER BY n)
                FROM jsonb_array_elements(c.definition->'items') WITH ORDINALITY AS x(i, n)),
      'scale', c.definition->'scale'))
)) AS data
FROM applications a
JOIN organizations o ON o.id = a.organization_id
JOIN funding_rounds r ON r.id = a.round_id
JOIN checklist_versions c ON c.id = r.checklist_version_id
WHERE a.id = $1`;

/** portfolioOutcomes(roundId) for the InsightsPortfolioOutcomes query. $1: round id. */
export const PORTFOLIO_SQL = `
WITH aw AS (
  SELECT a.id, a.round_id, a.amount_cents, o.name AS org_name, o.state, o.fips_code, ap.targets, ap.budget_lines, r.title AS round_title
  FROM awards a JOIN organizations o ON o.id = a.organization_id JOIN applications ap ON ap.id = a.application_id JOIN funding_rounds r ON r.id = a.round_id
  WHERE a.round_id = $1
), counted AS (
  SELECT rep.id, rep.award_id, rep.metrics, m.label
  FROM quarterly_reports rep JOIN reporting_milestones m ON m.id = rep.milestone_id JOIN aw ON aw.id = rep.award_id
  WHERE m.kind = 'QUARTERLY' AND rep.status IN ('SUBMITTED', 'ACCEPTED')
), metric_values AS (
  SELECT c.award_id, c.label, x.key, x.value FROM counted c CROSS JOIN LATERAL jsonb_to_recordset(c.metrics) AS x("key" text, "value" float8) WHERE x.value IS NOT NULL
), spend AS (
  SELECT c.award_id, s.category, sum(s.amount_cents) AS amount FROM counted c JOIN report_spending s ON s.report_id = c.id GROUP BY c.award_id, s.category
), actuals AS (
  SELECT award_id, key, sum(value) AS value FROM metric_values GROUP BY award_id, key
), overdue AS (
  SELECT m.award_id, json_agg(json_build_object('milestoneId', m.id, 'kind', m.kind, 'label', m.label, 'dueDate', m.due_date, 'daysOverdue', current_date - m.due_date, 'reportStatus', rep.status) ORDER BY m.due_date) AS items, count(*) AS n
  FROM reporting_milestones m JOIN aw ON aw.id = m.award_id LEFT JOIN quarterly_reports rep ON rep.milestone_id = m.id
  WHERE m.due_date < current_date AND (rep.status IS NULL OR rep.status NOT IN ('SUBMITTED', 'ACCEPTED'))
  GROUP BY m.award_id
), flags AS (
  SELECT award_id, json_agg(json_build_object('quarter', label, 'key', key, 'label', key, 'value', value) ORDER BY label) AS items, count(*) AS n
  FROM metric_values WHERE key IN ('warrant_checks', 'arrests_during_outreach') AND value <> 0 GROUP BY award_id
), quarter_totals AS (
  SELECT label, key, sum(value) AS value FROM metric_values GROUP BY label, key
)
SELECT json_build_object('portfolioOutcomes', json_build_object(
  'roundId', $1,
  'quarters', (SELECT coalesce(json_agg(json_build_object('label', q.label, 'reportsCounted', (SELECT count(*) FROM counted c WHERE c.label = q.label),
                 'metrics', q.metrics, 'rates', '[]'::json) ORDER BY q.label), '[]'::json)
               FROM (SELECT label, json_agg(json_build_object('key', key, 'label', key, 'unit', 'count', 'value', value) ORDER BY key) AS metrics FROM quarter_totals GROUP BY label) q),
  'overall', json_build_object(
    'granteeCount', (SELECT count(*) FROM aw), 'reportsCounted', (SELECT count(*) FROM counted),
    'awardedCents', (SELECT coalesce(sum(amount_cents), 0) FROM aw),
    'budgetCents', (SELECT budget_cents FROM funding_rounds WHERE id = $1),
    'spentCents', (SELECT coalesce(sum(amount), 0) FROM spend),
    'overdueCount', (SELECT coalesce(sum(n), 0) FROM overdue), 'safeguardFlagCount', (SELECT coalesce(sum(n), 0) FROM flags),
    'metrics', (SELECT json_agg(json_build_object('key', key, 'label', key, 'unit', 'count', 'value', value) ORDER BY key) FROM (SELECT key, sum(value) AS value FROM metric_values GROUP BY key) t),
    'rates', '[]'::json),
  'grantees', (SELECT coalesce(json_agg(json_build_object(
    'award', json_build_object('id', aw.id), 'roundId', aw.round_id, 'roundTitle', aw.round_title, 'organizationName', aw.org_name, 'state', aw.state, 'fipsCode', aw.fips_code,
    'awardedCents', aw.amount_cents,
    'budgetCents', (SELECT coalesce(sum((b->>'amountCents')::bigint), 0) FROM jsonb_array_elements(aw.budget_lines) b),
    'spentCents', (SELECT coalesce(sum(amount), 0) FROM spend s WHERE s.award_id = aw.id),
    'quartersReported', (SELECT count(*) FROM counted c WHERE c.award_id = aw.id),
    'targets', (SELECT coalesce(json_agg(json_build_object('metricKey', t->>'metricKey', 'label', t->>'metricKey', 'unit', 'count', 'target', (t->>'value')::float8, 'actual', ac.value,
                  'shareOfTarget', ac.value / nullif((t->>'value')::float8, 0))), '[]'::json)
                FROM jsonb_array_elements(aw.targets) t LEFT JOIN actuals ac ON ac.award_id = aw.id AND ac.key = t->>'metricKey'),
    'spending', (SELECT coalesce(json_agg(json_build_object('category', b->>'category', 'label', b->>'category', 'budgetCents', (b->>'amountCents')::bigint,
                  'spentCents', coalesce(s.amount, 0), 'remainingCents', (b->>'amountCents')::bigint - coalesce(s.amount, 0))), '[]'::json)
                FROM jsonb_array_elements(aw.budget_lines) b LEFT JOIN spend s ON s.award_id = aw.id AND s.category = b->>'category'),
    'safeguardFlags', coalesce(f.items, '[]'::json),
    'overdue', coalesce(od.items, '[]'::json)
  ) ORDER BY aw.org_name, aw.id), '[]'::json) FROM aw LEFT JOIN flags f ON f.award_id = aw.id LEFT JOIN overdue od ON od.award_id = aw.id)
)) AS data`;

/** paymentRequests(status, first: 25) for the approval queue (the web's PaymentsQueue). $1: status. */
export const PAYMENT_QUEUE_SQL = `
WITH queue AS (
  SELECT pr.* FROM payment_requests pr WHERE pr.status = $1
), page AS (
  SELECT * FROM queue ORDER BY created_at, id LIMIT 26
)
SELECT json_build_object('paymentRequests', json_build_object(
  'totalCount', (SELECT count(*) FROM queue),
  'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > 25, 'endCursor', (SELECT encode(convert_to(json_build_array(created_at, id)::text, 'UTF8'), 'base64') FROM (SELECT * FROM page ORDER BY created_at, id LIMIT 25) l ORDER BY created_at DESC, id DESC LIMIT 1)),
  'nodes', (SELECT coalesce(json_agg(json_build_object(
    'id', p.id, 'reference', 'PR-' || left(p.award_id::text, 8) || '-' || p.number, 'kind', p.kind, 'status', p.status,
    'totalCents', p.total_cents::text, 'submittedAt', p.submitted_at,
    'approvals', (SELECT coalesce(json_agg(json_build_object('id', ap.id, 'decision', ap.decision, 'cycle', ap.cycle,
        'user', json_build_object('id', ap.user_id)) ORDER BY ap.decided_at), '[]'::json)
      FROM payment_approvals ap WHERE ap.payment_request_id = p.id),
    'award', json_build_object('id', a.id,
      'organization', json_build_object('id', o.id, 'name', o.name),
      'round', json_build_object('id', r.id, 'title', r.title))
  ) ORDER BY p.created_at, p.id), '[]'::json)
  FROM (SELECT * FROM page ORDER BY created_at, id LIMIT 25) p JOIN awards a ON a.id = p.award_id JOIN organizations o ON o.id = a.organization_id JOIN funding_rounds r ON r.id = a.round_id)
)) AS data`;

export const RAW_SQL: Record<string, string> = {
  paymentQueue: PAYMENT_QUEUE_SQL,
  reviewerQueue: REVIEWER_QUEUE_SQL,
  roundRanking: ROUND_RANKING_SQL,
  application: APPLICATION_SQL,
  portfolio: PORTFOLIO_SQL,
};
