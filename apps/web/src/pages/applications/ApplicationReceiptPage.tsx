import { useParams } from 'react-router';
import { ApplicationReceipt } from '@abate/web/applications';
import { paths } from '../../paths';
import { RequireApplicant } from './RequireApplicant';

/** /applications/:applicationId/receipt: the submission receipt. */
export function ApplicationReceiptPage() {
  const { applicationId = '' } = useParams<{ applicationId: string }>();
  return (
    <RequireApplicant>
      <ApplicationReceipt
        applicationId={applicationId}
        applicationHref={paths.application(applicationId)}
        dashboardHref={paths.applications}
      />
    </RequireApplicant>
  );
}
