import { ValidateBy, type ValidationOptions } from 'class-validator';
import { fitsLimit, URL_MAX_CHARS } from '@abate/shared/limits';

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
    {
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDate,
        defaultMessage: () => '$property must be a real date like 2027-01-31, between 0001-01-01 and 9999-12-31',
      },
    },
    options,
  );
}

// C0 controls (tab, CR, LF included), DEL, C1 controls, and the Unicode line and paragraph separators.
const LINE_BREAKING_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** True for text that fits on one line of a mail header, a CSV cell or a page heading: no control characters. */
export function isSingleLine(value: unknown): boolean {
  return typeof value === 'string' && !LINE_BREAKING_OR_CONTROL.test(value);
}

/** Single-line text fields (names, organization names, titles, e-mails): CR, LF and other controls are refused. */
export function IsSingleLine(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSingleLine',
      validator: {
        validate: isSingleLine,
        defaultMessage: () => '$property must be one line, without line breaks or control characters',
      },
    },
    options,
  );
}

/** Trims and lower-cases an e-mail (a class-transformer Transform); validation then refuses what is left over. */
export const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** An http: or https: URL with a host; no javascript:, data:, file: or scheme-relative links. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !isSingleLine(value) || !fitsLimit(value, URL_MAX_CHARS)) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && /^https?:\/\//i.test(value)
    );
  } catch {
    return false;
  }
}

/** URL fields that are published as links (checklist sources): http and https only. */
export function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHttpUrl',
      validator: { validate: isHttpUrl, defaultMessage: () => '$property must be an http:// or https:// address' },
    },
    options,
  );
}

/**
 * A mail header value (subject, display name): any line break or control character becomes a
 * space, so no text can add a header or a recipient.
 */
export function headerSafe(value: string): string {
  return value.replace(new RegExp(LINE_BREAKING_OR_CONTROL.source, 'g'), ' ').replace(/ {2,}/g, ' ').trim();
}

// A spreadsheet reads a cell starting with these as a formula (after any leading spaces).
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * One CSV cell, safe for every export: text that a spreadsheet would read as a formula is
 * prefixed with a quote, and a cell holding a comma, a semicolon (the separator in many
 * European Excel locales), a tab, a quote or a line break is quoted (RFC 4180).
 */
export function csvSafeCell(text: string, options: { formulaCheck?: boolean } = {}): string {
  let cell = text;
  if ((options.formulaCheck ?? true) && FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
