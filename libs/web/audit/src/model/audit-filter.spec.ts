import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, exportHref, filterProblems, filterVariables, startOfDay } from './audit-filter';

describe('the audit trail filter', () => {
  it('sends whole days: from the start of the first to the start of the day after the last', () => {
    const vars = filterVariables({ ...EMPTY_FILTER, from: '2026-03-01', to: '2026-03-02', actor: ' alice ' });
    expect(vars).toEqual({
      actor: 'alice',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 2, 3).toISOString(),
    });
  });

  it('finds the mistakes before sending', () => {
    expect(filterProblems({ ...EMPTY_FILTER, entityId: 'abc' })).toHaveProperty('entityId');
    expect(filterProblems({ ...EMPTY_FILTER, action: 'award create' })).toHaveProperty('action');
    expect(filterProblems({ ...EMPTY_FILTER, entityType: 'Award1' })).toHaveProperty('entityType');
    expect(filterProblems({ ...EMPTY_FILTER, from: '2026-02-30' })).toHaveProperty('from');
    expect(filterProblems({ ...EMPTY_FILTER, from: '2026-03-02', to: '2026-03-01' })).toHaveProperty('to');
    expect(filterProblems({ ...EMPTY_FILTER, from: '2026-03-01', to: '2026-03-01', action: 'award.create' })).toEqual(
      {},
    );
    expect(startOfDay('2026-02-29')).toBeNull();
  });

  it('downloads the same filtered set', () => {
    expect(exportHref('csv', {})).toBe('/api/audit/exports/audit-trail.csv');
    expect(exportHref('xlsx', { action: 'award', actor: 'a&b' })).toBe(
      '/api/audit/exports/audit-trail.xlsx?action=award&actor=a%26b',
    );
  });
});
