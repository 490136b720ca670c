import { AuditTrail } from '@abate/web/audit';
import { ROLES } from '@abate/web/identity';
import { RequireReportingAccess } from '../reporting/RequireReportingAccess';

/** /audit: the audit trail, for program officers and auditors. */
export function AuditTrailPage() {
  return (
    <RequireReportingAccess title="Audit trail" roles={ROLES.staff} who="program officers and auditors">
      {() => <AuditTrail />}
    </RequireReportingAccess>
  );
}
