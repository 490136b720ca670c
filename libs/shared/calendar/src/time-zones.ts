/** True for an IANA time-zone name this runtime knows (e.g. America/New_York). */
export function isTimeZone(name: string): boolean {
  if (!name || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (tens of
// microseconds, and a list of 100 rounds formats 100 deadlines), and a zone's
// formatter never changes: each is made once per zone and kept.
const wallTimeFormats = new Map<string, Intl.DateTimeFormat>();
const readableFormats = new Map<string, Intl.DateTimeFormat>();

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  make: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

function wallTimeIn(instant: Date, timeZone: string): WallTime {
  const format = cached(
    wallTimeFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  );
  const parts = format.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Minutes the zone is ahead of UTC at that instant (America/New_York in winter: -300). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const w = wallTimeIn(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which clocks in `timeZone` show `local` ("2026-12-28T17:00" or
 * with seconds). A wall time skipped by a DST change resolves to the instant
 * after the gap; a repeated one to its first occurrence.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new RangeError(`${local} is not a local date and time like 2026-12-28T17:00`);
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // The zone's offset a day either side covers any DST change near the wall time.
  const candidates = [-86_400_000, 86_400_000]
    .map((shift) => asUtc - zoneOffsetMinutes(new Date(asUtc + shift), timeZone) * 60_000)
    .sort((a, b) => a - b);
  const matching = candidates.filter(
    (c) => instantToZonedTime(new Date(c), timeZone, true) === instantToZonedTime(new Date(asUtc), 'UTC', true),
  );
  return new Date(matching.length ? matching[0] : candidates[candidates.length - 1]);
}

/** `local` form of an instant in a zone ("2026-12-28T17:00"), as a datetime-local input shows it. */
export function instantToZonedTime(instant: Date, timeZone: string, withSeconds = false): string {
  const w = wallTimeIn(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${withSeconds ? `:${pad(w.second)}` : ''}`;
}

/** "Dec 28, 2026, 5:00:00 PM EST": an instant as people in the round's zone read it. */
export function formatInZone(instant: Date, timeZone: string): string {
  return cached(
    readableFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'long' }),
  ).format(instant);
}

/** The calendar year of an instant in a zone (tracking ids carry the submission year). */
export function yearInZone(instant: Date, timeZone: string): number {
  return wallTimeIn(instant, timeZone).year;
}
