import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity, Role } from '@abate/api/core';

@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
@Check('users_email_lower_check', `"email" = lower("email")`)
export class UserEntity extends BaseEntity {
  /** Stored lower-cased, so uniqueness and sign-in ignore case. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** argon2id hash; never leaves the service layer. Null for people who sign in only through the identity provider. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
