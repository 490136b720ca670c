export { OrganizationsAdmin, type OrganizationsAdminProps } from './components/OrganizationsAdmin';
export { OrganizationAdmin, type OrganizationAdminProps } from './components/OrganizationAdmin';
export { UsersAdmin, type UsersAdminProps } from './components/UsersAdmin';
export { TeamPanel, type TeamPanelProps } from './components/TeamPanel';
export { emailDomainProblem } from './lib/labels';
