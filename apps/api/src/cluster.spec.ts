import { apiProcessCount } from './cluster';

describe('API processes of the production start', () => {
  it('runs one per core in production, one elsewhere, and what API_PROCESSES says when set', () => {
    expect(apiProcessCount({ API_PROCESSES: undefined, isProduction: true }, 4)).toBe(4);
    expect(apiProcessCount({ API_PROCESSES: undefined, isProduction: false }, 4)).toBe(1);
    expect(apiProcessCount({ API_PROCESSES: 3, isProduction: false }, 4)).toBe(3);
    expect(apiProcessCount({ API_PROCESSES: 1, isProduction: true }, 4)).toBe(1);
  });
});
