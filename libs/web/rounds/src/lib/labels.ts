import type { OrganizationKind, RoundStatus } from '@abate/web/core';

export const organizationKinds: OrganizationKind[] = ['COUNTY', 'CITY', 'TRIBE', 'STATE_AGENCY', 'NONPROFIT'];

/** One organization of the kind, as a checkbox or select label. */
export const organizationKindLabels: Record<OrganizationKind, string> = {
  COUNTY: 'County',
  CITY: 'City',
  TRIBE: 'Tribe or tribal organization',
  STATE_AGENCY: 'State agency',
  NONPROFIT: 'Non-profit organization',
};

/** Several organizations of the kind, for "Who can apply". */
export const organizationKindPlurals: Record<OrganizationKind, string> = {
  COUNTY: 'counties',
  CITY: 'cities',
  TRIBE: 'tribes and tribal organizations',
  STATE_AGENCY: 'state agencies',
  NONPROFIT: 'non-profit organizations',
};

/** "Counties, cities and tribes and tribal organizations", in a fixed order. */
export function eligibleKindsText(kinds: readonly OrganizationKind[]): string {
  const names = organizationKinds.filter((kind) => kinds.includes(kind)).map((kind) => organizationKindPlurals[kind]);
  if (names.length === 0) return 'No one yet';
  const text = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface RoundState {
  status: RoundStatus;
  accepting: boolean;
}

/** What a round's state means to the people reading it (PUBLISHED covers "not open yet" too). */
export function roundStatusLabel({ status, accepting }: RoundState): string {
  switch (status) {
    case 'DRAFT':
      return 'Draft';
    case 'PUBLISHED':
      return accepting ? 'Open for applications' : 'Not open yet';
    case 'REVIEW':
      return 'Closed: in review';
    case 'DECIDED':
      return 'Decided';
  }
}
