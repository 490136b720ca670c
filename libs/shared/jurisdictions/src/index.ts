/**
 * US states, DC and territories: postal code -> two-digit FIPS state code.
 * A county's five-digit FIPS code starts with its state's code, which is how
 * we catch a county filed under the wrong state.
 */
export const STATE_FIPS: Readonly<Record<string, string>> = {
  AL: '01',
  AK: '02',
  AZ: '04',
  AR: '05',
  CA: '06',
  CO: '08',
  CT: '09',
  DE: '10',
  DC: '11',
  FL: '12',
  GA: '13',
  HI: '15',
  ID: '16',
  IL: '17',
  IN: '18',
  IA: '19',
  KS: '20',
  KY: '21',
  LA: '22',
  ME: '23',
  MD: '24',
  MA: '25',
  MI: '26',
  MN: '27',
  MS: '28',
  MO: '29',
  MT: '30',
  NE: '31',
  NV: '32',
  NH: '33',
  NJ: '34',
  NM: '35',
  NY: '36',
  NC: '37',
  ND: '38',
  OH: '39',
  OK: '40',
  OR: '41',
  PA: '42',
  RI: '44',
  SC: '45',
  SD: '46',
  TN: '47',
  TX: '48',
  UT: '49',
  VT: '50',
  VA: '51',
  WA: '53',
  WV: '54',
  WI: '55',
  WY: '56',
  AS: '60',
  GU: '66',
  MP: '69',
  PR: '72',
  VI: '78',
};

export function isStateCode(value: string): boolean {
  return Object.hasOwn(STATE_FIPS, value);
}

/** Why a FIPS code does not fit the state, or null when it does. */
export function fipsProblem(state: string, fipsCode: string): string | null {
  if (!/^\d{5}$/.test(fipsCode)) return 'FIPS code must be five digits';
  const prefix = STATE_FIPS[state];
  if (!prefix) return `${state} is not a US state or territory code`;
  if (!fipsCode.startsWith(prefix)) return `FIPS code ${fipsCode} is not in ${state} (its codes start with ${prefix})`;
  return null;
}

/**
 * An e-mail domain an organization claims, such as alamancecountync.gov (lower case,
 * without the @): the API's rule for `emailDomains`, which the web checks too.
 */
export const EMAIL_DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
