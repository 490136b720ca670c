import { centsListColumn } from '@abate/api/core';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MetricValue, SpendingLine } from '@abate/shared/metrics';
import { QuarterlyReportEntity } from './quarterly-report.entity';

/** A submitted version of a report, kept as it was sent. */
@Entity('report_versions')
@Index('report_versions_report_number_key', ['reportId', 'number'], { unique: true })
export class ReportVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => QuarterlyReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: QuarterlyReportEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  metrics!: MetricValue[];

  /** The spending as it was sent (a snapshot of the report's rows): amounts stored as decimal strings, read as bigint. */
  @Column({ type: 'jsonb', transformer: centsListColumn() })
  spending!: SpendingLine[];

  @Column({ type: 'text', nullable: true })
  successes!: string | null;

  @Column({ type: 'text', nullable: true })
  challenges!: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'uuid' })
  submittedBy!: string;
}
