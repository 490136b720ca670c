/**
 * The reader the public figures must resist (docs/security.md), played by the tests: it
 * holds every published figure of every snapshot as an equation `sum of unknowns = figure`
 * and a box [lo, hi] per unknown from the rules (a hidden count is 1..threshold), and
 * tightens the boxes by interval propagation until nothing changes. For one equation with
 * boxes this is exactly the LP bound; over several it is a sound under-approximation of what
 * an LP solver finds, and it finds the classic attacks (a total with one hidden entry, bounds
 * pinning several, a total before and after one more figure joined it).
 */
export interface PublishedEquation {
  /** The unknowns the figure adds up (each once). */
  unknowns: readonly string[];
  /** What is known to be added to them (shown figures that are part of the same sum). */
  known?: number;
  total: number;
}

export type Interval = [number, number];

export function intervalAttack(
  equations: readonly PublishedEquation[],
  boxes: ReadonlyMap<string, Interval>,
  maxRounds = 200,
): Map<string, Interval> {
  const bounds = new Map<string, Interval>([...boxes].map(([k, v]) => [k, [v[0], v[1]]]));
  const box = (u: string): Interval => bounds.get(u) ?? [0, Infinity];
  for (let round = 0, changed = true; changed && round < maxRounds; round++) {
    changed = false;
    for (const eq of equations) {
      const rest = eq.total - (eq.known ?? 0);
      const lows = eq.unknowns.reduce((s, u) => s + box(u)[0], 0);
      const finiteHighs = eq.unknowns.reduce((s, u) => s + (Number.isFinite(box(u)[1]) ? box(u)[1] : 0), 0);
      const unbounded = eq.unknowns.filter((u) => !Number.isFinite(box(u)[1])).length;
      for (const u of eq.unknowns) {
        const [lo, hi] = box(u);
        const othersUnbounded = unbounded - (Number.isFinite(hi) ? 0 : 1);
        const otherHighs = othersUnbounded > 0 ? Infinity : finiteHighs - (Number.isFinite(hi) ? hi : 0);
        const newLo = Math.max(lo, rest - otherHighs);
        const newHi = Math.min(hi, rest - (lows - lo));
        if (newLo > lo || newHi < hi) {
          bounds.set(u, [newLo, newHi]);
          changed = true;
        }
      }
    }
  }
  return bounds;
}
