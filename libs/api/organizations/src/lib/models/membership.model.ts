import { Field, ObjectType } from '@nestjs/graphql';
import { MembershipRole, UserModel } from '@abate/api/identity';
import { OrganizationModel } from './organization.model';

@ObjectType('Membership', { description: "A user's place in an organization." })
export class MembershipModel {
  @Field(() => OrganizationModel)
  organization!: OrganizationModel;

  @Field(() => MembershipRole)
  role!: MembershipRole;
}

@ObjectType('OrganizationMember', { description: 'A person in an organization, with their place in it.' })
export class OrganizationMemberModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field()
  since!: Date;
}
