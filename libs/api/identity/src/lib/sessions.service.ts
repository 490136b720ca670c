import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan, Not, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  AppConfig,
  AuditWriter,
  Authenticator,
  AuthUser,
  RateLimitedException,
  Role,
  Transactions,
  UnauthenticatedException,
} from '@abate/api/core';
import { UserEntity } from './entities/user.entity';
import { SessionEntity } from './entities/session.entity';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';
import { verifyPassword } from './password';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** However often a session is refreshed, it ends this many days after sign-in. */
const MAX_SESSION_DAYS = 7;

// One message for an unknown email and a wrong password: the caller cannot tell which.
const BAD_CREDENTIALS = 'Email or password is incorrect';

@Injectable()
export class SessionsService extends Authenticator {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SignInAttemptEntity) private readonly attempts: Repository<SignInAttemptEntity>,
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {
    super();
  }

  async signIn(email: string, password: string, client: { ip: string; userAgent?: string }): Promise<SignedIn> {
    const attemptId = await this.recordPasswordAttempt(email, client.ip);
    const user = await this.users.findOne({ where: { email } });
    const valid = await verifyPassword(user?.active ? user.passwordHash : undefined, password);
    if (!user || !valid) throw new UnauthenticatedException(BAD_CREDENTIALS);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000);
    await this.transactions.run(async (manager) => {
      const session = await manager.save(
        manager.create(SessionEntity, {
          userId: user.id,
          tokenHash: hashToken(token),
          expiresAt,
          ip: client.ip,
          userAgent: client.userAgent?.slice(0, 512) ?? null,
        }),
      );
      await manager.update(SignInAttemptEntity, { id: attemptId }, { succeeded: true });
      await this.audit.record(manager, {
        action: 'session.signIn',
        entityType: 'Session',
        entityId: session.id,
        actor: { id: user.id, email: user.email },
        after: { userId: user.id, expiresAt, ip: client.ip },
      });
    });
    return { token, expiresAt, user };
  }

  /** Revokes the caller's session; false when there was none to end. */
  async signOut(actor: AuthUser | null): Promise<boolean> {
    if (!actor) return false;
    return this.transactions.run(async (manager) => {
      const result = await manager.update(SessionEntity, { id: actor.sessionId }, { revokedAt: () => 'now()' });
      await this.audit.record(manager, { action: 'session.signOut', entityType: 'Session', entityId: actor.sessionId });
      return (result.affected ?? 0) > 0;
    });
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    if (token.length > 128) return null;
    // One statement on every request, reading only what the caller becomes (not the session's ID
    // token nor the user's password hash), as plain rows: TypeORM's query builder and hydration
    // were about a tenth of the CPU of a signed-in `{ me { id } }`. The token hash is unique.
    const [row]: Array<{
      session_id: string;
      expires_at: Date;
      id: string;
      email: string;
      name: string;
      roles: Role[];
    }> = await this.sessions.query(AUTHENTICATE_SQL, [hashToken(token), new Date()]);
    if (!row) return null;
    const { id, email, name, roles } = row;
    return { id, email, name, roles, sessionId: row.session_id, sessionExpiresAt: row.expires_at };
  }

  /**
   * Opens a session for a user already proven (an accepted invitation, the identity
   * provider's callback) inside the caller's transaction; audited as the user.
   */
  async openSession(
    manager: EntityManager,
    user: UserEntity,
    client: { ip: string; userAgent?: string },
    how: string,
    idToken: string | null = null,
  ): Promise<SignedIn> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000);
    const session = await manager.save(
      manager.create(SessionEntity, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 512) ?? null,
        idToken,
      }),
    );
    await this.audit.record(manager, {
      action: 'session.signIn',
      entityType: 'Session',
      entityId: session.id,
      actor: { id: user.id, email: user.email },
      after: { userId: user.id, expiresAt, ip: client.ip, how },
    });
    return { token, expiresAt, user };
  }

  /**
   * "Stay signed in": moves the caller's session expiry to a full SESSION_TTL_HOURS from
   * now, but never past MAX_SESSION_DAYS after sign-in (a stolen token cannot live forever).
   */
  async refresh(actor: AuthUser): Promise<Date> {
    return this.transactions.run(async (manager) => {
      const session = await manager.findOne(SessionEntity, { where: { id: actor.sessionId, revokedAt: IsNull() } });
      if (!session) throw new UnauthenticatedException();
      const cap = session.createdAt.getTime() + MAX_SESSION_DAYS * 86_400_000;
      const expiresAt = new Date(Math.min(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000, cap));
      await manager.update(SessionEntity, { id: session.id }, { expiresAt });
      await this.audit.record(manager, {
        action: 'session.refresh',
        entityType: 'Session',
        entityId: session.id,
        before: { expiresAt: session.expiresAt },
        after: { expiresAt },
      });
      return expiresAt;
    });
  }

  /** Ends every open session of a user (password reset, deactivation), in the caller's transaction; how many ended. */
  async endAll(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
    const where = exceptSessionId
      ? { userId, revokedAt: IsNull(), id: Not(exceptSessionId) }
      : { userId, revokedAt: IsNull() };
    const result = await manager.update(SessionEntity, where, { revokedAt: () => 'now()' });
    return result.affected ?? 0;
  }

  /** The ID token of a provider session, for signing out at the provider too. */
  async idTokenOf(sessionId: string): Promise<string | null> {
    const session = await this.sessions.findOne({ where: { id: sessionId }, select: { id: true, idToken: true } });
    return session?.idToken ?? null;
  }

  /**
   * Throttles password guesses (sign-in and a wrong current password on changePassword).
   * The attempt is stored as failed BEFORE the failures are counted, in its own committed
   * statement, and the count includes it: of N concurrent wrong passwords, the k-th to be
   * stored sees at least k failures, so no more than the limit ever reach the password check.
   * A throttled attempt is removed again (it checked nothing), so waiting out the window works.
   * Returns the attempt's id: mark it succeeded when the password was right.
   */
  async recordPasswordAttempt(email: string, ip: string): Promise<string> {
    const inserted = await this.attempts.insert({ email: email.slice(0, 254), ip: ip.slice(0, 64), succeeded: false });
    const id = String(inserted.identifiers[0]?.['id']);
    const since = new Date(Date.now() - this.config.SIGNIN_WINDOW_MINUTES * 60_000);
    const [byEmail, byAddress] = await Promise.all([
      this.attempts.count({ where: { email, succeeded: false, attemptedAt: MoreThan(since) } }),
      this.attempts.count({ where: { ip, succeeded: false, attemptedAt: MoreThan(since) } }),
    ]);
    if (
      byEmail > this.config.SIGNIN_MAX_FAILURES_PER_EMAIL ||
      byAddress > this.config.SIGNIN_MAX_FAILURES_PER_ADDRESS
    ) {
      await this.attempts.delete({ id });
      throw new RateLimitedException(
        `Too many failed attempts; try again in ${this.config.SIGNIN_WINDOW_MINUTES} minutes`,
      );
    }
    return id;
  }

  /** Marks a recorded attempt as a right password (it then no longer counts as a failure). */
  async passwordAttemptSucceeded(id: string): Promise<void> {
    await this.attempts.update({ id }, { succeeded: true });
  }
}

/** The open session of a token hash ($1) at $2, with its active user. */
const AUTHENTICATE_SQL = `
SELECT s.id AS session_id, s.expires_at, u.id, u.email, u.name, u.roles
FROM sessions s JOIN users u ON u.id = s.user_id
WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.revoked_at IS NULL AND u.active`;
