export { FundBook, FundList, fiscalYearOf } from './components/FundBook';
export { PublicSpendingView } from './components/PublicSpendingView';
