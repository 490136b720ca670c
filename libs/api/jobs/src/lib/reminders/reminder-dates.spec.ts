import { isoWeek, latestReminder, reminderDates } from './reminder-dates';

describe('report reminder days', () => {
  const due = '2027-04-30';

  it('starts 14 days before the due date', () => {
    expect(latestReminder(due, '2027-04-15')).toBeNull();
    expect(latestReminder(due, '2027-04-16')).toEqual({ date: '2027-04-16', stage: 'UPCOMING' });
  });

  it('keeps the 14-day reminder as the latest until the due date, then the due-day one for a week', () => {
    expect(latestReminder(due, '2027-04-29')).toEqual({ date: '2027-04-16', stage: 'UPCOMING' });
    expect(latestReminder(due, '2027-04-30')).toEqual({ date: '2027-04-30', stage: 'DUE' });
    expect(latestReminder(due, '2027-05-06')).toEqual({ date: '2027-04-30', stage: 'DUE' });
  });

  it('reminds 7 days after, then every 7 days while overdue', () => {
    expect(latestReminder(due, '2027-05-07')).toEqual({ date: '2027-05-07', stage: 'OVERDUE' });
    expect(latestReminder(due, '2027-05-13')).toEqual({ date: '2027-05-07', stage: 'OVERDUE' });
    expect(latestReminder(due, '2027-05-14')).toEqual({ date: '2027-05-14', stage: 'OVERDUE' });
    expect(latestReminder(due, '2027-07-30')).toEqual({ date: '2027-07-30', stage: 'OVERDUE' });
    expect(latestReminder(due, '2027-08-02')).toEqual({ date: '2027-07-30', stage: 'OVERDUE' });
  });

  it('crosses month and year ends on calendar days', () => {
    expect(latestReminder('2028-01-30', '2028-01-16')).toEqual({ date: '2028-01-16', stage: 'UPCOMING' });
    expect(latestReminder('2027-03-01', '2027-02-15')).toEqual({ date: '2027-02-15', stage: 'UPCOMING' });
    expect(latestReminder('2024-03-01', '2024-02-16')).toEqual({ date: '2024-02-16', stage: 'UPCOMING' }); // leap year
    expect(latestReminder('2027-12-30', '2028-01-06')).toEqual({ date: '2028-01-06', stage: 'OVERDUE' });
  });

  it('lists the days in order', () => {
    expect(reminderDates(due, '2027-05-21')).toEqual([
      '2027-04-16',
      '2027-04-30',
      '2027-05-07',
      '2027-05-14',
      '2027-05-21',
    ]);
    expect(reminderDates(due, '2027-04-15')).toEqual([]);
    // Every listed day is its own latest reminder.
    for (const day of reminderDates(due, '2027-09-01')) expect(latestReminder(due, day)?.date).toBe(day);
  });

  it('names ISO weeks, Monday to Sunday, in the year of their Thursday', () => {
    expect(isoWeek('2027-05-03')).toBe('2027-W18'); // Monday
    expect(isoWeek('2027-05-09')).toBe('2027-W18'); // Sunday
    expect(isoWeek('2027-05-10')).toBe('2027-W19');
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2026-12-28')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // a Monday whose Thursday is in 2025
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });
});
