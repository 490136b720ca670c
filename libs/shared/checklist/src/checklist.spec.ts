import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicationScore, checklistProblems, itemScore, type ChecklistDefinition } from './index';

const porp = (): ChecklistDefinition =>
  JSON.parse(readFileSync(join(__dirname, '..', 'data', 'porp-checklist-2023.json'), 'utf8'));

describe('the 2023 best-practice checklist', () => {
  it('is valid as shipped: 32 items in 7 domains, 4 critical, every source defined', () => {
    const checklist = porp();
    expect(checklistProblems(checklist)).toEqual([]);
    expect(checklist.items).toHaveLength(32);
    expect(checklist.domains).toHaveLength(7);
    expect(checklist.items.filter((i) => i.critical)).toHaveLength(4);
  });

  it('names each problem by its path', () => {
    const broken = porp();
    broken.items[1].key = broken.items[0].key;
    broken.items[2].domain = 'nowhere';
    broken.items[3].weight = 4;
    broken.items[4].sources = ['NO-SUCH-SOURCE'];
    expect(checklistProblems(broken)).toEqual([
      { field: 'items.1.key', message: `item key ${broken.items[0].key} is used twice` },
      { field: 'items.2.domain', message: 'domain nowhere is not defined' },
      { field: 'items.3.weight', message: 'weight must be 1, 2 or 3' },
      { field: 'items.4.sources.0', message: 'source NO-SUCH-SOURCE is not defined' },
    ]);
    expect(checklistProblems({ ...porp(), scale: [] })).toContainEqual({
      field: 'scale',
      message: 'a checklist needs a rating scale',
    });
  });
});

describe('scoring', () => {
  it('scores an item as rating / 3 × weight', () => {
    expect(itemScore(3, 3)).toBe(3);
    expect(itemScore(2, 3)).toBe(2);
    expect(itemScore(1, 2)).toBeCloseTo(0.6667, 4);
    expect(itemScore(0, 1)).toBe(0);
  });

  it('scores an application over the rated items only (worked example)', () => {
    // a: weight 3 rated 3 -> 3; b: weight 2 rated 1 -> 0.667; c: weight 1 rated 0 -> 0; d: unrated.
    // (3 + 0.667 + 0) / (3 + 2 + 1) × 100 = 61.11
    const items = [
      { key: 'a', weight: 3 },
      { key: 'b', weight: 2 },
      { key: 'c', weight: 1 },
      { key: 'd', weight: 3 },
    ];
    const score = applicationScore(
      items,
      new Map([
        ['a', 3],
        ['b', 1],
        ['c', 0],
      ]),
    );
    expect(score).toBeCloseTo(61.111, 3);
    expect(applicationScore(items, new Map())).toBeNull();
    expect(applicationScore(items, new Map(items.map((i) => [i.key, 3])))).toBe(100);
  });
});
