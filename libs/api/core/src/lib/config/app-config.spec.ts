import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, configVariableNames, loadConfig } from './app-config';

const URL = 'postgres://postgres@127.0.0.1:5432/abate';

describe('AppConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ DATABASE_URL: URL });
    expect(config).toMatchObject({ PORT: 3000, SESSION_TTL_HOURS: 12, NODE_ENV: 'development', DATABASE_SCHEMA: 'public', MIGRATE_ON_START: true, SEED_DEMO: false });
    expect(config.cookieSecure).toBe(false);
    expect(loadConfig({ DATABASE_URL: URL, NODE_ENV: 'production' }).cookieSecure).toBe(true);
  });

  it('converts numbers and booleans from the environment', () => {
    expect(loadConfig({ DATABASE_URL: URL, PORT: '8080', SEED_DEMO: 'true', MIGRATE_ON_START: '0' })).toMatchObject({ PORT: 8080, SEED_DEMO: true, MIGRATE_ON_START: false });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT: PORT must be an integer number \(got "abc"\)/],
    [{ PORT: '70000' }, /PORT: PORT must not be greater than 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: DATABASE_URL must be a postgres:\/\/ connection URL/],
    [{ SESSION_TTL_HOURS: '0' }, /SESSION_TTL_HOURS/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
  ])('refuses %j and names the variable', (env, message) => {
    expect(() => loadConfig({ DATABASE_URL: URL, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: URL, ...env })).toThrow(message);
  });

  it('says when DATABASE_URL is missing', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL: .*\(it is not set\)/);
  });

  it('.env.example lists every variable the API reads', () => {
    const example = readFileSync(join(__dirname, '../../../../../../.env.example'), 'utf8');
    const listed = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(configVariableNames().filter((name) => !listed.includes(name))).toEqual([]);
  });
});
