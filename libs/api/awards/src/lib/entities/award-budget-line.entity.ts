import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { centsColumn } from '@abate/api/core';
import { AwardEntity } from './award.entity';

/**
 * What an award may spend in one SF-424A category, as last approved (on award, then by
 * amendments). Payment submissions lock an award's rows so their budget check is serial.
 */
@Entity('award_budget_lines')
@Index('award_budget_lines_award_category_key', ['awardId', 'category'], { unique: true })
@Check('award_budget_lines_awarded_cents_check', `"awarded_cents" >= 0`)
export class AwardBudgetLineEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => AwardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id' })
  award?: AwardEntity;

  @Column({ type: 'varchar', length: 40 })
  category!: string;

  @Column({ type: 'bigint', transformer: centsColumn })
  awardedCents!: bigint;
}
