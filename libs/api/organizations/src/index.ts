export * from './lib/organizations.module';
export * from './lib/organizations.policy';
export * from './lib/organizations.service';
export * from './lib/organizations.loader';
export * from './lib/organization-kind.enum';
export * from './lib/models/organization.model';
export * from './lib/models/membership.model';
export * from './lib/entities/organization.entity';
export * from './lib/entities/membership.entity';
export * from './lib/dto/create-organization.input';
export * from './lib/dto/update-organization.input';
// Accounts moved to @abate/api/identity; these names are still exported here so code
// written against the old place keeps compiling. New code imports them from identity.
export { UserEntity, UserModel, UsersService, CreateUserInput } from '@abate/api/identity';
