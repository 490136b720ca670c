import { addDays, dateInZone, daysBetween, milestoneStatus, reportingSchedule } from './index';

describe('addDays and daysBetween', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2027-03-31', 30)).toBe('2027-04-30'); // April has 30 days: 31 Mar + 30 = 30 Apr
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-01-31', 28)).toBe('2027-02-28');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2027-04-30', 0)).toBe('2027-04-30');
  });

  it('knows leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29'); // 2028 is divisible by 4
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01'); // 2100: divisible by 100, not by 400
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29'); // 2000: divisible by 400
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
  });

  it('counts whole days, negative backwards, unaffected by daylight saving', () => {
    expect(daysBetween('2027-03-31', '2027-04-30')).toBe(30);
    expect(daysBetween('2027-04-30', '2027-03-31')).toBe(-30);
    expect(daysBetween('2027-03-01', '2027-03-31')).toBe(30); // US clocks change on 14 March 2027
    expect(daysBetween('2027-04-30', '2027-04-30')).toBe(0);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => addDays('2027-02-29', 1)).toThrow(RangeError); // 2027 is not a leap year
    expect(() => addDays('2027-13-01', 1)).toThrow(RangeError);
    expect(() => addDays('2027-4-30', 1)).toThrow(RangeError);
    expect(() => addDays('2027-04-30T00:00', 1)).toThrow(RangeError);
    expect(() => addDays('2027-04-30', 1.5)).toThrow(RangeError);
    expect(() => daysBetween('', '2027-01-01')).toThrow(RangeError);
  });
});

describe('reportingSchedule', () => {
  it('gives four full quarters of a calendar-year grant, each due 30 days after, then the final report', () => {
    // Q1 ends 31 Mar -> 30 Apr; Q2 ends 30 Jun -> 30 Jul; Q3 ends 30 Sep -> 30 Oct;
    // Q4 ends 31 Dec -> 30 Jan; final: 31 Dec + 90 = 30 Mar 2028 (31 days of Jan + 29 of Feb (leap) + 30 of Mar = 90).
    expect(reportingSchedule('2027-01-01', '2027-12-31')).toEqual([
      {
        kind: 'QUARTERLY',
        periodStart: '2027-01-01',
        periodEnd: '2027-03-31',
        dueDate: '2027-04-30',
        label: '2027 Q1',
      },
      {
        kind: 'QUARTERLY',
        periodStart: '2027-04-01',
        periodEnd: '2027-06-30',
        dueDate: '2027-07-30',
        label: '2027 Q2',
      },
      {
        kind: 'QUARTERLY',
        periodStart: '2027-07-01',
        periodEnd: '2027-09-30',
        dueDate: '2027-10-30',
        label: '2027 Q3',
      },
      {
        kind: 'QUARTERLY',
        periodStart: '2027-10-01',
        periodEnd: '2027-12-31',
        dueDate: '2028-01-30',
        label: '2027 Q4',
      },
      {
        kind: 'FINAL',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        dueDate: '2028-03-30',
        label: 'Final report',
      },
    ]);
  });

  it('reports partial first and last quarters', () => {
    // Grant 15 Feb 2027 - 14 Aug 2028: 2027 Q1 (15 Feb-31 Mar) through 2028 Q3 (1 Jul-14 Aug): 7 quarters.
    // The last period ends 14 Aug 2028, due 30 days later: 13 Sep 2028 (17 days left in Aug + 13).
    // Final: 14 Aug 2028 + 90 = 12 Nov 2028 (17 in Aug + 30 Sep + 31 Oct + 12 Nov).
    const schedule = reportingSchedule('2027-02-15', '2028-08-14');
    expect(schedule.map((p) => p.label)).toEqual([
      '2027 Q1',
      '2027 Q2',
      '2027 Q3',
      '2027 Q4',
      '2028 Q1',
      '2028 Q2',
      '2028 Q3',
      'Final report',
    ]);
    expect(schedule[0]).toEqual({
      kind: 'QUARTERLY',
      periodStart: '2027-02-15',
      periodEnd: '2027-03-31',
      dueDate: '2027-04-30',
      label: '2027 Q1',
    });
    expect(schedule[4]).toMatchObject({ periodStart: '2028-01-01', periodEnd: '2028-03-31', dueDate: '2028-04-30' });
    expect(schedule[6]).toEqual({
      kind: 'QUARTERLY',
      periodStart: '2028-07-01',
      periodEnd: '2028-08-14',
      dueDate: '2028-09-13',
      label: '2028 Q3',
    });
    expect(schedule[7]).toEqual({
      kind: 'FINAL',
      periodStart: '2027-02-15',
      periodEnd: '2028-08-14',
      dueDate: '2028-11-12',
      label: 'Final report',
    });
  });

  it('handles a grant inside one quarter, and a one-day grant', () => {
    expect(reportingSchedule('2027-05-10', '2027-06-20')).toEqual([
      {
        kind: 'QUARTERLY',
        periodStart: '2027-05-10',
        periodEnd: '2027-06-20',
        dueDate: '2027-07-20',
        label: '2027 Q2',
      },
      {
        kind: 'FINAL',
        periodStart: '2027-05-10',
        periodEnd: '2027-06-20',
        dueDate: '2027-09-18',
        label: 'Final report',
      },
    ]);
    expect(reportingSchedule('2027-03-31', '2027-03-31')).toHaveLength(2);
  });

  it('starts a new quarter on its first day', () => {
    // Starting 1 April: no Q1 period.
    expect(reportingSchedule('2027-04-01', '2027-07-01').map((p) => [p.periodStart, p.periodEnd])).toEqual([
      ['2027-04-01', '2027-06-30'],
      ['2027-07-01', '2027-07-01'],
      ['2027-04-01', '2027-07-01'],
    ]);
  });

  it('takes other due-day rules', () => {
    const schedule = reportingSchedule('2027-01-01', '2027-06-30', { dueDays: 45, finalDueDays: 120 });
    expect(schedule.map((p) => p.dueDate)).toEqual(['2027-05-15', '2027-08-14', '2027-10-28']);
    // 31 Mar + 45 = 15 May (30 in Apr + 15); 30 Jun + 45 = 14 Aug; 30 Jun + 120 = 28 Oct (31 + 31 + 30 + 28).
  });

  it('refuses a grant that ends before it starts and bad options', () => {
    expect(() => reportingSchedule('2027-06-30', '2027-01-01')).toThrow(RangeError);
    expect(() => reportingSchedule('2027-01-01', '2027-06-31')).toThrow(RangeError);
    expect(() => reportingSchedule('2027-01-01', '2027-06-30', { dueDays: -1 })).toThrow(RangeError);
    expect(() => reportingSchedule('2027-01-01', '2027-06-30', { finalDueDays: 1.5 })).toThrow(RangeError);
  });
});

describe('milestoneStatus', () => {
  const q1 = { periodEnd: '2027-03-31', dueDate: '2027-04-30' };

  it('follows the clock when there is no report or only a draft', () => {
    expect(milestoneStatus(q1, null, '2027-02-01')).toBe('UPCOMING');
    expect(milestoneStatus(q1, null, '2027-03-31')).toBe('UPCOMING'); // the last day of the period is still in it
    expect(milestoneStatus(q1, 'DRAFT', '2027-04-01')).toBe('DUE');
    expect(milestoneStatus(q1, null, '2027-04-30')).toBe('DUE'); // the due date itself is on time
    expect(milestoneStatus(q1, 'DRAFT', '2027-05-01')).toBe('OVERDUE');
  });

  it('shows the report status once there is one past draft', () => {
    expect(milestoneStatus(q1, 'SUBMITTED', '2027-06-01')).toBe('SUBMITTED');
    expect(milestoneStatus(q1, 'ACCEPTED', '2027-02-01')).toBe('ACCEPTED');
    expect(milestoneStatus(q1, 'CHANGES_REQUESTED', '2027-06-01')).toBe('CHANGES_REQUESTED');
  });
});

describe('dateInZone', () => {
  it('gives the date where the funder is, not in UTC', () => {
    // 03:30 UTC on 1 May is 23:30 on 30 April in New York (EDT, UTC-4): still on time for a 30 April due date.
    const instant = new Date('2027-05-01T03:30:00Z');
    expect(dateInZone(instant, 'America/New_York')).toBe('2027-04-30');
    expect(dateInZone(instant, 'UTC')).toBe('2027-05-01');
    expect(
      milestoneStatus(
        { periodEnd: '2027-03-31', dueDate: '2027-04-30' },
        null,
        dateInZone(instant, 'America/New_York'),
      ),
    ).toBe('DUE');
    expect(milestoneStatus({ periodEnd: '2027-03-31', dueDate: '2027-04-30' }, null, dateInZone(instant, 'UTC'))).toBe(
      'OVERDUE',
    );
  });

  it('works across the year end and in zones ahead of UTC', () => {
    expect(dateInZone(new Date('2027-12-31T20:00:00Z'), 'Pacific/Auckland')).toBe('2028-01-01'); // NZDT, UTC+13
    expect(dateInZone(new Date('2028-01-01T02:00:00Z'), 'America/Los_Angeles')).toBe('2027-12-31');
  });

  it('refuses an unknown zone', () => {
    expect(() => dateInZone(new Date('2027-01-01T00:00:00Z'), 'America/Nowhere')).toThrow(RangeError);
  });
});
