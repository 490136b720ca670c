import type { AwardEntity } from '@abate/api/awards';
import type { PortfolioAward } from '@abate/api/portfolio';
import { intervalAttack, seededRandom, type Interval, type PublishedEquation } from '@abate/shared/metrics';
import { finalQuarterMetrics, PUBLIC_FIGURES_GRACE_DAYS, type QuarterReportFact } from './public-finality';
import { publicOutcomes, type PublicOutcomes } from './public-outcomes';

/**
 * The attacker of docs/security.md, played against the public page: it holds every snapshot
 * (two moments, each as the all-rounds view and each round's view) and the rules, and runs
 * interval propagation over every shown figure. No hidden count may be narrowed below 1..10,
 * and no shown figure may ever change between snapshots.
 */
const METRICS = ['moud_starts', 'naloxone_kits'] as const;
const QUARTERS: Array<[string, string]> = [
  ['2027 Q1', '2027-04-30'],
  ['2027 Q2', '2027-07-30'],
  ['2027 Q3', '2027-10-30'],
  ['2027 Q4', '2028-01-30'],
];
const DAY = 86_400_000;

const award = (id: string, roundId: string): PortfolioAward => ({
  entity: { id, roundId, amountCents: 10_000_000n } as AwardEntity,
  roundTitle: `Round ${roundId}`,
  timeZone: 'America/New_York',
  organizationName: `County ${id}`,
  organizationKind: 'COUNTY',
  state: 'NC',
  fipsCode: '37001',
  programTitle: null,
  programSummary: null,
  targets: [],
  budgetLines: [],
});

function scenario(random: () => number) {
  const awards: PortfolioAward[] = [];
  for (const roundId of ['r1', 'r2'])
    for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) awards.push(award(`${roundId}-a${i}`, roundId));
  const count = () => {
    const x = random();
    return x < 0.3 ? 0 : x < 0.65 ? 1 + Math.floor(random() * 10) : 11 + Math.floor(random() * 40);
  };
  const facts: QuarterReportFact[] = [];
  const truth = new Map<string, number>();
  for (const a of awards) {
    for (const [quarter, dueDate] of QUARTERS) {
      const metrics = METRICS.map((key) => ({ key, value: count() }));
      metrics.forEach((m) => truth.set(`${m.key}|${a.entity.id}|${quarter}`, m.value));
      const x = random();
      const due = Date.parse(`${dueDate}T00:00:00Z`);
      // Most accepted around the due date, some very late (after the quarter closed), some never.
      const status = x < 0.75 ? 'ACCEPTED' : x < 0.85 ? 'SUBMITTED' : x < 0.92 ? 'CHANGES_REQUESTED' : null;
      const reviewedAt =
        status === 'ACCEPTED'
          ? new Date(due + Math.floor(-20 + random() * (PUBLIC_FIGURES_GRACE_DAYS + 60)) * DAY)
          : null;
      facts.push({
        roundId: a.entity.roundId,
        awardId: a.entity.id,
        quarter,
        dueDate,
        status,
        reviewedAt,
        metrics: status ? metrics : null,
      });
    }
  }
  return { awards, facts, truth };
}

interface Snapshot {
  view: string;
  out: PublicOutcomes;
}

function publish(awards: PortfolioAward[], facts: QuarterReportFact[], at: Date): Snapshot[] {
  const metrics = finalQuarterMetrics(facts, at);
  const views: Array<[string, string | null]> = [
    ['all', null],
    ['r1', 'r1'],
    ['r2', 'r2'],
  ];
  return views.map(([view, roundId]) => {
    const members = awards.filter((a) => roundId === null || a.entity.roundId === roundId);
    return { view, out: publicOutcomes({ roundId, awards: members, metrics, spending: [] }) };
  });
}

/** Every shown figure as an equation over the (metric, award, quarter) counts; hidden cells boxed 1..10. */
function readerKnowledge(snapshots: Snapshot[]): {
  equations: PublishedEquation[];
  boxes: Map<string, Interval>;
  hidden: Set<string>;
} {
  const equations: PublishedEquation[] = [];
  const boxes = new Map<string, Interval>();
  const hidden = new Set<string>();
  for (const { out } of snapshots) {
    for (const metric of out.metrics.filter((m) => (METRICS as readonly string[]).includes(m.key))) {
      const included = new Map<string, string[]>(); // quarter -> unknowns included in that snapshot
      const all: string[] = [];
      for (const grantee of metric.grantees) {
        const row: string[] = [];
        for (const { quarter, cell } of grantee.byQuarter) {
          if (!cell.suppressed && cell.value === null) continue; // not reported: not part of any sum
          const unknown = `${metric.key}|${grantee.awardId}|${quarter}`;
          row.push(unknown);
          all.push(unknown);
          included.set(quarter, [...(included.get(quarter) ?? []), unknown]);
          if (cell.suppressed) {
            hidden.add(unknown);
            boxes.set(unknown, [1, 10]);
          } else equations.push({ unknowns: [unknown], total: cell.value! });
        }
        if (!grantee.total.suppressed && grantee.total.value !== null)
          equations.push({ unknowns: row, total: grantee.total.value });
      }
      for (const { quarter, cell } of metric.byQuarter)
        if (!cell.suppressed && cell.value !== null)
          equations.push({ unknowns: included.get(quarter) ?? [], total: cell.value });
      if (!metric.total.suppressed && metric.total.value !== null)
        equations.push({ unknowns: all, total: metric.total.value });
    }
  }
  return { equations, boxes, hidden };
}

/** Shown figures by a stable name, to check that none is ever revised. */
function shownFigures(snapshots: Snapshot[]): Map<string, string> {
  const figures = new Map<string, string>();
  for (const { view, out } of snapshots) {
    for (const metric of out.metrics.filter((m) => m.unit === 'count')) {
      for (const g of metric.grantees)
        for (const q of g.byQuarter) figures.set(`${view}|${metric.key}|${g.awardId}|${q.quarter}`, q.cell.display);
      for (const q of metric.byQuarter) figures.set(`${view}|${metric.key}|${q.quarter}`, q.cell.display);
    }
  }
  return figures;
}

describe('public figures against a reader with every snapshot (property, seeded)', () => {
  it('200 random portfolios, two snapshots each: no hidden count narrowed, no published quarter revised', () => {
    const random = seededRandom(2_027_0430);
    let hiddenSeen = 0;
    let quartersPublished = 0;
    for (let n = 0; n < 200; n++) {
      const { awards, facts, truth } = scenario(random);
      const start = Date.parse('2027-04-15T00:00:00Z');
      const t1 = new Date(start + Math.floor(random() * 400) * DAY);
      const t2 = new Date(t1.getTime() + Math.floor(1 + random() * 200) * DAY);
      const first = publish(awards, facts, t1);
      const second = publish(awards, facts, t2);

      const { equations, boxes, hidden } = readerKnowledge([...first, ...second]);
      const found = intervalAttack(equations, boxes);
      const problems = [...hidden].flatMap((u) => {
        const [lo, hi] = found.get(u)!;
        return lo > 1 || hi < 10 ? [`${u} (true ${truth.get(u)}) narrowed to ${lo}..${hi}`] : [];
      });
      expect({ n, problems }).toEqual({ n, problems: [] });
      hiddenSeen += hidden.size;

      // A quarter once published stays, with the same figures.
      const before = shownFigures(first);
      const after = shownFigures(second);
      const revised = [...before]
        .filter(([name, display]) => after.get(name) !== display)
        .map(([name, display]) => `${name}: ${display} -> ${after.get(name)}`);
      expect({ n, revised }).toEqual({ n, revised: [] });
      quartersPublished += second[0].out.quarters.length;
    }
    expect(hiddenSeen).toBeGreaterThan(300);
    expect(quartersPublished).toBeGreaterThan(200);
  });

  it('a quarter waits until final: nothing while a report is only submitted, then frozen at the close', () => {
    const facts: QuarterReportFact[] = [
      {
        roundId: 'r1',
        awardId: 'a',
        quarter: '2027 Q1',
        dueDate: '2027-04-30',
        status: 'ACCEPTED',
        reviewedAt: new Date('2027-05-02T00:00:00Z'),
        metrics: [{ key: 'moud_starts', value: 30 }],
      },
      {
        roundId: 'r1',
        awardId: 'b',
        quarter: '2027 Q1',
        dueDate: '2027-04-30',
        status: 'SUBMITTED',
        reviewedAt: null,
        metrics: [{ key: 'moud_starts', value: 7 }],
      },
    ];
    expect(finalQuarterMetrics(facts, new Date('2027-05-10T00:00:00Z'))).toEqual([]);
    const closed = finalQuarterMetrics(facts, new Date('2027-06-30T00:00:00Z'));
    expect(closed).toEqual([{ awardId: 'a', quarter: '2027 Q1', key: 'moud_starts', value: 30 }]);
    // Accepted after the close: never published, so the published 30 is never revised to 37.
    const late = facts.map((f) =>
      f.awardId === 'b' ? { ...f, status: 'ACCEPTED', reviewedAt: new Date('2027-07-15T00:00:00Z') } : f,
    );
    expect(finalQuarterMetrics(late, new Date('2028-01-01T00:00:00Z'))).toEqual(closed);
    // All accepted before the close: final at the last acceptance.
    const early = facts.map((f) =>
      f.awardId === 'b' ? { ...f, status: 'ACCEPTED', reviewedAt: new Date('2027-05-20T00:00:00Z') } : f,
    );
    expect(finalQuarterMetrics(early, new Date('2027-05-19T00:00:00Z'))).toEqual([]);
    expect(finalQuarterMetrics(early, new Date('2027-05-21T00:00:00Z'))).toHaveLength(2);
  });
});
