import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in through the identity provider, between the redirect out and the
 * callback: state (hashed), nonce and PKCE verifier kept server-side, one use, short expiry.
 */
@Entity('oidc_logins')
@Index('oidc_logins_state_hash_key', ['stateHash'], { unique: true })
export class OidcLoginEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  stateHash!: string;

  @Column({ type: 'varchar', length: 128 })
  nonce!: string;

  @Column({ type: 'varchar', length: 128 })
  codeVerifier!: string;

  /** A path inside the web app to return to after signing in. */
  @Column({ type: 'varchar', length: 500 })
  returnTo!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
