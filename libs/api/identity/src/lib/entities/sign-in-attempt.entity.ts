import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Recent sign-in attempts, counted per email and per address for rate limiting. */
@Entity('sign_in_attempts')
@Index('sign_in_attempts_email_idx', ['email', 'attemptedAt'])
@Index('sign_in_attempts_ip_idx', ['ip', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
