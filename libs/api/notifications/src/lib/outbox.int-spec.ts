import { randomBytes } from 'node:crypto';
import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { OrganizationsModule } from '@abate/api/organizations';
import { createUser, TestUser } from '@abate/testing/organizations';
import { NotificationsModule } from './notifications.module';
import { OutboxService } from './outbox.service';
import { DeliveryService } from './delivery.service';

const OUTBOX = `query($first: Int, $after: String, $recipient: String) { outboxMessages(first: $first, after: $after, recipient: $recipient) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id kind recipientEmail subject body createdAt sentAt transport attempts lastError } } }`;

interface OutboxPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{
    id: string;
    kind: string;
    recipientEmail: string;
    subject: string;
    body: string;
    createdAt: string;
    sentAt: string | null;
    transport: string | null;
    attempts: number;
    lastError: string | null;
  }>;
}

describe('stored mail and the outbox page (no SMTP_URL)', () => {
  let t: TestApp;
  let officer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ imports: [OrganizationsModule, NotificationsModule] });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
  });
  afterAll(() => t.close());

  const page = async (variables: Record<string, unknown>, token = officer.token) =>
    (await gql<{ outboxMessages: OutboxPage }>(t, OUTBOX, variables, { token })).data!.outboxMessages;

  it('stores mail instead of sending it, and officers and auditors read it newest first, page by page', async () => {
    const run = randomBytes(3).toString('hex');
    const to = `Reader-${run}@Example.org`;
    // One statement each, a few milliseconds apart: the list orders by creation time to the
    // millisecond (what a cursor holds), and messages of the same millisecond by id, so on a
    // fast machine two of them written back to back could come in either order.
    for (let i = 1; i <= 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 3));
      await t.get(OutboxService).enqueue(t.dataSource.manager, [
        {
          kind: 'test.stored',
          recipientEmail: i % 2 ? to.toLowerCase() : `other-${run}@example.org`,
          subject: `Message ${i}`,
          body: `Body ${i}`,
        },
      ]);
    }
    expect((await t.get(DeliveryService).deliver()).stored).toBeGreaterThanOrEqual(5);

    const all = await page({ first: 100 });
    const mine = all.nodes.filter((n) => n.kind === 'test.stored');
    expect(mine.map((n) => n.subject)).toEqual(['Message 5', 'Message 4', 'Message 3', 'Message 2', 'Message 1']);
    expect(mine[0]).toMatchObject({ transport: 'STORED', attempts: 1, lastError: null, body: 'Body 5' });
    expect(mine.every((n) => n.sentAt !== null)).toBe(true);

    // Pages of two, following endCursor, give the same order with nothing lost or repeated.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const p: OutboxPage = await page({ first: 2, after });
      seen.push(...p.nodes.map((n) => n.id));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((n) => n.id));
    expect(all.totalCount).toBe(seen.length);

    const filtered = await page({ first: 10, recipient: to.toUpperCase() });
    expect(filtered.totalCount).toBe(3);
    expect(filtered.nodes.map((n) => n.subject)).toEqual(['Message 5', 'Message 3', 'Message 1']);

    const auditor = await createUser(t, { roles: [Role.AUDITOR] });
    expect((await page({ first: 1 }, auditor.token)).totalCount).toBe(all.totalCount);
  });

  it('is not for applicants or reviewers', async () => {
    for (const role of [Role.APPLICANT, Role.REVIEWER]) {
      const user = await createUser(t, { roles: [role] });
      expect(errorOf(await gql(t, OUTBOX, { first: 5 }, { token: user.token })).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await gql(t, OUTBOX, { first: 5 })).code).toBe('UNAUTHENTICATED');
  });
});
