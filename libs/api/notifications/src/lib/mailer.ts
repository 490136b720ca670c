import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { AppConfig, headerSafe } from '@abate/api/core';
import type { MailTransportName } from './entities/outbox-message.entity';

/** The Message-ID of an outbox message's mail: the same on every attempt, so a receiver can spot a repeat. */
export function messageIdOf(outboxId: string): string {
  return `<${outboxId}@abate.outbox>`;
}

export interface MailMessage {
  /** The outbox row's id: the Message-ID, so a receiving server can spot a repeat. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Where delivered mail goes: the SMTP server of SMTP_URL, or nowhere but the
 * outbox table itself ("stored"), where officers read it.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly smtp: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.smtp = config.SMTP_URL
      ? createTransport({
          url: config.SMTP_URL,
          // A job waits on these: a server that does not answer fails the attempt, to be retried later.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  get transport(): MailTransportName {
    return this.smtp ? 'SMTP' : 'STORED';
  }

  /** Hands the message to the SMTP server; resolves once the server accepted it. */
  async send(message: MailMessage): Promise<void> {
    if (!this.smtp) return;
    await this.smtp.sendMail({
      from: this.config.MAIL_FROM,
      to: headerSafe(message.to),
      subject: headerSafe(message.subject),
      text: message.text,
      messageId: messageIdOf(message.id),
    });
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
