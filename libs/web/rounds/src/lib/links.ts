/** Where the rounds pages live; the app passes its own paths so the library knows no routes. */
export interface RoundsLinks {
  rounds: string;
  round: (roundId: string) => string;
  newRound: string;
  editRound: (roundId: string) => string;
  checklist: (key: string, version: string) => string;
  publishChecklist: string;
  applications: string;
  application: (applicationId: string) => string;
  signIn: string;
}
