export { useCurrentUser, type CurrentUser, type CurrentUserState } from './hooks/useCurrentUser';
export { SignInForm, type SignInFormProps } from './components/SignInForm';
export { AccountNav, type AccountNavProps } from './components/AccountNav';
export { roleLabels, sortRoles } from './role-labels';
export { can, holdsAny, ROLES, type Roles } from './access';
