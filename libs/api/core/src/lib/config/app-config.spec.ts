import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, configVariableNames, loadConfig } from './app-config';

const URL = 'postgres://postgres@127.0.0.1:5432/abate';

describe('AppConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ DATABASE_URL: URL });
    expect(config).toMatchObject({
      PORT: 3000,
      SESSION_TTL_HOURS: 12,
      NODE_ENV: 'development',
      DATABASE_SCHEMA: 'public',
      MIGRATE_ON_START: true,
      SEED_DEMO: false,
    });
    expect(config.cookieSecure).toBe(false);
    expect(loadConfig({ DATABASE_URL: URL, NODE_ENV: 'production' }).cookieSecure).toBe(true);
  });

  it('converts numbers and booleans from the environment', () => {
    expect(loadConfig({ DATABASE_URL: URL, PORT: '8080', SEED_DEMO: 'true', MIGRATE_ON_START: '0' })).toMatchObject({
      PORT: 8080,
      SEED_DEMO: true,
      MIGRATE_ON_START: false,
    });
  });

  describe('TRUST_PROXY', () => {
    it('takes false, a number of proxy hops, or a list of proxy addresses and CIDR blocks, as Express does', () => {
      expect(loadConfig({ DATABASE_URL: URL }).TRUST_PROXY).toBe(false);
      expect(loadConfig({ DATABASE_URL: URL, TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
      expect(loadConfig({ DATABASE_URL: URL, TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
      expect(loadConfig({ DATABASE_URL: URL, TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
      expect(
        loadConfig({ DATABASE_URL: URL, TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,loopback,fd00::/8' }).TRUST_PROXY,
      ).toEqual(['10.0.0.0/8', '192.168.1.7', 'loopback', 'fd00::/8']);
    });

    it.each(['true', 'yes', '11', '-1', '10.0.0.0/33', '10.0.0.300', 'example.org', '10.0.0.1/8/2', ', ,'])(
      'refuses %j, which would believe a forged X-Forwarded-For or means nothing',
      (value) => {
        expect(() => loadConfig({ DATABASE_URL: URL, TRUST_PROXY: value })).toThrow(
          /TRUST_PROXY: TRUST_PROXY must be false, a number of proxy hops/,
        );
      },
    );
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

  it.each([
    [{ DATABASE_URL: 'mysql://abate:hunter2@db.example.org/abate' }, 'mysql://abate:***@db.example.org/abate'],
    [{ SMTP_URL: 'http://mailer:s3cr%40t@mail.example.org:587' }, 'http://mailer:***@mail.example.org:587'],
  ])('never prints a password or a secret it refuses (%j)', (env, shown) => {
    const message = (() => {
      try {
        loadConfig({ DATABASE_URL: URL, ...env });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(message).not.toMatch(/hunter2|s3cr/);
    expect(message).toContain(shown);
  });

  describe('S3 storage settings', () => {
    const S3 = { S3_BUCKET: 'abate-attachments' };

    it('is off by default, with the documented defaults', () => {
      const config = loadConfig({ DATABASE_URL: URL });
      expect(config).toMatchObject({ S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false });
      expect([
        config.S3_BUCKET,
        config.S3_ENDPOINT,
        config.S3_ACCESS_KEY_ID,
        config.S3_SECRET_ACCESS_KEY,
        config.S3_PREFIX,
      ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    });

    it('reads a bucket on an S3-compatible endpoint, with or without static keys', () => {
      const env = {
        ...S3,
        S3_ENDPOINT: 'http://minio:9000',
        S3_REGION: 'auto',
        S3_FORCE_PATH_STYLE: 'true',
        S3_PREFIX: 'abate/attachments',
        S3_ACCESS_KEY_ID: 'AKIA1',
        S3_SECRET_ACCESS_KEY: 'shh',
      };
      expect(loadConfig({ DATABASE_URL: URL, ...env })).toMatchObject({ ...env, S3_FORCE_PATH_STYLE: true });
      expect(
        loadConfig({ DATABASE_URL: URL, ...S3, S3_ENDPOINT: 'https://account.r2.cloudflarestorage.com' })
          .S3_ACCESS_KEY_ID,
      ).toBeUndefined();
      // Blank, as copied from .env.example, is unset.
      expect(
        loadConfig({
          DATABASE_URL: URL,
          S3_BUCKET: '',
          S3_ENDPOINT: '',
          S3_ACCESS_KEY_ID: '',
          S3_SECRET_ACCESS_KEY: '',
          S3_PREFIX: '',
        }).S3_BUCKET,
      ).toBeUndefined();
    });

    it.each([
      [
        { S3_ENDPOINT: 'minio:9000' },
        /S3_ENDPOINT: S3_ENDPOINT must be an http:\/\/ or https:\/\/ URL \(got "minio:9000"\)/,
      ],
      [{ S3_ENDPOINT: 'not a url' }, /S3_ENDPOINT: S3_ENDPOINT must be an http:\/\/ or https:\/\/ URL/],
      [{ S3_ENDPOINT: 'ftp://files.example.org' }, /S3_ENDPOINT: S3_ENDPOINT must be an http:\/\/ or https:\/\/ URL/],
      [
        { S3_ACCESS_KEY_ID: 'AKIA1' },
        /S3_SECRET_ACCESS_KEY: S3_SECRET_ACCESS_KEY must be set together with S3_ACCESS_KEY_ID \(it is not set\)/,
      ],
      [
        { S3_SECRET_ACCESS_KEY: 'shh' },
        /S3_ACCESS_KEY_ID: S3_ACCESS_KEY_ID must be set together with S3_SECRET_ACCESS_KEY \(it is not set\)/,
      ],
      [{ S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE: S3_FORCE_PATH_STYLE must be a boolean value/],
      [{ S3_BUCKET: 's3://abate-attachments' }, /S3_BUCKET: S3_BUCKET must be a bucket name/],
      [{ S3_PREFIX: '../other' }, /S3_PREFIX: S3_PREFIX must be folder names/],
      [{ S3_REGION: 'us east 1' }, /S3_REGION: S3_REGION must be a region name/],
    ])('refuses %j and names the variable', (env, message) => {
      expect(() => loadConfig({ DATABASE_URL: URL, ...S3, ...env })).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_URL: URL, ...S3, ...env })).toThrow(message);
    });

    it('never repeats the secret in an error', () => {
      let message = '';
      try {
        loadConfig({ DATABASE_URL: URL, ...S3, S3_SECRET_ACCESS_KEY: 'very-secret' });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/S3_ACCESS_KEY_ID/);
      expect(message).not.toContain('very-secret');
    });

    it('wants S3_BUCKET when other S3 settings are given, rather than quietly using the local disk', () => {
      expect(() =>
        loadConfig({
          DATABASE_URL: URL,
          S3_ENDPOINT: 'http://minio:9000',
          S3_ACCESS_KEY_ID: 'AKIA1',
          S3_SECRET_ACCESS_KEY: 'shh',
        }),
      ).toThrow(
        /S3_BUCKET: S3_BUCKET must be set when S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY or S3_PREFIX is \(it is not set\)/,
      );
    });
  });

  describe('job queue and mail settings', () => {
    it('runs the queue by default (not under NODE_ENV=test unless asked), beside the database schema', () => {
      const config = loadConfig({ DATABASE_URL: URL });
      expect(config).toMatchObject({
        REMINDER_SWEEP_CRON: '0 6 * * *',
        REMINDER_TIME_ZONE: 'America/New_York',
        OUTBOX_DELIVERY_CRON: '* * * * *',
        MAIL_FROM: 'Abate <no-reply@abate.test>',
        MAIL_MAX_ATTEMPTS: 5,
      });
      expect(config.SMTP_URL).toBeUndefined();
      expect([config.jobsEnabled, config.jobsSchema]).toEqual([true, 'pgboss']);
      expect(loadConfig({ DATABASE_URL: URL, NODE_ENV: 'test' }).jobsEnabled).toBe(false);
      expect(loadConfig({ DATABASE_URL: URL, NODE_ENV: 'test', JOBS_ENABLED: 'true' }).jobsEnabled).toBe(true);
      expect(loadConfig({ DATABASE_URL: URL, JOBS_ENABLED: 'false' }).jobsEnabled).toBe(false);
      expect(loadConfig({ DATABASE_URL: URL, DATABASE_SCHEMA: 'abate' }).jobsSchema).toBe('abate_pgboss');
      expect(loadConfig({ DATABASE_URL: URL, DATABASE_SCHEMA: 'abate', JOBS_SCHEMA: 'queue' }).jobsSchema).toBe(
        'queue',
      );
      expect(loadConfig({ DATABASE_URL: URL, SMTP_URL: 'smtps://user:pw@mail.example.org:465' }).SMTP_URL).toBe(
        'smtps://user:pw@mail.example.org:465',
      );
    });

    it.each([
      [{ REMINDER_TIME_ZONE: 'Eastern' }, /REMINDER_TIME_ZONE: REMINDER_TIME_ZONE must be an IANA time zone/],
      [{ REMINDER_SWEEP_CRON: 'daily' }, /REMINDER_SWEEP_CRON: REMINDER_SWEEP_CRON must be a cron expression/],
      [{ OUTBOX_DELIVERY_CRON: '* * * *' }, /OUTBOX_DELIVERY_CRON: OUTBOX_DELIVERY_CRON must be a cron expression/],
      [{ SMTP_URL: 'mail.example.org:25' }, /SMTP_URL: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
      [{ JOBS_ENABLED: 'sometimes' }, /JOBS_ENABLED: JOBS_ENABLED must be a boolean value/],
      [{ JOBS_SCHEMA: 'Job-Queue' }, /JOBS_SCHEMA: JOBS_SCHEMA must be a lower-case SQL identifier/],
      [{ MAIL_MAX_ATTEMPTS: '0' }, /MAIL_MAX_ATTEMPTS/],
    ])('refuses %j and names the variable', (env, message) => {
      expect(() => loadConfig({ DATABASE_URL: URL, ...env })).toThrow(message);
    });
  });

  it('says when DATABASE_URL is missing', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL: .*\(it is not set\)/);
  });

  it('refuses the movable test clock in production, and reads it elsewhere', () => {
    expect(() => loadConfig({ DATABASE_URL: URL, NODE_ENV: 'production', TEST_CLOCK: 'true' })).toThrow(
      /TEST_CLOCK: TEST_CLOCK must not be true when NODE_ENV=production/,
    );
    expect(loadConfig({ DATABASE_URL: URL, NODE_ENV: 'production' }).TEST_CLOCK).toBe(false);
    expect(loadConfig({ DATABASE_URL: URL, TEST_CLOCK: 'true' }).TEST_CLOCK).toBe(true);
    expect(() => loadConfig({ DATABASE_URL: URL, TEST_CLOCK: 'maybe' })).toThrow(/TEST_CLOCK/);
  });

  it('.env.example lists every variable the API reads', () => {
    const example = readFileSync(join(__dirname, '../../../../../../.env.example'), 'utf8');
    const listed = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect(configVariableNames().filter((name) => !listed.includes(name))).toEqual([]);
  });
});
