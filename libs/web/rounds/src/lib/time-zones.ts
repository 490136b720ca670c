import { isTimeZone } from '@abate/shared/calendar';

export interface TimeZoneOption {
  id: string;
  label: string;
}

/** US time zones a round is likely to run in, territories included. */
export const commonTimeZones: TimeZoneOption[] = [
  { id: 'America/New_York', label: 'Eastern time (America/New_York)' },
  { id: 'America/Chicago', label: 'Central time (America/Chicago)' },
  { id: 'America/Denver', label: 'Mountain time (America/Denver)' },
  { id: 'America/Phoenix', label: 'Mountain time without daylight saving, Arizona (America/Phoenix)' },
  { id: 'America/Los_Angeles', label: 'Pacific time (America/Los_Angeles)' },
  { id: 'America/Anchorage', label: 'Alaska time (America/Anchorage)' },
  { id: 'Pacific/Honolulu', label: 'Hawaii time (Pacific/Honolulu)' },
  { id: 'America/Puerto_Rico', label: 'Atlantic time, Puerto Rico and U.S. Virgin Islands (America/Puerto_Rico)' },
  { id: 'Pacific/Guam', label: 'Chamorro time, Guam and Northern Mariana Islands (Pacific/Guam)' },
  { id: 'Pacific/Pago_Pago', label: 'Samoa time, American Samoa (Pacific/Pago_Pago)' },
];

/** The common zones, plus `current` (a round's stored zone) when it is not one of them. */
export function timeZoneOptions(current: string): TimeZoneOption[] {
  if (!current || commonTimeZones.some((zone) => zone.id === current)) return commonTimeZones;
  return [...commonTimeZones, { id: current, label: current }];
}

/** The browser's zone when it is a common one; otherwise Eastern time. */
export function defaultTimeZone(): string {
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return commonTimeZones.some((zone) => zone.id === browser) && isTimeZone(browser) ? browser : 'America/New_York';
}
