export { useCurrentUser, type CurrentUser, type CurrentUserState } from './hooks/useCurrentUser';
export { SignInForm, type SignInFormProps } from './components/SignInForm';
export { AccountNav, type AccountNavProps } from './components/AccountNav';
export { roleLabels, sortRoles } from './role-labels';
export { administersPeople, can, holdsAny, ownedOrganizations, ROLES, type Roles } from './access';
export { AcceptInvitation, type AcceptInvitationProps } from './components/AcceptInvitation';
export { RequestPasswordReset, ChooseNewPassword, type ChooseNewPasswordProps } from './components/PasswordReset';
export { IdentityProviderSignIn, OIDC_ERRORS } from './components/IdentityProviderSignIn';
