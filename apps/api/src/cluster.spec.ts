import { apiProcessCount, apiProcessCountFromEnv, workerExecArgv } from './cluster';

describe('API processes of the production start', () => {
  it('runs one per core in production, one elsewhere, and what API_PROCESSES says when set', () => {
    expect(apiProcessCount({ API_PROCESSES: undefined, isProduction: true }, 4)).toBe(4);
    expect(apiProcessCount({ API_PROCESSES: undefined, isProduction: false }, 4)).toBe(1);
    expect(apiProcessCount({ API_PROCESSES: 3, isProduction: false }, 4)).toBe(3);
    expect(apiProcessCount({ API_PROCESSES: 1, isProduction: true }, 4)).toBe(1);
  });

  it('reads the same count from the environment without loading the configuration; a value the configuration refuses gives one process, which explains it', () => {
    expect(apiProcessCountFromEnv({ NODE_ENV: 'production' }, 4)).toBe(4);
    expect(apiProcessCountFromEnv({}, 4)).toBe(1);
    expect(apiProcessCountFromEnv({ API_PROCESSES: '3' }, 4)).toBe(3);
    expect(apiProcessCountFromEnv({ API_PROCESSES: '2', NODE_ENV: 'production' }, 4)).toBe(2);
    expect(apiProcessCountFromEnv({ API_PROCESSES: '', NODE_ENV: 'production' }, 4)).toBe(4);
    for (const bad of ['0', '65', 'two', '-1', '1.5', ' 2'])
      expect(apiProcessCountFromEnv({ API_PROCESSES: bad, NODE_ENV: 'production' }, 4)).toBe(1);
  });

  it('gives workers heap limits unless the primary was started with its own', () => {
    expect(workerExecArgv([])).toEqual(['--max-semi-space-size=4', '--max-old-space-size=256']);
    expect(workerExecArgv(['--enable-source-maps'], '--max-old-space-size=512')).toEqual([
      '--enable-source-maps',
      '--max-semi-space-size=4',
    ]);
    expect(workerExecArgv(['--max_semi_space_size=8'])).toEqual([
      '--max_semi_space_size=8',
      '--max-old-space-size=256',
    ]);
  });
});
