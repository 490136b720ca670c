import { ConfigError } from './app-config';

const DATABASE_FAILURES: Record<string, string> = {
  ECONNREFUSED: 'nothing is listening there',
  ENOTFOUND: 'the host name does not resolve',
  ETIMEDOUT: 'the connection timed out',
  '28P01': 'the password was rejected',
  '28000': 'the user is not allowed to connect',
  '3D000': 'the database does not exist',
};

/** What to tell the operator when the API cannot start: the variable at fault, never a stack trace. */
export function startupErrorMessage(error: unknown, databaseUrl?: string): string {
  if (error instanceof ConfigError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  if (code && DATABASE_FAILURES[code]) {
    const where = databaseUrl ? redactUrl(databaseUrl) : 'DATABASE_URL';
    return `Cannot use the database at DATABASE_URL=${where}: ${DATABASE_FAILURES[code]} (${code}).`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
