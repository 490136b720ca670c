import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictException, NotFoundException } from '../errors/domain.exception';

/**
 * Loads a row for update, checking the version the client last saw. The row
 * stays locked until the surrounding transaction ends, so two saves with the
 * same version cannot both pass.
 */
export async function lockVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  label: string,
): Promise<T> {
  const row = await manager.getRepository(target).createQueryBuilder('row').setLock('pessimistic_write').where('row.id = :id', { id }).getOne();
  if (!row) throw new NotFoundException(label, 'id');
  if (row.version !== expectedVersion) {
    throw new ConflictException(`This ${label.toLowerCase()} was changed by someone else (now version ${row.version}, you sent ${expectedVersion}); reload and try again`);
  }
  return row;
}
