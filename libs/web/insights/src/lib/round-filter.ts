/** The query-string parameter that holds the chosen round, so a filtered page can be bookmarked and shared. */
export const ROUND_PARAM = 'roundId';

/** The value of the round select that stands for every round. */
export const ALL_ROUNDS = '';

/** The round chosen in a query string; null for every round. */
export function roundFromSearch(search: string | URLSearchParams): string | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const value = params.get(ROUND_PARAM)?.trim();
  return value ? value : null;
}

/** The query string with the round set (or removed for every round); other parameters are kept. */
export function searchWithRound(search: string | URLSearchParams, roundId: string | null): URLSearchParams {
  const params = new URLSearchParams(search);
  if (roundId) params.set(ROUND_PARAM, roundId);
  else params.delete(ROUND_PARAM);
  return params;
}

/** "all funding rounds" or the round's title, for headings and announcements. */
export function scopeText(roundId: string | null, rounds: readonly { id: string; title: string }[]): string {
  if (!roundId) return 'all funding rounds';
  return rounds.find((round) => round.id === roundId)?.title ?? 'the chosen funding round';
}
