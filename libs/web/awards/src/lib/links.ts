/** Where the review and award pages live; the app passes its own paths so the library knows no routes. */
export interface AwardsLinks {
  /** The public round page. */
  round: (roundId: string) => string;
  assignReviewers: (roundId: string) => string;
  ranking: (roundId: string) => string;
  /** The comparison page, without its query string (the library adds `?ids=`). */
  compare: (roundId: string) => string;
}
