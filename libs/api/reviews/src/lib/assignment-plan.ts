/** What the planner needs to know about one application. */
export interface PlanApplication {
  id: string;
  /** Reviewers already on it (any status, conflicts included: they are never assigned again). */
  assigned: ReadonlySet<string>;
  /** Active reviews it still needs. */
  needed: number;
  /** May this reviewer review it (not a member of the applicant organization)? */
  eligible: (reviewerId: string) => boolean;
}

export interface PlannedAssignment {
  applicationId: string;
  reviewerId: string;
}

/**
 * Plans new assignments: every application gets what it needs from eligible
 * reviewers, and the reviewers' loads (existing ones included) end as even as
 * the eligibility rules allow — within one of each other whenever that is possible.
 *
 * First a greedy pass (most constrained application first, least loaded
 * reviewer first), then rebalancing along chains of moves: the busiest reviewer
 * hands an application to one who may take it, who hands one of theirs on…
 * until someone at least two below the busiest receives one.
 */
export function planAssignments(
  applications: PlanApplication[],
  reviewerIds: string[],
  existingLoad: ReadonlyMap<string, number>,
): PlannedAssignment[] {
  const load = new Map(reviewerIds.map((id) => [id, existingLoad.get(id) ?? 0]));
  const order = new Map(reviewerIds.map((id, i) => [id, i]));
  const on = new Map(applications.map((a) => [a.id, new Set(a.assigned)]));
  const planned: PlannedAssignment[] = [];
  const eligibleFor = (app: PlanApplication) => reviewerIds.filter((r) => app.eligible(r));
  const byConstraint = [...applications].sort((a, b) => eligibleFor(a).length - eligibleFor(b).length);

  for (const app of byConstraint) {
    const candidates = eligibleFor(app).filter((r) => !on.get(app.id)!.has(r));
    for (let n = 0; n < app.needed && candidates.length; n++) {
      candidates.sort((x, y) => load.get(x)! - load.get(y)! || order.get(x)! - order.get(y)!);
      const pick = candidates.shift()!;
      planned.push({ applicationId: app.id, reviewerId: pick });
      on.get(app.id)!.add(pick);
      load.set(pick, load.get(pick)! + 1);
    }
  }

  const appById = new Map(applications.map((a) => [a.id, a]));
  // Each improving chain lowers the sum of squared loads, so this ends.
  for (let improved = true; improved;) {
    improved = false;
    const max = Math.max(...load.values());
    for (const start of reviewerIds.filter((r) => load.get(r) === max)) {
      const parent = new Map<string, { from: string; index: number }>([[start, { from: '', index: -1 }]]);
      const queue = [start];
      let end: string | null = null;
      while (queue.length && !end) {
        const from = queue.shift()!;
        planned.forEach((p, index) => {
          if (end || p.reviewerId !== from) return;
          const app = appById.get(p.applicationId)!;
          for (const to of reviewerIds) {
            if (parent.has(to) || on.get(app.id)!.has(to) || !app.eligible(to)) continue;
            parent.set(to, { from, index });
            if (load.get(to)! <= max - 2) {
              end = to;
              return;
            }
            queue.push(to);
          }
        });
      }
      if (!end) continue;
      // Apply the chain from its end: each link hands one application along.
      for (let to = end as string; to !== start;) {
        const { from, index } = parent.get(to)!;
        const moved = planned[index];
        on.get(moved.applicationId)!.delete(from);
        on.get(moved.applicationId)!.add(to);
        planned[index] = { applicationId: moved.applicationId, reviewerId: to };
        to = from;
      }
      load.set(start, load.get(start)! - 1);
      load.set(end, load.get(end)! + 1);
      improved = true;
      break;
    }
  }
  return planned;
}
