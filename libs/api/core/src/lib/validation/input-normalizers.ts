import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The one input-normalization layer (docs/security.md): every DTO's text, e-mail, URL and
 * date fields go through these, so no client text reaches a mail header, a CSV cell or
 * PostgreSQL in a shape it was not meant to have.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real YYYY-MM-DD day between 0001-01-01 and 9999-12-31 (no 2027-02-30, no year 0, no -infinity). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a real date like 2027-01-31, between 0001-01-01 and 9999-12-31' } },
    options,
  );
}
