import type { EntityManager } from 'typeorm';
import type { AwardEntity } from './entities/award.entity';

/**
 * Lets a later domain act on new awards in the transaction that creates them, without
 * awards depending on it: the reporting domain schedules each award's reporting
 * milestones (it owns them). Provided with `{ provide: AwardsCreatedListener, useExisting: ... }`.
 */
export abstract class AwardsCreatedListener {
  abstract awardsCreated(manager: EntityManager, awards: readonly AwardEntity[]): Promise<void>;
}
