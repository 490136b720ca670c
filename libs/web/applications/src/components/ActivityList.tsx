import type { EditorApplication } from '../model/form-values';
import { activityActionLabel, partLabel } from '../model/labels';
import { formatLocalDateTime } from '@abate/web/core';

const HIDDEN_FIELDS = new Set(['status', 'trackingId', 'submittedAt', 'roundId', 'organizationId']);

/** Who saved what, when: the application's audit trail, newest first. */
export function ActivityList({
  activity,
  itemTitles,
}: {
  activity: EditorApplication['activity'];
  itemTitles: ReadonlyMap<string, string>;
}) {
  if (activity.length === 0) return <p>No activity yet.</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked width-full">
      <caption className="text-left text-normal">Changes to this application, newest first.</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {activity.map((entry, index) => {
          const fields = entry.fields
            .filter((field) => !HIDDEN_FIELDS.has(field))
            .map((field) => partLabel(field, itemTitles));
          return (
            <tr key={`${entry.at}-${index}`}>
              <td data-label="When" className="text-no-wrap">
                <time dateTime={entry.at}>{formatLocalDateTime(entry.at)}</time>
              </td>
              <td data-label="Who">{entry.actorEmail ?? 'Abate'}</td>
              <td data-label="What">
                {activityActionLabel(entry.action)}
                {fields.length > 0 && `: ${fields.join(', ')}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
