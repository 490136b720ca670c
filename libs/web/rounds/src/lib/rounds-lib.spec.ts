import { describe, expect, it } from 'vitest';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { checkChecklistText } from './checklist-file';
import { jsonLocations, jsonSyntaxErrorOffset, locate } from './json-locations';
import { centsToDollarsText, parseDollars } from './money';
import {
  roundFieldForPath,
  roundToValues,
  roundValueErrors,
  toCreateInput,
  toUpdateInput,
  type RoundFormValues,
} from './round-form';
import type { RoundForEdit } from '../hooks/useRoundForEdit';

describe('dollars', () => {
  it('reads dollars as people type them, in exact cents', () => {
    expect(parseDollars('2,500,000')).toBe(250_000_000n);
    expect(parseDollars('$2500000.5')).toBe(250_000_050n);
    expect(parseDollars(' $ 0.29 ')).toBe(29n);
    expect(parseDollars('1,234.56')).toBe(123_456n);
  });

  it('refuses what is not an amount of dollars', () => {
    for (const text of ['', '1,23', '12.345', '-5', '1 000', 'abc', '1,0000']) expect(parseDollars(text)).toBeNull();
  });

  it('writes cents back as dollars text that reads back the same', () => {
    expect(centsToDollarsText(250_000_050n)).toBe('2,500,000.50');
    expect(centsToDollarsText('5000000')).toBe('50,000');
    for (const cents of [1n, 99n, 100n, 123_456_789n, 2_147_483_648n, 2n ** 53n + 1n])
      expect(parseDollars(centsToDollarsText(cents))).toBe(cents);
  });
});

describe('JSON locations', () => {
  const text =
    '{\n  "key": "k",\n  "items": [\n    { "weight": 2 },\n    { "weight": 4, "sources": ["A", "B"] }\n  ]\n}';

  it('finds each value by its dotted path, with line and column', () => {
    const locations = jsonLocations(text);
    expect(locations.get('items.1.weight')).toMatchObject({ line: 5, column: 17 });
    expect(text.slice(locations.get('items.1.weight')!.start, locations.get('items.1.weight')!.end)).toBe('4');
    expect(text.slice(locations.get('items.1.sources.1')!.start, locations.get('items.1.sources.1')!.end)).toBe('"B"');
    expect(locations.get('')).toMatchObject({ line: 1, column: 1 });
  });

  it('falls back to the nearest ancestor for a missing field', () => {
    expect(locate(jsonLocations(text), 'items.0.title')).toMatchObject({ line: 4 });
  });
});

describe('checking a checklist file', () => {
  const shipped = JSON.stringify(PORP_CHECKLIST_2023, null, 2);

  it('accepts the shipped checklist and sends only the API’s fields', () => {
    const check = checkChecklistText(`\uFEFF${shipped}`);
    expect(check.kind).toBe('checked');
    if (check.kind !== 'checked') return;
    expect(check.problems).toEqual([]);
    expect(check.input?.items).toHaveLength(32);
    expect(check.input?.key).toBe('porp-best-practice');
  });

  it('explains invalid JSON with where it stopped', () => {
    const check = checkChecklistText('{\n  "key": "k",\n  "items": [1,]\n}');
    expect(check.kind).toBe('invalid-json');
    if (check.kind !== 'invalid-json') return;
    expect(check.message).toMatch(/JSON/);
    expect(check.location).toMatchObject({ line: 3, column: 15 });
  });

  it('finds where JSON stops being valid, whatever the browser’s message says', () => {
    expect(jsonSyntaxErrorOffset('{"a": [1, 2], "b": {"c": "\\u00e9"}}')).toBeUndefined();
    expect(jsonSyntaxErrorOffset('{"a": 1 "b": 2}')).toBe(8);
    expect(jsonSyntaxErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonSyntaxErrorOffset('{"a": 1')).toBe(7);
    expect(jsonSyntaxErrorOffset('{"a": 01}')).toBe(7);
  });

  it('names every problem by path, item and line', () => {
    const broken = structuredClone(PORP_CHECKLIST_2023) as unknown as Record<string, unknown> & {
      items: Array<Record<string, unknown>>;
    };
    broken.items[3].weight = 4;
    broken.items[5].critical = 'yes';
    broken.items[6].notes = 'extra';
    const text = JSON.stringify(broken, null, 2);
    const check = checkChecklistText(text);
    if (check.kind !== 'checked') throw new Error(check.kind);
    const byField = Object.fromEntries(check.problems.map((p) => [p.field, p]));
    expect(byField['items.3.weight'].message).toBe('weight must be 1, 2 or 3');
    expect(byField['items.3.weight'].place).toContain(`Item 4: ${PORP_CHECKLIST_2023.items[3].key}`);
    expect(text.split('\n')[byField['items.3.weight'].location!.line - 1]).toContain('"weight": 4');
    expect(byField['items.5.critical'].message).toBe('critical must be true or false');
    expect(byField['items.6.notes'].message).toMatch(/not a field/);
    expect(check.input).toBeNull();
  });

  it('survives a checklist too malformed for the rules', () => {
    const check = checkChecklistText(
      '{"key": "k", "version": "2024.1", "title": "T", "scale": [], "domains": [], "items": [null, 3], "sources": []}',
    );
    if (check.kind !== 'checked') throw new Error(check.kind);
    expect(check.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['items.0', 'items.1', 'scale']));
    expect(checkChecklistText('[]')).toMatchObject({
      kind: 'checked',
      problems: [expect.objectContaining({ field: '' })],
    });
  });
});

describe('round form', () => {
  const values: RoundFormValues = {
    title: 'Outreach 2027',
    description: 'Funds post-overdose outreach.',
    checklistKey: 'porp-best-practice',
    checklistVersion: '2023.1',
    timeZone: 'America/New_York',
    opensAt: '2026-12-01T09:00',
    closesAt: '2026-12-28T17:00',
    budget: '2,500,000',
    minAward: '50,000',
    maxAward: '250,000',
    eligibleKinds: ['COUNTY', 'CITY'],
    reviewersPerApplication: '3',
    grantStart: '2027-01-01',
    grantEnd: '2027-12-31',
  };

  it('turns wall times in the round’s zone into instants, and dollars into cents', () => {
    expect(roundValueErrors(values)).toEqual({});
    expect(toCreateInput(values)).toMatchObject({
      opensAt: '2026-12-01T14:00:00.000Z',
      closesAt: '2026-12-28T22:00:00.000Z',
      budgetCents: '250000000',
      minAwardCents: '5000000',
      maxAwardCents: '25000000',
      reviewersPerApplication: 3,
    });
    expect(toCreateInput({ ...values, timeZone: 'Pacific/Honolulu' }).closesAt).toBe('2026-12-29T03:00:00.000Z');
  });

  it('checks the rules that relate fields', () => {
    const errors = roundValueErrors({
      ...values,
      closesAt: '2026-11-01T09:00',
      minAward: '4,000,000',
      maxAward: '3,000,000',
      grantEnd: '2026-12-31',
      eligibleKinds: [],
    });
    expect(Object.keys(errors).sort()).toEqual(['closesAt', 'eligibleKinds', 'grantEnd', 'maxAward', 'minAward']);
    expect(roundValueErrors({ ...values, budget: '1,23' }).budget).toMatch(/in dollars/);
    expect(roundValueErrors(values, { publishedClosesAt: '2026-12-29T00:00:00Z' }).closesAt).toMatch(/extended/);
  });

  it('sends only what changed, both instants when the zone moves', () => {
    expect(toUpdateInput({ ...values, title: 'New title', budget: '2500000' }, values)).toEqual({ title: 'New title' });
    expect(Object.keys(toUpdateInput({ ...values, timeZone: 'America/Chicago' }, values)).sort()).toEqual([
      'closesAt',
      'opensAt',
      'timeZone',
    ]);
  });

  it('shows a stored round in its own zone', () => {
    const round = {
      id: 'r',
      version: 2,
      status: 'DRAFT',
      title: 'T',
      description: 'D',
      opensAt: '2026-12-01T14:00:00.000Z',
      closesAt: '2026-12-28T22:00:00.000Z',
      timeZone: 'America/New_York',
      budgetCents: '250000050',
      minAwardCents: '100',
      maxAwardCents: '200',
      eligibleKinds: ['CITY', 'COUNTY'],
      reviewersPerApplication: 2,
      grantStart: '2027-01-01',
      grantEnd: '2027-12-31',
      checklist: { id: 'c', key: 'porp-best-practice', version: '2023.1' },
    } satisfies RoundForEdit;
    expect(roundToValues(round)).toMatchObject({
      opensAt: '2026-12-01T09:00',
      closesAt: '2026-12-28T17:00',
      budget: '2,500,000.50',
      eligibleKinds: ['COUNTY', 'CITY'],
    });
  });

  it('maps API field paths to form fields', () => {
    expect(roundFieldForPath('input.closesAt')).toBe('closesAt');
    expect(roundFieldForPath('input.budgetCents')).toBe('budget');
    expect(roundFieldForPath('input.eligibleKinds.0')).toBe('eligibleKinds');
    expect(roundFieldForPath('version')).toBeUndefined();
  });
});
