import { ArgsType, Field } from '@nestjs/graphql';
import { MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';

@ArgsType()
export class SignInArgs {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MinLength(1, { message: 'email is required' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email!: string;

  @Field()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(1024, { message: 'password must be at most 1024 characters' })
  password!: string;
}
