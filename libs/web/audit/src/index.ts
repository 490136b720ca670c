export { AuditTrail } from './components/AuditTrail';
export { RecentChanges } from './components/RecentChanges';
