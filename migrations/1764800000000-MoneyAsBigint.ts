import { MigrationInterface, QueryRunner } from 'typeorm';

/** Money columns that were PostgreSQL `integer` (which stops at $21,474,836.47). */
const COLUMNS: Array<[table: string, column: string]> = [
  ['funding_rounds', 'budget_cents'],
  ['funding_rounds', 'min_award_cents'],
  ['funding_rounds', 'max_award_cents'],
  ['applications', 'requested_cents'],
  ['funding_decisions', 'amount_cents'],
  ['awards', 'amount_cents'],
];

/** JSON lists whose elements carry an `amountCents`. */
const JSON_LISTS: Array<[table: string, column: string]> = [
  ['applications', 'budget_lines'],
  ['quarterly_reports', 'spending'],
  ['report_versions', 'spending'],
];

/** Rewrites each element's amountCents with `expression` (of the element `l`). */
const rewrite = (table: string, column: string, expression: string) => `
  UPDATE "${table}" SET "${column}" = (
    SELECT coalesce(jsonb_agg(CASE WHEN l ? 'amountCents' AND jsonb_typeof(l->'amountCents') <> 'null' THEN jsonb_set(l, '{amountCents}', ${expression}) ELSE l END ORDER BY n), '[]'::jsonb)
    FROM jsonb_array_elements("${column}") WITH ORDINALITY AS x(l, n)
  )
  WHERE jsonb_typeof("${column}") = 'array' AND jsonb_array_length("${column}") > 0`;

/**
 * Money, once: every amount becomes `bigint` cents (a state's fund holds
 * billions), and amounts inside JSON lists become decimal strings, which
 * node-postgres reads exactly (a JSON number past 2^53 would be rounded by
 * JSON.parse). Down converts back and fails, rather than truncating, when an
 * amount no longer fits `integer`.
 */
export class MoneyAsBigint1764800000000 implements MigrationInterface {
  name = 'MoneyAsBigint1764800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE bigint`);
    for (const [table, column] of JSON_LISTS) await q.query(rewrite(table, column, `to_jsonb((l->>'amountCents')::numeric::bigint::text)`));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of JSON_LISTS) await q.query(rewrite(table, column, `to_jsonb((l->>'amountCents')::bigint::integer)`));
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE integer`);
  }
}
