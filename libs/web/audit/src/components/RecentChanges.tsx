import { Link } from 'react-router';
import { useQuery } from 'urql';
import { recentChangesQuery } from '../graphql/audit.documents';
import { formatLocalDateTime } from '@abate/web/core';

export interface RecentChangesProps {
  /** Where the whole trail is (`/audit`). */
  trailPath: string;
  count?: number;
}

/** The latest changes, for the auditor's home page. */
export function RecentChanges({ trailPath, count = 5 }: RecentChangesProps) {
  const [{ data, error }] = useQuery({ query: recentChangesQuery, variables: { first: count } });
  if (error) return <p>The latest changes could not be loaded.</p>;
  if (!data) return <p aria-busy="true">Loading the latest changes…</p>;
  const { nodes, totalCount } = data.auditEvents;
  return (
    <>
      {nodes.length === 0 ? (
        <p>Nothing has changed yet.</p>
      ) : (
        <ul className="usa-list" aria-label="Latest changes">
          {nodes.map((e) => (
            <li key={e.id}>
              <Link className="usa-link" to={`${trailPath}?entityId=${encodeURIComponent(e.entityId)}`}>
                <code>{e.action}</code> on {e.entityType}
              </Link>{' '}
              by {e.actorEmail ?? 'Abate (scheduled)'}, {formatLocalDateTime(e.occurredAt)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className="usa-button" to={trailPath}>
          Open the audit trail ({totalCount.toLocaleString('en-US')} {totalCount === 1 ? 'change' : 'changes'})
        </Link>
      </p>
    </>
  );
}
