import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import {
  AppConfig,
  AuditWriter,
  Clock,
  InvalidStateException,
  MailQueue,
  NotFoundException,
  RateLimitedException,
  Transactions,
} from '@abate/api/core';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { UserEntity } from './entities/user.entity';
import { SessionEntity } from './entities/session.entity';
import { passwordResetMail } from './identity-mail';
import { hashPassword } from './password';
import { hashToken, newToken } from './tokens';

export const RESET_MINUTES = 60;
/** Requests per e-mail and per address within RESET_WINDOW_MINUTES before RATE_LIMITED. */
export const RESET_MAX_PER_EMAIL = 3;
export const RESET_MAX_PER_ADDRESS = 20;
export const RESET_WINDOW_MINUTES = 60;
/**
 * Every request takes at least this long, known e-mail or not: the slow part (the
 * mail row, the hash) differs a little between the two, the floor hides it.
 */
export const RESET_RESPONSE_FLOOR_MS = 400;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

@Injectable()
export class PasswordResetsService {
  constructor(
    @InjectRepository(PasswordResetEntity) private readonly resets: Repository<PasswordResetEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  /**
   * Always answers the same, in the same time: a known, active account gets a mail
   * with a one-time link (1 hour); an unknown address only a request row (which
   * counts toward the rate limit) with the hash of a token nobody will ever see.
   */
  async request(email: string, ip: string): Promise<void> {
    const started = Date.now();
    try {
      await this.enforceRateLimit(email, ip);
      const user = await this.users.findOne({ where: { email } });
      const token = newToken();
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + RESET_MINUTES * 60_000);
      const known = !!user?.active;
      await this.transactions.run(async (manager) => {
        const row = await manager.save(
          manager.create(PasswordResetEntity, {
            email,
            ip,
            userId: known ? user!.id : null,
            tokenHash: hashToken(token),
            expiresAt,
          }),
        );
        if (!known) return;
        const text = passwordResetMail({
          name: user!.name,
          link: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/reset-password/${token}`,
          expiresAt,
        });
        await this.moduleRef
          .get(MailQueue, { strict: false })
          .enqueue(manager, [
            { kind: 'identity.passwordReset', recipientUserId: user!.id, recipientEmail: user!.email, ...text },
          ]);
        await this.audit.record(manager, {
          action: 'passwordReset.request',
          entityType: 'User',
          entityId: user!.id,
          after: { resetId: row.id, expiresAt },
        });
      });
    } finally {
      const left = RESET_RESPONSE_FLOOR_MS - (Date.now() - started);
      if (left > 0) await sleep(left);
    }
  }

  /** Uses the link once: sets the password and ends every session of the account. */
  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.transactions.run(async (manager) => {
      const reset = await manager.findOne(PasswordResetEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset || !reset.userId) throw new NotFoundException('Password reset', 'token');
      if (reset.usedAt) throw new InvalidStateException('This reset link was already used; ask for a new one');
      if (reset.expiresAt.getTime() <= this.clock.now().getTime())
        throw new InvalidStateException('This reset link has expired; ask for a new one');
      const user = await manager.findOne(UserEntity, { where: { id: reset.userId } });
      if (!user?.active) throw new NotFoundException('Password reset', 'token');
      const usedAt = this.clock.now();
      await manager.update(PasswordResetEntity, { id: reset.id }, { usedAt });
      // Any other link still out there for this account stops working too.
      await manager
        .createQueryBuilder()
        .update(PasswordResetEntity)
        .set({ usedAt })
        .where('user_id = :userId AND used_at IS NULL', { userId: user.id })
        .execute();
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      const ended = await manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND revoked_at IS NULL', { userId: user.id })
        .execute();
      await this.audit.record(manager, {
        action: 'passwordReset.complete',
        entityType: 'User',
        entityId: user.id,
        actor: { id: user.id, email: user.email },
        after: { sessionsEnded: ended.affected ?? 0 },
      });
    });
  }

  private async enforceRateLimit(email: string, ip: string): Promise<void> {
    const since = new Date(this.clock.now().getTime() - RESET_WINDOW_MINUTES * 60_000);
    const [byEmail, byAddress] = await Promise.all([
      this.resets.count({ where: { email, requestedAt: MoreThan(since) } }),
      this.resets.count({ where: { ip, requestedAt: MoreThan(since) } }),
    ]);
    if (byEmail >= RESET_MAX_PER_EMAIL || byAddress >= RESET_MAX_PER_ADDRESS) {
      throw new RateLimitedException(`Too many password reset requests; try again in ${RESET_WINDOW_MINUTES} minutes`);
    }
  }
}
