import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import type { ChecklistDefinition } from '@abate/shared/checklist';

/** One published version of a checklist: immutable once written (no update path exists). */
@Entity('checklist_versions')
@Index('checklist_versions_key_label_key', ['key', 'label'], { unique: true })
export class ChecklistVersionEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 64 })
  key!: string;

  /** The checklist's own version label, e.g. 2023.1 (`version` is the row's concurrency counter). */
  @Column({ type: 'varchar', length: 16 })
  label!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'jsonb' })
  definition!: ChecklistDefinition;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}
