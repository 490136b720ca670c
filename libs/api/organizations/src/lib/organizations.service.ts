import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  AuditWriter,
  AuthUser,
  BadUserInputException,
  ForbiddenException,
  InvalidStateException,
  NotFoundException,
  Page,
  lockVersioned,
  paginate,
  Transactions,
} from '@abate/api/core';
import { fipsProblem } from '@abate/shared/jurisdictions';
import { MembershipDirectory, UsersService } from '@abate/api/identity';
import type { UserEntity } from '@abate/api/identity';
import type { Role } from '@abate/api/core';
import { OrganizationEntity } from './entities/organization.entity';
import { MembershipEntity } from './entities/membership.entity';
import { MembershipRole } from './organization-kind.enum';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationsArgs } from './dto/organizations.args';
import { mayManageMembers, readsAllOrganizations } from './organizations.policy';

/** Lower-cased, trimmed and without repeats; a domain may be claimed by one organization only. */
const normalizeDomains = (domains: readonly string[]) =>
  [...new Set(domains.map((d) => d.trim().toLowerCase()))].sort();

@Injectable()
export class OrganizationsService implements MembershipDirectory {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly moduleRef: ModuleRef,
  ) {}

  // Looked up when used: UsersService asks this service (MembershipDirectory) in turn.
  private get users(): UsersService {
    return this.moduleRef.get(UsersService, { strict: false });
  }

  /** Officers, auditors and finance officers see every organization; anyone else only their own. */
  list(actor: AuthUser, args: OrganizationsArgs): Promise<Page<OrganizationEntity>> {
    const query = this.organizations.createQueryBuilder('org');
    const search = args.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(org.name ILIKE :like OR org.fips_code = :exact OR org.state = upper(:exact))', {
        like,
        exact: search,
      });
    }
    if (!readsAllOrganizations(actor)) {
      query.innerJoin(MembershipEntity, 'm', 'm.organization_id = org.id AND m.user_id = :userId', {
        userId: actor.id,
      });
    }
    return paginate(query, args, { column: 'org.name', value: (o) => o.name });
  }

  /** One organization, for those who may read it (NOT_FOUND otherwise, so ids are not probed). */
  async readable(actor: AuthUser, id: string): Promise<OrganizationEntity> {
    const org = await this.get(id);
    if (!readsAllOrganizations(actor) && !(await this.membershipRole(actor.id, id)))
      throw new NotFoundException('Organization', 'id');
    return org;
  }

  /** Officers only (the policy); the audit event names the caller from the request context. */
  async create(input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const problem = fipsProblem(input.state, input.fipsCode);
    if (problem)
      throw new BadUserInputException(
        problem.includes('state or territory') ? 'input.state' : 'input.fipsCode',
        problem,
      );
    const emailDomains = normalizeDomains(input.emailDomains ?? []);
    return this.transactions.run(async (manager) => {
      const clash = await manager.findOne(OrganizationEntity, { where: { name: input.name, state: input.state } });
      if (clash) throw new BadUserInputException('input.name', `${input.name} (${input.state}) is already registered`);
      await this.assertDomainsFree(manager, emailDomains, null);
      const saved = await manager.save(manager.create(OrganizationEntity, { ...input, emailDomains }));
      await this.audit.record(manager, {
        action: 'organization.create',
        entityType: 'Organization',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  /** Officers: name, kind, state, FIPS code, population and claimed e-mail domains (optimistic concurrency on version). */
  async update(id: string, version: number, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    return this.transactions.run(async (manager) => {
      const current = await lockVersioned(manager, OrganizationEntity, id, version, 'Organization');
      const before = { ...current };
      const next = {
        ...current,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      } as OrganizationEntity;
      if (input.emailDomains) next.emailDomains = normalizeDomains(input.emailDomains);
      const problem = fipsProblem(next.state, next.fipsCode);
      if (problem)
        throw new BadUserInputException(
          problem.includes('state or territory') ? 'input.state' : 'input.fipsCode',
          problem,
        );
      if (next.name !== current.name || next.state !== current.state) {
        const clash = await manager.findOne(OrganizationEntity, { where: { name: next.name, state: next.state } });
        if (clash && clash.id !== id)
          throw new BadUserInputException('input.name', `${next.name} (${next.state}) is already registered`);
      }
      await this.assertDomainsFree(manager, next.emailDomains, id);
      const changes = {
        name: next.name,
        kind: next.kind,
        state: next.state,
        fipsCode: next.fipsCode,
        population: next.population,
        emailDomains: next.emailDomains,
      };
      const saved = await manager.save(Object.assign(current, changes));
      await this.audit.record(manager, {
        action: 'organization.update',
        entityType: 'Organization',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  private async assertDomainsFree(manager: EntityManager, domains: string[], ownId: string | null): Promise<void> {
    if (!domains.length) return;
    const taken = await manager
      .createQueryBuilder(OrganizationEntity, 'o')
      .where('o.email_domains && :domains', { domains })
      .andWhere(ownId ? 'o.id <> :ownId' : 'true', { ownId })
      .getOne();
    if (taken) {
      const clash = domains.find((d) => taken.emailDomains.includes(d));
      throw new BadUserInputException(
        'input.emailDomains',
        `${clash} is already claimed by ${taken.name} (${taken.state})`,
      );
    }
  }

  async get(id: string): Promise<OrganizationEntity> {
    const org = await this.organizations.findOne({ where: { id } });
    if (!org) throw new NotFoundException('Organization', 'id');
    return org;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, OrganizationEntity>> {
    const rows = await this.organizations.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((o) => [o.id, o]));
  }

  async membershipRole(userId: string, organizationId: string): Promise<MembershipRole | null> {
    const membership = await this.memberships.findOne({ where: { userId, organizationId } });
    return membership?.role ?? null;
  }

  /** Active members of an organization, for messages to its people. */
  async membersOf(organizationId: string): Promise<Array<{ userId: string; email: string; name: string }>> {
    const rows = await this.memberships.find({
      where: { organizationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return rows
      .filter((m) => m.user?.active)
      .map((m) => ({ userId: m.userId, email: m.user!.email, name: m.user!.name }));
  }

  /** Every member (active or not) with their account, for the team and administration pages. */
  async members(organizationId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({ where: { organizationId }, relations: { user: true }, order: { createdAt: 'ASC' } });
  }

  /** Officers anywhere; an OWNER in their own organization (not their own membership, so an organization keeps its owner). */
  async updateMembership(
    actor: AuthUser,
    userId: string,
    organizationId: string,
    role: MembershipRole,
  ): Promise<MembershipEntity> {
    return this.transactions.run(async (manager) => {
      await this.assertMayManage(manager, actor, userId, organizationId);
      const membership = await manager.findOne(MembershipEntity, { where: { userId, organizationId } });
      if (!membership) throw new NotFoundException('Membership', 'userId');
      if (membership.role !== role) {
        await manager.update(MembershipEntity, { userId, organizationId }, { role });
        await this.audit.record(manager, {
          action: 'membership.update',
          entityType: 'User',
          entityId: userId,
          before: { organizationId, role: membership.role },
          after: { organizationId, role },
        });
      }
      return manager.findOneOrFail(MembershipEntity, { where: { userId, organizationId }, relations: { user: true } });
    });
  }

  /** Takes a person out of an organization (their account stays). The last OWNER stays. */
  async removeMembership(actor: AuthUser, userId: string, organizationId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      await this.assertMayManage(manager, actor, userId, organizationId);
      const membership = await manager.findOne(MembershipEntity, { where: { userId, organizationId } });
      if (!membership) throw new NotFoundException('Membership', 'userId');
      if (
        membership.role === MembershipRole.OWNER &&
        (await manager.count(MembershipEntity, { where: { organizationId, role: MembershipRole.OWNER } })) <= 1
      ) {
        throw new InvalidStateException('An organization keeps at least one owner; make someone else owner first');
      }
      await manager.delete(MembershipEntity, { userId, organizationId });
      await this.audit.record(manager, {
        action: 'membership.remove',
        entityType: 'User',
        entityId: userId,
        before: { organizationId, role: membership.role },
      });
      return true;
    });
  }

  private async assertMayManage(
    manager: EntityManager,
    actor: AuthUser,
    userId: string,
    organizationId: string,
  ): Promise<void> {
    const own = await manager.findOne(MembershipEntity, { where: { userId: actor.id, organizationId } });
    if (!(await manager.exists(OrganizationEntity, { where: { id: organizationId } })))
      throw new NotFoundException('Organization', 'organizationId');
    if (!mayManageMembers(actor, own?.role === MembershipRole.OWNER, userId))
      throw new ForbiddenException('Only an officer or an owner of this organization may change its members');
  }

  /** The organizations a user belongs to: other domains filter their lists by these (never by joining memberships). */
  async organizationIdsOfUser(userId: string): Promise<string[]> {
    const rows = await this.memberships.find({ select: { organizationId: true }, where: { userId } });
    return rows.map((m) => m.organizationId);
  }

  /** Active members of many organizations, ordered by email, for reminders. */
  async activeMembersOfMany(
    organizationIds: readonly string[],
  ): Promise<Map<string, Array<{ id: string; email: string; name: string }>>> {
    const byOrganization = new Map<string, Array<{ id: string; email: string; name: string }>>();
    if (!organizationIds.length) return byOrganization;
    const rows = await this.memberships.find({
      where: { organizationId: In([...new Set(organizationIds)]) },
      relations: { user: true },
    });
    rows.sort((a, b) => (a.user?.email ?? '').localeCompare(b.user?.email ?? ''));
    for (const m of rows) {
      if (!m.user?.active) continue;
      byOrganization.set(m.organizationId, [
        ...(byOrganization.get(m.organizationId) ?? []),
        { id: m.userId, email: m.user.email, name: m.user.name },
      ]);
    }
    return byOrganization;
  }

  /** Active users holding a role (kept here for its callers; identity answers). */
  activeUsersWithRole(role: Role, orderBy: 'email' | 'name' = 'email'): Promise<UserEntity[]> {
    return this.users.activeWithRole(role, orderBy);
  }

  /** Users by id (missing ones are left out). */
  async usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return [...(await this.users.byIds(ids)).values()];
  }

  /** Memberships (with their organizations) of many users at once, for the DataLoader. */
  async membershipsOfUsers(userIds: readonly string[]): Promise<Map<string, MembershipEntity[]>> {
    const rows = await this.memberships.find({
      where: { userId: In([...userIds]) },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    const byUser = new Map<string, MembershipEntity[]>(userIds.map((id) => [id, []]));
    for (const row of rows) byUser.get(row.userId)?.push(row);
    return byUser;
  }

  // ---- MembershipDirectory (what identity asks of this domain)

  organizationExists(manager: EntityManager, organizationId: string): Promise<boolean> {
    return manager.exists(OrganizationEntity, { where: { id: organizationId } });
  }

  async roleIn(manager: EntityManager, userId: string, organizationId: string): Promise<MembershipRole | null> {
    return (await manager.findOne(MembershipEntity, { where: { userId, organizationId } }))?.role ?? null;
  }

  async addMember(manager: EntityManager, userId: string, organizationId: string, role: MembershipRole): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ userId, organizationId, role })
      .orIgnore()
      .execute();
  }

  async organizationClaimingDomain(
    manager: EntityManager,
    domain: string,
  ): Promise<{ id: string; name: string } | null> {
    if (!domain) return null;
    const org = await manager
      .createQueryBuilder(OrganizationEntity, 'o')
      .where(':domain = ANY(o.email_domains)', { domain: domain.toLowerCase() })
      .getOne();
    return org ? { id: org.id, name: org.name } : null;
  }

  async organizationName(manager: EntityManager, organizationId: string): Promise<string | null> {
    return (await manager.findOne(OrganizationEntity, { where: { id: organizationId } }))?.name ?? null;
  }

  async memberIds(organizationId: string): Promise<string[]> {
    return (await this.memberships.find({ where: { organizationId }, select: { userId: true } })).map((m) => m.userId);
  }
}
