import { useNavigate, useParams } from 'react-router';
import { ApplicationWorkspace } from '@abate/web/applications';
import { paths } from '../../paths';
import { RequireApplicant } from './RequireApplicant';

/** /applications/:applicationId: the draft editor, or the read-only application once submitted. */
export function ApplicationEditorPage() {
  const { applicationId = '' } = useParams<{ applicationId: string }>();
  const navigate = useNavigate();
  return (
    <RequireApplicant>
      {/* Keyed by id: moving to another application starts a fresh editor. */}
      <ApplicationWorkspace
        key={applicationId}
        applicationId={applicationId}
        receiptHref={(id) => paths.receipt(id)}
        dashboardHref={paths.applications}
        signInHref={paths.signIn}
        onSubmitted={(id) => navigate(paths.receipt(id))}
      />
    </RequireApplicant>
  );
}
