import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authenticator } from '@abate/api/core';
import { OrganizationEntity } from './entities/organization.entity';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { SessionEntity } from './entities/session.entity';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';
import { OrganizationsService } from './organizations.service';
import { UsersService } from './users.service';
import { SessionsService } from './sessions.service';
import { OrganizationsLoader } from './organizations.loader';
import { OrganizationsResolver } from './organizations.resolver';
import { UsersResolver } from './users.resolver';
import { AuthResolver } from './auth.resolver';

/** Organisations, their members, user accounts and sessions. */
@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity, UserEntity, SessionEntity, SignInAttemptEntity])],
  providers: [
    OrganizationsService,
    UsersService,
    SessionsService,
    { provide: Authenticator, useExisting: SessionsService },
    OrganizationsLoader,
    OrganizationsResolver,
    UsersResolver,
    AuthResolver,
  ],
  exports: [OrganizationsService, UsersService, Authenticator, OrganizationsLoader],
})
export class OrganizationsModule {}
