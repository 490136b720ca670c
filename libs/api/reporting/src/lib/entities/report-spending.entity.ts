import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { centsColumn } from '@abate/api/core';
import { QuarterlyReportEntity } from './quarterly-report.entity';

/**
 * What a quarterly report says was spent in one budget category this period (the working copy;
 * a submitted version keeps its own snapshot in `report_versions.spending`). Written only by
 * ReportsService, with its report, under the report's row lock.
 */
@Entity('report_spending')
@Check('report_spending_amount_cents_check', `"amount_cents" >= 0`)
export class ReportSpendingEntity {
  @PrimaryColumn({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => QuarterlyReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: QuarterlyReportEntity;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  category!: string;

  @Column({ type: 'bigint', transformer: centsColumn })
  amountCents!: bigint;
}
