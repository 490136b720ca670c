import type { TestApp } from './test-app';

/**
 * The one-use token in the newest mail to an address (read from the stored outbox), from its link's
 * path; with `origin`, the link must also start with it (the configured public address).
 */
export async function mailedToken(
  t: TestApp,
  email: string,
  page: 'invitation' | 'reset-password',
  origin = '',
): Promise<string> {
  const [row] = await t.dataSource.query(
    'SELECT body FROM outbox_messages WHERE recipient_email = $1 ORDER BY created_at DESC LIMIT 1',
    [email],
  );
  const match = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${page}/([A-Za-z0-9_-]+)`).exec(
    row?.body ?? '',
  );
  if (!match) throw new Error(`No ${page} link mailed to ${email}: ${row?.body}`);
  return match[1];
}
