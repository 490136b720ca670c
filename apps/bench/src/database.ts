import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { workspaceRoot } from './workspace';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/abate_bench';

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** Creates the database when it is missing (connecting to the server's `postgres` database to do so). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drops everything Abate keeps in the database (its tables and the job queue's), so a seed starts from nothing. */
export async function resetDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

/**
 * How many applications the database holds: 0 when it does not exist or was never migrated.
 * Two statements: PostgreSQL resolves every table a statement names before running it, so
 * one statement that counts `applications` fails on a database without tables, whatever
 * CASE guards it.
 */
export async function applicationCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return 0;
  }
  try {
    const { rows } = await client.query(`SELECT to_regclass('public.applications') IS NOT NULL AS migrated`);
    if (!rows[0].migrated) return 0;
    const counted = await client.query('SELECT count(*)::int AS n FROM applications');
    return counted.rows[0].n as number;
  } finally {
    await client.end();
  }
}

export function openPool(url: string, max = 4): Pool {
  return new Pool({ connectionString: url, max, application_name: 'abate-bench' });
}

/** The built API's modules (dist/api), loaded at run time: the bench runs what production runs. */
export function apiDist(path: string): string {
  return join(workspaceRoot, 'dist', 'api', path);
}
