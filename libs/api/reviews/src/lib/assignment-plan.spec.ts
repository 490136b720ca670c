import { planAssignments, PlanApplication } from './assignment-plan';

const app = (id: string, needed: number, excluded: string[] = [], assigned: string[] = []): PlanApplication => ({
  id,
  needed,
  assigned: new Set(assigned),
  eligible: (r) => !excluded.includes(r),
});

const loads = (plan: Array<{ reviewerId: string }>, reviewers: string[]) =>
  reviewers.map((r) => plan.filter((p) => p.reviewerId === r).length);

describe('planAssignments', () => {
  it('spreads slots evenly with no constraints', () => {
    const reviewers = ['a', 'b', 'c'];
    const plan = planAssignments([app('1', 2), app('2', 2), app('3', 2), app('4', 2)], reviewers, new Map());
    expect(loads(plan, reviewers).sort()).toEqual([2, 3, 3]);
  });

  it('rebalances through a chain when exclusions trap the greedy pass', () => {
    // Reviewer a may only review application 1; b and c may review anything.
    const reviewers = ['a', 'b', 'c'];
    const apps = [app('1', 1), app('2', 1, ['a']), app('3', 1, ['a']), app('4', 1, ['a']), app('5', 1, ['a'])];
    const plan = planAssignments(apps, reviewers, new Map());
    expect(plan).toHaveLength(5);
    // a can hold at most one; b and c share the other four.
    expect(loads(plan, reviewers)).toEqual([1, 2, 2]);
    for (const p of plan) expect(apps.find((x) => x.id === p.applicationId)!.eligible(p.reviewerId)).toBe(true);
  });

  it('counts existing assignments in the loads and never repeats a reviewer on an application', () => {
    const reviewers = ['a', 'b', 'c'];
    const plan = planAssignments(
      [app('1', 1, [], ['a', 'b']), app('2', 2)],
      reviewers,
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(plan.filter((p) => p.applicationId === '1')).toEqual([{ applicationId: '1', reviewerId: 'c' }]);
    expect(
      plan
        .filter((p) => p.applicationId === '2')
        .map((p) => p.reviewerId)
        .sort(),
    ).toEqual(['b', 'c']);
  });

  it('assigns what it can when too few reviewers are eligible', () => {
    expect(planAssignments([app('1', 3, ['a'])], ['a', 'b'], new Map())).toEqual([
      { applicationId: '1', reviewerId: 'b' },
    ]);
  });
});
