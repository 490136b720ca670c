/** Rounds whose deadline is still ahead and no more than `days` away, soonest first. */
export function closingWithin<R extends { closesAt: string }>(rounds: readonly R[], now: Date, days: number): R[] {
  const end = now.getTime() + days * 86_400_000;
  return rounds
    .filter((r) => {
      const at = new Date(r.closesAt).getTime();
      return at > now.getTime() && at <= end;
    })
    .sort((a, b) => a.closesAt.localeCompare(b.closesAt));
}

/** Reviews assigned and neither submitted nor set aside for a conflict. */
export function reviewsMissing(
  loads: ReadonlyArray<{ assigned: number; conflicted: number; submitted: number }>,
): number {
  return loads.reduce((sum, l) => sum + Math.max(0, l.assigned - l.conflicted - l.submitted), 0);
}
