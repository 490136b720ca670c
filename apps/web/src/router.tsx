import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';
import { AcceptInvitationPage } from './pages/identity/AcceptInvitationPage';
import { ForgotPasswordPage } from './pages/identity/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/identity/ResetPasswordPage';
import { paths } from './paths';
import { roundsRoutes } from './routes/rounds-routes';
import { applicantRoutes } from './routes/applicant-routes';
import { reviewerRoutes } from './routes/reviewer-routes';
import { awardRoutes } from './routes/award-routes';
import { reportingRoutes } from './routes/reporting-routes';
import { insightRoutes } from './routes/insight-routes';
import { ledgerRoutes } from './routes/ledger-routes';
import { paymentsRoutes } from './routes/payments-routes';
import { adminRoutes } from './routes/admin-routes';
import { auditRoutes } from './routes/audit-routes';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
      { path: paths.acceptInvitation(), element: <AcceptInvitationPage /> },
      { path: paths.resetPassword(), element: <ResetPasswordPage /> },
      ...roundsRoutes,
      ...applicantRoutes,
      ...reviewerRoutes,
      ...awardRoutes,
      ...reportingRoutes,
      ...insightRoutes,
      ...ledgerRoutes,
      ...paymentsRoutes,
      ...adminRoutes,
      ...auditRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
