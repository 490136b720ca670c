import { randomBytes } from 'node:crypto';
import { createTestApp, TestApp } from '@abate/api/testing';
import { startSmtpReceiver, SmtpReceiver } from '../testing';
import { NotificationsModule } from './notifications.module';
import { OutboxService, OutgoingMessage } from './outbox.service';
import { DeliveryService } from './delivery.service';
import { OutboxMessageEntity } from './entities/outbox-message.entity';

const MINUTE = 60_000;

const messages = (n: number, to = (i: number) => `person-${i}@example.org`): OutgoingMessage[] => {
  const run = randomBytes(3).toString('hex');
  return Array.from({ length: n }, (_, i) => ({
    kind: 'test.delivery',
    recipientEmail: to(i),
    subject: `Test ${run} #${i}`,
    body: `Hello ${i}\n.\nA line with a lone dot above.`,
    dedupeKey: `test:${run}:${i}`,
  }));
};

describe('outbox delivery through SMTP', () => {
  let smtp: SmtpReceiver;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpReceiver({ rejectRecipient: (address) => address.startsWith('nobody') });
    t = await createTestApp({
      imports: [NotificationsModule],
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Abate Grants <grants@abate.test>', MAIL_MAX_ATTEMPTS: '3' },
    });
  });
  afterEach(() => t.clock.reset());
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const enqueue = (list: OutgoingMessage[]) => t.get(OutboxService).enqueue(t.dataSource.manager, list);
  const rowsOf = (list: OutgoingMessage[]) =>
    t.dataSource
      .getRepository(OutboxMessageEntity)
      .find({ where: list.map((m) => ({ dedupeKey: m.dedupeKey })), order: { subject: 'ASC' } });

  it('sends each waiting message once, from MAIL_FROM, and marks it sent', async () => {
    const list = messages(3);
    expect(await enqueue(list)).toBe(3);
    expect(await enqueue(list)).toBe(0); // same dedupe keys: written once

    const report = await t.get(DeliveryService).deliver();
    expect(report).toMatchObject({ sent: 3, failed: 0 });
    const rows = await rowsOf(list);
    for (const row of rows) {
      expect(row).toMatchObject({ transport: 'SMTP', attempts: 1, lastError: null });
      expect(row.sentAt).toBeInstanceOf(Date);
      const [mail, ...again] = smtp.withMessageId(row.id);
      expect(again).toEqual([]);
      expect(mail).toMatchObject({ from: 'grants@abate.test', to: [row.recipientEmail], subject: row.subject });
      expect(mail.data).toMatch(/^From: Abate Grants <grants@abate\.test>$/m);
      expect(mail.data).toContain('\r\n.\r\nA line with a lone dot above.');
    }

    expect(await t.get(DeliveryService).deliver()).toEqual({ sent: 0, stored: 0, failed: 0 });
    for (const row of rows) expect(smtp.withMessageId(row.id)).toHaveLength(1);
  });

  it('keeps a refused message with its error, tries again after a wait, and gives up after MAIL_MAX_ATTEMPTS', async () => {
    const [bad] = messages(1, () => `nobody-${randomBytes(2).toString('hex')}@example.org`);
    await enqueue([bad]);
    const start = new Date('2027-03-01T12:00:00Z');
    t.clock.set(start);
    const delivery = t.get(DeliveryService);
    expect((await delivery.deliver()).failed).toBe(1);
    let [row] = await rowsOf([bad]);
    expect(row).toMatchObject({ sentAt: null, transport: null, attempts: 1 });
    expect(row.lastError).toMatch(/550|no such mailbox/);
    expect(row.nextAttemptAt?.getTime()).toBe(start.getTime() + 5 * MINUTE);

    // Not before its time…
    t.clock.set(new Date(start.getTime() + 4 * MINUTE));
    expect((await delivery.deliver()).failed).toBe(0);
    // …then again, with a longer wait after the second failure.
    t.clock.set(new Date(start.getTime() + 5 * MINUTE));
    expect((await delivery.deliver()).failed).toBe(1);
    [row] = await rowsOf([bad]);
    expect(row.attempts).toBe(2);
    expect(row.nextAttemptAt?.getTime()).toBe(start.getTime() + 20 * MINUTE);

    t.clock.set(new Date(start.getTime() + 20 * MINUTE));
    expect((await delivery.deliver()).failed).toBe(1);
    [row] = await rowsOf([bad]);
    expect(row).toMatchObject({ attempts: 3, nextAttemptAt: null, sentAt: null });
    t.clock.set(new Date(start.getTime() + 24 * 60 * MINUTE));
    expect((await delivery.deliver()).failed).toBe(0);
    expect((await rowsOf([bad]))[0].attempts).toBe(3);
    expect(smtp.received.filter((m) => m.to.includes(bad.recipientEmail))).toEqual([]);
  });

  it('never sends a message twice when two API processes deliver at once', async () => {
    // A second app on the same schema: another process of the same deployment.
    const other = await createTestApp({
      imports: [NotificationsModule],
      env: { DATABASE_SCHEMA: t.config.DATABASE_SCHEMA, SMTP_URL: smtp.url },
    });
    try {
      const list = messages(40);
      await enqueue(list);
      const before = smtp.received.length;
      const reports = await Promise.all([
        t.get(DeliveryService).deliver({ batchSize: 3 }),
        other.get(DeliveryService).deliver({ batchSize: 3 }),
        t.get(DeliveryService).deliver({ batchSize: 5 }),
        other.get(DeliveryService).deliver({ batchSize: 2 }),
      ]);
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(40);
      expect(smtp.received.length - before).toBe(40);
      const rows = await rowsOf(list);
      expect(rows.map((r) => [r.attempts, r.transport])).toEqual(rows.map(() => [1, 'SMTP']));
      for (const row of rows) expect(smtp.withMessageId(row.id)).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
