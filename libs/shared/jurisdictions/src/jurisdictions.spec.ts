import { fipsProblem, isStateCode } from './index';

describe('jurisdictions', () => {
  it('accepts a county FIPS code inside its state', () => {
    expect(fipsProblem('NC', '37001')).toBeNull(); // Alamance County
    expect(fipsProblem('NC', '37021')).toBeNull(); // Buncombe County
  });

  it('names the mismatch when the code belongs to another state', () => {
    expect(fipsProblem('NC', '51001')).toBe('FIPS code 51001 is not in NC (its codes start with 37)');
  });

  it('rejects codes that are not five digits and unknown states', () => {
    expect(fipsProblem('NC', '3700')).toBe('FIPS code must be five digits');
    expect(fipsProblem('ZZ', '37001')).toBe('ZZ is not a US state or territory code');
    expect(isStateCode('NC')).toBe(true);
    expect(isStateCode('nc')).toBe(false);
  });
});
