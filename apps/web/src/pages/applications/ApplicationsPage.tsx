import { useNavigate } from 'react-router';
import { ApplicantDashboard } from '@abate/web/applications';
import { paths } from '../../paths';
import { RequireApplicant } from './RequireApplicant';

/** /applications: the applicant's dashboard. */
export function ApplicationsPage() {
  const navigate = useNavigate();
  return (
    <RequireApplicant>
      <ApplicantDashboard
        applicationHref={(id) => paths.application(id)}
        receiptHref={(id) => paths.receipt(id)}
        roundHref={(id) => paths.round(id)}
        onCreated={(id) => navigate(paths.application(id))}
      />
    </RequireApplicant>
  );
}
