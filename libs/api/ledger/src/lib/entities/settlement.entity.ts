import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference data: the settlements and bankruptcy plans money comes from (rows inserted by the migration). */
@Entity('settlements')
@Check('settlements_agreement_type_check', `"agreement_type" IN ('SETTLEMENT', 'BANKRUPTCY_PLAN')`)
export class SettlementEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  agreementType!: 'SETTLEMENT' | 'BANKRUPTCY_PLAN';
}
