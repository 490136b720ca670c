export { FundBook, FundList, fiscalYearOf } from './components/FundBook';
export { PublicSpendingView } from './components/PublicSpendingView';
export {
  NO_ROUND_FUNDING,
  RoundFundingFields,
  RoundFundingForm,
  useSaveRoundFunding,
} from './components/RoundFundingForm';
export type { RoundFundingValue } from './components/RoundFundingForm';
