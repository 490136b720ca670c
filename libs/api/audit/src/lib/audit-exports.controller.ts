import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, BadUserInputException, HttpErrorFilter, isUuid, sendTable } from '@abate/api/core';
import type { AuditEventEntity, Table } from '@abate/api/core';
import { AUDIT_POLICY } from './audit.policy';
import { AuditService } from './audit.service';
import {
  ACTION_PATTERN,
  ACTOR_MAX_CHARS,
  ENTITY_TYPE_PATTERN,
  FILTER_MESSAGES,
  type AuditFilter,
} from './dto/audit-events.args';

/** A spreadsheet cell holds at most 32,767 characters; longer JSON is cut, and says so. */
const CELL_MAX_CHARS = 32_000;
const json = (value: object | null) => {
  if (value === null) return null;
  const text = JSON.stringify(value);
  return text.length > CELL_MAX_CHARS ? `${text.slice(0, CELL_MAX_CHARS)}… (cut: ${text.length} characters)` : text;
};

export function auditTable(events: AuditEventEntity[]): Table {
  return {
    name: 'Audit trail',
    columns: [
      { header: 'Occurred at (UTC)', kind: 'text', width: 26 },
      { header: 'Actor', kind: 'text', width: 30 },
      { header: 'Actor id', kind: 'text', width: 38 },
      { header: 'Action', kind: 'text', width: 28 },
      { header: 'Entity type', kind: 'text', width: 20 },
      { header: 'Entity id', kind: 'text', width: 38 },
      { header: 'Request id', kind: 'text', width: 38 },
      { header: 'Before', kind: 'text', width: 60 },
      { header: 'After', kind: 'text', width: 60 },
    ],
    rows: events.map((e) => [
      e.occurredAt.toISOString(),
      e.actorEmail ?? (e.actorId ? null : 'system'),
      e.actorId,
      e.action,
      e.entityType,
      e.entityId,
      e.requestId,
      json(e.before),
      json(e.after),
    ]),
  };
}

/** One query parameter as text: absent, or one string (a repeated parameter is refused). */
function text(query: Record<string, unknown>, field: keyof AuditFilter): string | undefined {
  const value = query[field];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new BadUserInputException(field, `Give ${field} once`);
  return value;
}

function date(query: Record<string, unknown>, field: 'from' | 'to'): Date | undefined {
  const value = text(query, field);
  if (value === undefined) return undefined;
  // ISO 8601 with a time zone, as the GraphQL DateTime scalar takes it.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    throw new BadUserInputException(field, FILTER_MESSAGES[field]);
  const parsed = new Date(value);
  // A day the month does not have (February 30) would roll over into the next month.
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (Number.isNaN(parsed.getTime()) || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate())
    throw new BadUserInputException(field, FILTER_MESSAGES[field]);
  return parsed;
}

/** The query parameters of a download, checked as the `auditEvents` arguments are. */
export function parseAuditFilter(query: Record<string, unknown>): AuditFilter {
  const filter: AuditFilter = {
    actor: text(query, 'actor'),
    action: text(query, 'action'),
    entityType: text(query, 'entityType'),
    entityId: text(query, 'entityId'),
    from: date(query, 'from'),
    to: date(query, 'to'),
  };
  if (filter.actor !== undefined && filter.actor.length > ACTOR_MAX_CHARS)
    throw new BadUserInputException('actor', FILTER_MESSAGES.actor);
  if (filter.action !== undefined && !ACTION_PATTERN.test(filter.action))
    throw new BadUserInputException('action', FILTER_MESSAGES.action);
  if (filter.entityType !== undefined && !ENTITY_TYPE_PATTERN.test(filter.entityType))
    throw new BadUserInputException('entityType', FILTER_MESSAGES.entityType);
  if (filter.entityId !== undefined && !isUuid(filter.entityId))
    throw new BadUserInputException('entityId', FILTER_MESSAGES.entityId);
  return filter;
}

/** The filtered trail as a file: GET /api/audit/exports/audit-trail.(csv|xlsx)?actor=&action=&entityType=&entityId=&from=&to= */
@Controller('api/audit/exports')
@UseFilters(HttpErrorFilter)
export class AuditExportsController {
  constructor(private readonly audit: AuditService) {}

  @Allow(AUDIT_POLICY.auditExport)
  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^audit-trail\.(csv|xlsx)$/.exec(file);
    if (!match) throw new BadUserInputException('file', 'Ask for audit-trail.csv or audit-trail.xlsx');
    const table = auditTable(await this.audit.all(parseAuditFilter(query)));
    await sendTable(res, table, match[1] as 'csv' | 'xlsx', 'audit-trail');
  }
}
