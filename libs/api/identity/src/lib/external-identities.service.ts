import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { readsOthersIdentities } from './identity.policy';
import type { AuthUser } from '@abate/api/core';
import { ExternalIdentityEntity } from './entities/external-identity.entity';
import type { ExternalIdentityModel } from './models/user.model';

@Injectable()
export class ExternalIdentitiesService {
  constructor(
    @InjectRepository(ExternalIdentityEntity) private readonly identities: Repository<ExternalIdentityEntity>,
  ) {}

  mayReadOthers(actor: AuthUser): boolean {
    return readsOthersIdentities(actor);
  }

  async ofUsers(userIds: readonly string[]): Promise<Map<string, ExternalIdentityModel[]>> {
    const rows = await this.identities.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
    const byUser = new Map<string, ExternalIdentityModel[]>(userIds.map((id) => [id, []]));
    for (const r of rows)
      byUser
        .get(r.userId)
        ?.push({ issuer: r.issuer, subject: r.subject, email: r.email, lastSignInAt: r.lastSignInAt });
    return byUser;
  }
}
