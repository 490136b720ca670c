export { Queue, plural, type QueueItem } from './components/Queue';
export {
  applicantHomeQuery,
  financeHomeQuery,
  officerHomeQuery,
  reviewerHomeQuery,
  roundReviewsMissingQuery,
} from './graphql/home.documents';
export { closingWithin, reviewsMissing } from './model/queues';
