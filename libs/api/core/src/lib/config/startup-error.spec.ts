import { loadConfig } from './app-config';
import { startupErrorMessage } from './startup-error';

describe('startupErrorMessage', () => {
  it('names DATABASE_URL, hides its password and says what went wrong', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(startupErrorMessage(refused, 'postgres://abate:s3cret@db.example.org:5432/abate')).toBe(
      'Cannot use the database at DATABASE_URL=postgres://abate:***@db.example.org:5432/abate: nothing is listening there (ECONNREFUSED).',
    );
    const missing = Object.assign(new Error('database "x" does not exist'), { code: '3D000' });
    expect(startupErrorMessage(missing, 'postgres://localhost/x')).toMatch(/the database does not exist \(3D000\)/);
  });

  it('passes configuration errors through as they are', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'postgres://localhost/x', PORT: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(startupErrorMessage(error)).toMatch(
      /^Invalid configuration:\n {2}PORT: PORT must be an integer number \(got "abc"\)/,
    );
  });
});
