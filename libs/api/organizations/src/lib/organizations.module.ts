import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, MembershipDirectory } from '@abate/api/identity';
import { OrganizationEntity } from './entities/organization.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationsService } from './organizations.service';
import { OrganizationsLoader } from './organizations.loader';
import { OrganizationsResolver } from './organizations.resolver';
import { UserMembershipsResolver } from './memberships.resolver';

/**
 * Organizations and their members. Brings identity (accounts, sessions) with it and
 * answers identity's questions about memberships (MembershipDirectory) — global, so
 * identity's services can inject it without importing this module (which imports them).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity]), IdentityModule],
  providers: [
    OrganizationsService,
    { provide: MembershipDirectory, useExisting: OrganizationsService },
    OrganizationsLoader,
    OrganizationsResolver,
    UserMembershipsResolver,
  ],
  exports: [OrganizationsService, OrganizationsLoader, MembershipDirectory, IdentityModule],
})
export class OrganizationsModule {}
