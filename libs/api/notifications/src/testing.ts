/** Test helpers for mail (`@abate/testing/notifications`): a real SMTP server in the test process. */
import { createServer, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { messageIdOf } from './lib/mailer';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent (headers and body, dot-stuffing undone). */
  data: string;
  messageId: string | null;
  subject: string | null;
}

export interface SmtpReceiver {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Mail with this Message-ID, as many times as it arrived. */
  withMessageId(id: string): ReceivedMail[];
  close(): Promise<void>;
}

/**
 * The smallest SMTP server nodemailer will talk to (220, EHLO/HELO, MAIL,
 * RCPT, DATA, RSET, NOOP, QUIT; no TLS, no auth), keeping what it receives.
 * `rejectRecipient` answers 550 to RCPT TO for the addresses it picks.
 */
export async function startSmtpReceiver(
  options: { rejectRecipient?: (address: string) => boolean } = {},
): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let inData = false;
    let dataLines: string[] = [];
    let envelope: { from: string; to: string[] } = { from: '', to: [] };
    reply('220 test-smtp ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            const data = dataLines.join('\r\n');
            const header = (name: string) =>
              new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(data.split('\r\n\r\n')[0])?.[1].trim() ?? null;
            received.push({ ...envelope, data, messageId: header('Message-ID'), subject: header('Subject') });
            envelope = { from: '', to: [] };
            dataLines = [];
            reply('250 2.0.0 queued');
          } else {
            dataLines.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        if (verb === 'EHLO') reply('250-test-smtp\r\n250 8BITMIME');
        else if (verb === 'HELO') reply('250 test-smtp');
        else if (verb === 'MAIL') {
          envelope = { from: address, to: [] };
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          if (options.rejectRecipient?.(address)) reply(`550 5.1.1 <${address}>: no such mailbox`);
          else {
            envelope.to.push(address);
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end data with <CR><LF>.<CR><LF>');
        } else if (verb === 'RSET') {
          envelope = { from: '', to: [] };
          reply('250 2.0.0 ok');
        } else if (verb === 'NOOP') reply('250 2.0.0 ok');
        else if (verb === 'QUIT') {
          reply('221 2.0.0 bye');
          socket.end();
        } else reply('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    withMessageId: (id) => received.filter((m) => m.messageId === messageIdOf(id)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
