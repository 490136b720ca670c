import { useNavigate, useParams } from 'react-router';
import { AcceptInvitation } from '@abate/web/identity';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading>Accept your invitation</PageHeading>
      <AcceptInvitation token={token} onAccepted={() => navigate(paths.home, { replace: true })} />
    </>
  );
}
