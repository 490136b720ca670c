import { OutboxList } from '@abate/web/reporting';
import { RequireReportingAccess } from './RequireReportingAccess';

/** /officer/outbox: the mail Abate wrote. */
export function OutboxPage() {
  return (
    <RequireReportingAccess title="Outbox" roles={['PROGRAM_OFFICER', 'AUDITOR']} who="program officers and auditors">
      {() => <OutboxList />}
    </RequireReportingAccess>
  );
}
