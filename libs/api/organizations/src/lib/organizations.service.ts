import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditWriter, AuthUser, BadUserInputException, NotFoundException, Page, PageArgs, paginate, readsEverything, Transactions } from '@abate/api/core';
import type { Role } from '@abate/api/core';
import { fipsProblem } from '@abate/shared/jurisdictions';
import { OrganizationEntity } from './entities/organization.entity';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { MembershipRole } from './organization-kind.enum';
import { CreateOrganizationInput } from './dto/create-organization.input';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {}

  /** Officers and auditors see every organisation; anyone else only their own. */
  list(actor: AuthUser, args: PageArgs): Promise<Page<OrganizationEntity>> {
    const query = this.organizations.createQueryBuilder('org');
    if (!readsEverything(actor)) {
      query.innerJoin(MembershipEntity, 'm', 'm.organization_id = org.id AND m.user_id = :userId', { userId: actor.id });
    }
    return paginate(query, args, { column: 'org.name', value: (o) => o.name });
  }

  /** Officers only (organizations.policy.ts); the audit event names the caller from the request context. */
  async create(input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const problem = fipsProblem(input.state, input.fipsCode);
    if (problem) throw new BadUserInputException(problem.includes('state or territory') ? 'input.state' : 'input.fipsCode', problem);
    return this.transactions.run(async (manager) => {
      const clash = await manager.findOne(OrganizationEntity, { where: { name: input.name, state: input.state } });
      if (clash) throw new BadUserInputException('input.name', `${input.name} (${input.state}) is already registered`);
      const saved = await manager.save(manager.create(OrganizationEntity, { ...input }));
      await this.audit.record(manager, { action: 'organization.create', entityType: 'Organization', entityId: saved.id, after: saved });
      return saved;
    });
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

  /** Active members of an organisation, for messages to its people. */
  async membersOf(organizationId: string): Promise<Array<{ userId: string; email: string; name: string }>> {
    const rows = await this.memberships.find({ where: { organizationId }, relations: { user: true }, order: { createdAt: 'ASC' } });
    return rows.filter((m) => m.user?.active).map((m) => ({ userId: m.userId, email: m.user!.email, name: m.user!.name }));
  }

  /** The organisations a user belongs to: other domains filter their lists by these (never by joining memberships). */
  async organizationIdsOfUser(userId: string): Promise<string[]> {
    const rows = await this.memberships.find({ select: { organizationId: true }, where: { userId } });
    return rows.map((m) => m.organizationId);
  }

  /** Active members of many organisations, ordered by email, for reminders. */
  async activeMembersOfMany(organizationIds: readonly string[]): Promise<Map<string, Array<{ id: string; email: string; name: string }>>> {
    const byOrganization = new Map<string, Array<{ id: string; email: string; name: string }>>();
    if (!organizationIds.length) return byOrganization;
    const rows = await this.memberships.find({ where: { organizationId: In([...new Set(organizationIds)]) }, relations: { user: true } });
    rows.sort((a, b) => (a.user?.email ?? '').localeCompare(b.user?.email ?? ''));
    for (const m of rows) {
      if (!m.user?.active) continue;
      byOrganization.set(m.organizationId, [...(byOrganization.get(m.organizationId) ?? []), { id: m.userId, email: m.user.email, name: m.user.name }]);
    }
    return byOrganization;
  }

  /** Active users holding a role (the role comes from the caller's policy file), by email or by name. */
  async activeUsersWithRole(role: Role, orderBy: 'email' | 'name' = 'email'): Promise<UserEntity[]> {
    return this.memberships.manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(':role = ANY(u.roles) AND u.active', { role })
      .orderBy(`u.${orderBy}`)
      .addOrderBy('u.id')
      .getMany();
  }

  /** Users by id (missing ones are left out). */
  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.memberships.manager.getRepository(UserEntity).findBy({ id: In([...new Set(ids)]) });
  }

  /** Memberships (with their organisations) of many users at once, for the DataLoader. */
  async membershipsOfUsers(userIds: readonly string[]): Promise<Map<string, MembershipEntity[]>> {
    const rows = await this.memberships.find({ where: { userId: In([...userIds]) }, relations: { organization: true }, order: { createdAt: 'ASC' } });
    const byUser = new Map<string, MembershipEntity[]>(userIds.map((id) => [id, []]));
    for (const row of rows) byUser.get(row.userId)?.push(row);
    return byUser;
  }
}
