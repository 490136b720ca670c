import type { ReportDecision } from '@abate/web/core';
import { NARRATIVE_MAX_CHARS } from '@abate/shared/limits';

/** The API's limit on the officer's note. */
export const NOTE_MAX = NARRATIVE_MAX_CHARS;

/** The note textarea of the officer's review: `review-note`. */
export const NOTE_ID = 'review-note';

/** Why the note cannot go with this decision, or null. A request for changes needs one: the grantee reads it. */
export function noteProblem(decision: ReportDecision, note: string): string | null {
  if (decision === 'REQUEST_CHANGES' && note.trim() === '')
    return 'Enter a note to the grantee saying what needs to change';
  if (note.trim().length > NOTE_MAX)
    return `Shorten the note to ${NOTE_MAX.toLocaleString('en-US')} characters (it has ${note.trim().length.toLocaleString('en-US')})`;
  return null;
}

/** The note as the API takes it: trimmed, and none when blank. */
export function noteForApi(note: string): string | null {
  const trimmed = note.trim();
  return trimmed === '' ? null : trimmed;
}

/** What the officer reads once the decision is recorded. */
export function decisionDoneMessage(decision: ReportDecision, reportName: string, organizationName: string): string {
  return decision === 'ACCEPT'
    ? `${reportName} from ${organizationName} accepted.`
    : `Changes requested: ${organizationName} can now revise the ${reportName.charAt(0).toLowerCase()}${reportName.slice(1)} and submit it again.`;
}

export interface TrailEntry {
  id: string;
  occurredAt: string;
  actorEmail: string | null;
  kind: 'submitted' | 'accepted' | 'changes-requested';
  /** The submitted version's number, for submissions. */
  versionNumber: number | null;
  note: string | null;
}

function parseJson(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const data: unknown = JSON.parse(text);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * A report's submissions and reviews (with the officer's notes) from its audit
 * trail, oldest first; saves are left out.
 */
export function reviewTrail(
  events: ReadonlyArray<{
    id: string;
    action: string;
    actorEmail?: string | null;
    after?: string | null;
    occurredAt: string;
  }>,
): TrailEntry[] {
  const entries: TrailEntry[] = [];
  for (const event of events) {
    const after = parseJson(event.after);
    if (event.action === 'report.submit') {
      entries.push({
        id: event.id,
        occurredAt: event.occurredAt,
        actorEmail: event.actorEmail ?? null,
        kind: 'submitted',
        versionNumber: typeof after['versionNumber'] === 'number' ? after['versionNumber'] : null,
        note: null,
      });
    } else if (event.action === 'report.review') {
      entries.push({
        id: event.id,
        occurredAt: event.occurredAt,
        actorEmail: event.actorEmail ?? null,
        kind: after['status'] === 'ACCEPTED' ? 'accepted' : 'changes-requested',
        versionNumber: null,
        note: typeof after['note'] === 'string' && after['note'] ? after['note'] : null,
      });
    }
  }
  return entries.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}
