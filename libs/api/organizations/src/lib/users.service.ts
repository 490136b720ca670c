import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository } from 'typeorm';
import { AuditWriter, AuthUser, BadUserInputException, currentRequestContext, ForbiddenException, hasRole, NotFoundException, Role, Transactions } from '@abate/api/core';
import { UserEntity } from './entities/user.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { SessionEntity } from './entities/session.entity';
import { MembershipRole } from './organization-kind.enum';
import { CreateUserInput } from './dto/create-user.input';
import { hashPassword, verifyPassword } from './password';
import { SessionsService } from './sessions.service';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly sessions: SessionsService,
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    const rows = ids.length ? await this.users.findBy({ id: In([...new Set(ids)]) }) : [];
    return new Map(rows.map((u) => [u.id, u]));
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundException('User', 'id');
    return user;
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email: email.toLowerCase() } });
  }

  /**
   * Officers create any user. An organisation's OWNER may add applicants to that
   * organisation and to no other; nobody else may create users.
   */
  async create(input: CreateUserInput, actor: AuthUser): Promise<UserEntity> {
    const isOfficer = hasRole(actor, Role.PROGRAM_OFFICER);
    if (!isOfficer && !input.roles.every((r) => r === Role.APPLICANT)) {
      throw new ForbiddenException('Organisation owners may add applicants only');
    }
    if (input.roles.includes(Role.APPLICANT) && !input.organizationId) {
      throw new BadUserInputException('input.organizationId', 'An applicant must belong to an organisation: set organizationId');
    }
    if (!input.organizationId && input.organizationRole) {
      throw new BadUserInputException('input.organizationRole', 'organizationRole needs an organizationId');
    }
    const passwordHash = await hashPassword(input.password);

    return this.transactions.run(async (manager) => {
      if (input.organizationId) {
        if (!isOfficer) {
          const own = await manager.findOne(MembershipEntity, { where: { userId: actor.id, organizationId: input.organizationId } });
          if (own?.role !== MembershipRole.OWNER) throw new ForbiddenException('You can add users only to an organisation you own');
        }
        const org = await manager.findOne(OrganizationEntity, { where: { id: input.organizationId } });
        if (!org) throw new NotFoundException('Organization', 'input.organizationId');
      }
      if (await manager.exists(UserEntity, { where: { email: input.email } })) {
        throw new BadUserInputException('input.email', 'A user with this email already exists');
      }
      const user = await manager.save(
        manager.create(UserEntity, { email: input.email, name: input.name, roles: input.roles, passwordHash, active: true }),
      );
      let membership: MembershipEntity | undefined;
      if (input.organizationId) {
        membership = await manager.save(
          manager.create(MembershipEntity, { userId: user.id, organizationId: input.organizationId, role: input.organizationRole ?? MembershipRole.CONTRIBUTOR }),
        );
      }
      await this.audit.record(manager, {
        action: 'user.create',
        entityType: 'User',
        entityId: user.id,
        after: { ...user, membership: membership ? { organizationId: membership.organizationId, role: membership.role } : null },
      });
      return user;
    });
  }

  /** Changes the caller's password and ends their other sessions. */
  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.get(actor.id);
    // A stolen session must not become a password oracle: wrong current passwords count
    // against the same per-email and per-address limits as sign-in failures.
    const attemptId = await this.sessions.recordPasswordAttempt(user.email, currentRequestContext()?.ip ?? 'unknown');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new BadUserInputException('currentPassword', 'Current password is incorrect');
    }
    await this.sessions.passwordAttemptSucceeded(attemptId);
    if (currentPassword === newPassword) {
      throw new BadUserInputException('newPassword', 'The new password must differ from the current one');
    }
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      const ended = await manager.update(
        SessionEntity,
        { userId: user.id, id: Not(actor.sessionId), revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      await this.audit.record(manager, {
        action: 'user.changePassword',
        entityType: 'User',
        entityId: user.id,
        after: { otherSessionsEnded: ended.affected ?? 0 },
      });
    });
  }
}
