import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authenticator } from '@abate/api/core';
import { UserEntity } from './entities/user.entity';
import { SessionEntity } from './entities/session.entity';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { ExternalIdentityEntity } from './entities/external-identity.entity';
import { OidcLoginEntity } from './entities/oidc-login.entity';
import { UsersService } from './users.service';
import { SessionsService } from './sessions.service';
import { InvitationsService } from './invitations.service';
import { PasswordResetsService } from './password-resets.service';
import { ExternalIdentitiesService } from './external-identities.service';
import { OidcService } from './oidc/oidc.service';
import { OidcController } from './oidc/oidc.controller';
import { UsersResolver } from './users.resolver';
import { AuthResolver } from './auth.resolver';
import { InvitationsResolver } from './invitations.resolver';

/**
 * People and access: accounts, sessions, passwords, invitations, resets and
 * identities at the state's OpenID Connect provider. Organizations and memberships
 * are the organizations domain's, reached through MembershipDirectory (which
 * OrganizationsModule provides globally).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      SessionEntity,
      SignInAttemptEntity,
      InvitationEntity,
      PasswordResetEntity,
      ExternalIdentityEntity,
      OidcLoginEntity,
    ]),
  ],
  controllers: [OidcController],
  providers: [
    UsersService,
    SessionsService,
    { provide: Authenticator, useExisting: SessionsService },
    InvitationsService,
    PasswordResetsService,
    ExternalIdentitiesService,
    OidcService,
    UsersResolver,
    AuthResolver,
    InvitationsResolver,
  ],
  exports: [UsersService, SessionsService, Authenticator, InvitationsService],
})
export class IdentityModule {}
