import { OutboxList } from '@abate/web/reporting';
import { RequireReportingAccess } from './RequireReportingAccess';
import { ROLES } from '@abate/web/identity';

/** /officer/outbox: the mail Abate wrote. */
export function OutboxPage() {
  return (
    <RequireReportingAccess title="Outbox" roles={ROLES.staff} who="program officers and auditors">
      {() => <OutboxList />}
    </RequireReportingAccess>
  );
}
