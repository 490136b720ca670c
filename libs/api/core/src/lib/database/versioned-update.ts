import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AuditWriter } from '../audit/audit.writer';
import { ConflictException, NotFoundException } from '../errors/domain.exception';

type Versioned = ObjectLiteral & { id: string; version: number };

/** The message of a CONFLICT: "This review was changed by someone else (now version 4, you sent 3); reload and try again". */
const defaultStale = (label: string) => (now: number, sent: number) =>
  `This ${label.toLowerCase()} was changed by someone else (now version ${now}, you sent ${sent}); reload and try again`;

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
  options: { field?: string; check?: (row: T) => void; stale?: (now: number, sent: number) => string } = {},
): Promise<T> {
  const row = await manager
    .getRepository(target)
    .createQueryBuilder('row')
    .setLock('pessimistic_write')
    .where('row.id = :id', { id })
    .getOne();
  if (!row) throw new NotFoundException(label, options.field ?? 'id');
  // State rules first (a submitted record says so, whatever version was sent), then the version.
  options.check?.(row);
  if (row.version !== expectedVersion)
    throw new ConflictException((options.stale ?? defaultStale(label))(row.version, expectedVersion));
  return row;
}

/** Records what a merge changes, for the audit event: `set` for a field, `note` for a merged collection. */
export interface ChangeRecorder<T> {
  set<K extends keyof T>(key: K, value: T[K]): void;
  note(key: string, before: unknown, after: unknown): void;
}

export interface VersionedSaveOptions<T extends Versioned> {
  target: EntityTarget<T>;
  id: string;
  expectedVersion: number;
  /** "Application": in NOT_FOUND and CONFLICT messages. */
  label: string;
  /** The path of the id in the caller's input, for NOT_FOUND (default `id`). */
  idField?: string;
  /** Refuses a row whose state does not take this save (INVALID_STATE, FORBIDDEN), checked under the lock before the version. */
  check?: (row: T) => void;
  /** The CONFLICT message, in the domain's words. */
  stale?: (now: number, sent: number) => string;
  /** Merges the input into the locked row, recording each change. */
  merge: (row: T, change: ChangeRecorder<T>) => void | Promise<void>;
  audit: { action: string; entityType: string };
  /**
   * Writes the record's rows in a table of its own (a report's spending lines) after the merge,
   * before the row is saved; returns whether any changed. If so the version goes up even when no
   * column of the row itself changed, so a client holding the old version still gets CONFLICT.
   */
  children?: (row: T, manager: EntityManager) => Promise<boolean>;
  /** Messages to people (the outbox), written in the same transaction after the row is saved. */
  outbox?: (saved: T, manager: EntityManager) => Promise<void>;
}

/**
 * The one write pattern of a versioned save: lock the row, check its state and the version the
 * client sent, merge the change, write its child rows if any, save (the version goes up), write the audit event with what
 * changed, and any outbox messages — all inside the caller's transaction (`manager`).
 */
export async function versionedSave<T extends Versioned>(
  manager: EntityManager,
  audit: AuditWriter,
  options: VersionedSaveOptions<T>,
): Promise<T> {
  const row = await lockVersioned(manager, options.target, options.id, options.expectedVersion, options.label, {
    field: options.idField,
    check: options.check,
    stale: options.stale,
  });
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  await options.merge(row, {
    set(key, value) {
      before[key as string] = row[key];
      after[key as string] = value;
      row[key] = value;
    },
    note(key, was, now) {
      before[key] = was;
      after[key] = now;
    },
  });
  const childrenChanged = options.children ? await options.children(row, manager) : false;
  const saved = await manager.save(options.target, row);
  if (childrenChanged && saved.version === options.expectedVersion) {
    await manager.increment(options.target, { id: options.id } as never, 'version', 1);
    saved.version += 1;
  }
  await audit.record(manager, {
    action: options.audit.action,
    entityType: options.audit.entityType,
    entityId: options.id,
    before,
    after,
  });
  if (options.outbox) await options.outbox(saved, manager);
  return saved;
}
