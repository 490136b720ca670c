import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { currentRequestContext } from '../context/request-context';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** Defaults to the signed-in caller of the current request. */
  actor?: { id: string; email: string } | null;
}

// Secrets never reach the audit trail, whatever the entity calls them.
const SECRET_KEY = /password|token|secret|hash/i;

export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  // Money (and any other bigint) as its exact decimal string: JSON has no bigint.
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!SECRET_KEY.test(key)) out[key] = redact(inner);
    }
    return out;
  }
  return value;
}

@Injectable()
export class AuditWriter {
  /** Must be called with the transaction's manager so the event commits or rolls back with the change. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const context = currentRequestContext();
    const actor = record.actor === undefined ? context?.actor : record.actor;
    await manager.insert(AuditEventEntity, {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: (redact(record.before) as object | null) ?? null,
      after: (redact(record.after) as object | null) ?? null,
      requestId: context?.requestId ?? null,
      ip: context?.ip ?? null,
    });
  }
}
