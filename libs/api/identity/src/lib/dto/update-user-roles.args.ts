import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsUUID } from 'class-validator';
import { Role } from '@abate/api/core';

@ArgsType()
export class UpdateUserRolesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id is not a valid id' })
  id!: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayMaxSize(5)
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsEnum(Role, { each: true })
  roles!: Role[];
}
