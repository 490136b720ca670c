import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsDefined,
  IsEmpty,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  validateSync,
} from 'class-validator';
import type { ValidationArguments, ValidatorConstraintInterface } from 'class-validator';
import { isIP } from 'node:net';
import { isTimeZone } from '@abate/shared/calendar';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || value === 'true' || value === '1'
      ? true
      : value === false || value === 'false' || value === '0'
        ? false
        : value;
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;

@ValidatorConstraint({ name: 'isTimeZone' })
class IsTimeZoneName implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isTimeZone(value);
  }
  defaultMessage(): string {
    return '$property must be an IANA time zone such as America/New_York';
  }
}

const PROXY_PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One trusted proxy: an address, a CIDR block, or one of Express's names for a block. */
export function isTrustedProxyEntry(entry: string): boolean {
  if (PROXY_PRESETS.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address ?? '');
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY as Express's `trust proxy` takes it: `false` (unset, `false`, `0`), a number of
 * proxy hops in front of the API, or a comma-separated list of the proxies' addresses/CIDRs.
 * `true` is refused: it believes whatever X-Forwarded-For a client sends.
 */
const toTrustProxy = ({ value }: { value: unknown }): unknown => {
  if (value === undefined || value === '' || value === false || value === 'false' || value === '0') return false;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return value;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  if (value === 'true') return value;
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
};

@ValidatorConstraint({ name: 'isTrustProxy' })
class IsTrustProxy implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (value === false) return true;
    if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 10;
    return (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((entry) => typeof entry === 'string' && isTrustedProxyEntry(entry))
    );
  }
  defaultMessage(): string {
    return 'TRUST_PROXY must be false, a number of proxy hops (1-10) or a comma-separated list of proxy addresses/CIDRs (true would believe any client-sent X-Forwarded-For)';
  }
}

@ValidatorConstraint({ name: 'notInProduction' })
class NotInProduction implements ValidatorConstraintInterface {
  validate(value: unknown, args?: ValidationArguments): boolean {
    return !(value === true && (args?.object as { NODE_ENV?: string }).NODE_ENV === 'production');
  }
  defaultMessage(): string {
    return '$property must not be true when NODE_ENV=production (it lets anyone move the server’s clock)';
  }
}

// Five cron fields (minute hour day-of-month month day-of-week); pg-boss rejects a bad field when it schedules.
const CRON = /^\s*(\S+\s+){4}\S+\s*$/;

/**
 * Every environment variable the API reads, validated once at start-up.
 * `.env.example` lists the same variables with their defaults.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DATABASE_SCHEMA must be a lower-case SQL identifier' })
  DATABASE_SCHEMA = 'public';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(toBool)
  @IsBoolean()
  MIGRATE_ON_START = true;

  /**
   * API processes behind the one port when started as `node dist/api/apps/api/src/main.js`
   * (Node cluster; sessions and throttling live in PostgreSQL, so any process serves any
   * user). Unset: one per core in production, one otherwise. `npm start` (embedded
   * PostgreSQL, which serves one session) always runs one.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES?: number;

  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = false;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  SESSION_TTL_HOURS = 12;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  SIGNIN_MAX_FAILURES_PER_EMAIL = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  SIGNIN_MAX_FAILURES_PER_ADDRESS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SIGNIN_WINDOW_MINUTES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 12;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  GRAPHQL_MAX_COMPLEXITY = 200_000;

  /** Proxies whose X-Forwarded-For is believed: false, a number of hops, or addresses/CIDRs. */
  @Transform(toTrustProxy)
  @Validate(IsTrustProxy)
  TRUST_PROXY: false | number | string[] = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** Where uploaded attachments are kept (relative paths are from the working directory). */
  @IsString()
  STORAGE_DIR = '.data/uploads';

  /** Days after a quarter ends that its report is due (Q1 ends 31 March: due 30 April with 30). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  REPORT_DUE_DAYS = 30;

  /**
   * When set, attachments go to this S3 (or S3-compatible) bucket instead of STORAGE_DIR.
   * Also refused as missing while other S3_ settings are given, so a typo never silently means local disk.
   */
  @ValidateIf(
    (c: AppConfig) =>
      c.S3_BUCKET !== undefined ||
      [c.S3_ENDPOINT, c.S3_ACCESS_KEY_ID, c.S3_SECRET_ACCESS_KEY, c.S3_PREFIX].some((v) => v !== undefined),
  )
  @IsDefined({
    message: 'S3_BUCKET must be set when S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY or S3_PREFIX is',
  })
  @Matches(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,254}$/, {
    message: 'S3_BUCKET must be a bucket name of 3 or more letters, digits, dots, dashes (not a URL or a path)',
  })
  S3_BUCKET?: string;

  /** An S3-compatible service (MinIO, R2…); unset for AWS S3. */
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_underscores: true },
    { message: 'S3_ENDPOINT must be an http:// or https:// URL' },
  )
  S3_ENDPOINT?: string;

  @Matches(/^[a-zA-Z0-9_-]+$/, { message: 'S3_REGION must be a region name such as us-east-1 (auto for R2)' })
  S3_REGION = 'us-east-1';

  /** Static keys, both or neither; neither means the AWS SDK's default credential chain. */
  @ValidateIf((c: AppConfig) => c.S3_ACCESS_KEY_ID !== undefined || c.S3_SECRET_ACCESS_KEY !== undefined)
  @IsDefined({ message: 'S3_ACCESS_KEY_ID must be set together with S3_SECRET_ACCESS_KEY' })
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((c: AppConfig) => c.S3_ACCESS_KEY_ID !== undefined || c.S3_SECRET_ACCESS_KEY !== undefined)
  @IsDefined({ message: 'S3_SECRET_ACCESS_KEY must be set together with S3_ACCESS_KEY_ID' })
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /** Folder-like prefix for the object keys inside the bucket. */
  @IsOptional()
  @Matches(/^\/?(?!\.{1,2}(\/|$))[A-Za-z0-9._-]+(\/(?!\.{1,2}(\/|$))[A-Za-z0-9._-]+)*\/?$/, {
    message: 'S3_PREFIX must be folder names separated by / (letters, digits, . _ -), such as abate/attachments',
  })
  S3_PREFIX?: string;

  /**
   * Run the job queue (pg-boss: reminder sweep, mail delivery) in this process.
   * Unset: on, except under NODE_ENV=test, where test files that need it turn it on.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED?: boolean;

  /** Schema of the job queue's tables; unset: `pgboss`, or `<DATABASE_SCHEMA>_pgboss` when DATABASE_SCHEMA is not public. */
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'JOBS_SCHEMA must be a lower-case SQL identifier' })
  JOBS_SCHEMA?: string;

  /** When the reminder sweep runs (cron, in REMINDER_TIME_ZONE). */
  @Matches(CRON, { message: 'REMINDER_SWEEP_CRON must be a cron expression of five fields, such as 0 6 * * *' })
  REMINDER_SWEEP_CRON = '0 6 * * *';

  /** The zone of the sweep's schedule and of the officers' weekly digest (weeks start on Monday there). */
  @Validate(IsTimeZoneName)
  REMINDER_TIME_ZONE = 'America/New_York';

  /** How often waiting mail is delivered (cron; pg-boss runs schedules at most once a minute). */
  @Matches(CRON, { message: 'OUTBOX_DELIVERY_CRON must be a cron expression of five fields, such as * * * * *' })
  OUTBOX_DELIVERY_CRON = '* * * * *';

  /** Send mail through this SMTP server (smtp:// or smtps://, credentials in the URL). Unset: mail is stored for the outbox page. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The From of every message. */
  @IsString()
  MAIL_FROM = 'Abate <no-reply@abate.test>';

  /** Delivery attempts per message before it is left with its last error. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS = 5;

  /** The address people reach Abate at (links in mail; the OIDC redirect is PUBLIC_URL/auth/oidc/callback). */
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'PUBLIC_URL must be an http:// or https:// URL' },
  )
  PUBLIC_URL = 'http://localhost:3000';

  /** OpenID Connect provider (its issuer URL; discovery at /.well-known/openid-configuration). Unset: no provider sign-in. */
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'OIDC_ISSUER must be an http:// or https:// URL' },
  )
  OIDC_ISSUER?: string;

  @ValidateIf((c: AppConfig) => !!c.OIDC_ISSUER)
  @IsDefined({ message: 'OIDC_CLIENT_ID must be set when OIDC_ISSUER is' })
  @IsString()
  OIDC_CLIENT_ID?: string;

  /** client_secret_basic; leave unset for private_key_jwt (OIDC_PRIVATE_KEY) or a public client (PKCE only). */
  @ValidateIf((c: AppConfig) => c.OIDC_CLIENT_SECRET !== undefined && c.OIDC_PRIVATE_KEY !== undefined)
  @IsEmpty({
    message: 'OIDC_CLIENT_SECRET must not be set together with OIDC_PRIVATE_KEY (choose one way to authenticate)',
  })
  OIDC_CLIENT_SECRET?: string;

  /** private_key_jwt (Login.gov): an RSA private key as a JWK (JSON) or PEM (PKCS#8). */
  @IsOptional()
  @Matches(/^\s*(\{[\s\S]*"d"[\s\S]*\}|-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----)\s*$/, {
    message: 'OIDC_PRIVATE_KEY must be a private JWK (JSON) or a PKCS#8 PEM key',
  })
  OIDC_PRIVATE_KEY?: string;

  @Matches(/^(\S+ )*openid( \S+)*$/, { message: 'OIDC_SCOPES must be space-separated scopes that include openid' })
  OIDC_SCOPES = 'openid email profile';

  @IsOptional()
  @IsString()
  OIDC_ACR_VALUES?: string;

  /** The ID token or userinfo claim that lists the user's groups. */
  @Matches(/^[A-Za-z0-9_:.\/-]{1,100}$/, { message: 'OIDC_GROUPS_CLAIM must be a claim name such as groups' })
  OIDC_GROUPS_CLAIM = 'groups';

  /** group=ROLE pairs, comma-separated: `state-grants-officers=PROGRAM_OFFICER,state-auditors=AUDITOR`. */
  @IsOptional()
  @Matches(
    /^\s*[^=,]+=\s*(APPLICANT|REVIEWER|PROGRAM_OFFICER|FINANCE_OFFICER|AUDITOR)\s*(,\s*[^=,]+=\s*(APPLICANT|REVIEWER|PROGRAM_OFFICER|FINANCE_OFFICER|AUDITOR)\s*)*$/,
    {
      message:
        'OIDC_ROLE_MAP must be group=ROLE pairs separated by commas, ROLE one of APPLICANT, REVIEWER, PROGRAM_OFFICER, FINANCE_OFFICER, AUDITOR',
    },
  )
  OIDC_ROLE_MAP?: string;

  /** `select_account` for Login.gov (required there); `login` forces a fresh sign-in. */
  @IsOptional()
  @IsIn(['none', 'login', 'consent', 'select_account'])
  OIDC_PROMPT?: string;

  /** Label of the button on the sign-in page. */
  @IsString()
  OIDC_LABEL = 'Sign in with your agency account';

  get oidcEnabled(): boolean {
    return !!this.OIDC_ISSUER;
  }

  /** OIDC_ROLE_MAP as group -> role. */
  get oidcRoleMap(): Map<string, string> {
    const map = new Map<string, string>();
    for (const pair of (this.OIDC_ROLE_MAP ?? '').split(',')) {
      const at = pair.lastIndexOf('=');
      if (at > 0) map.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return map;
  }
  /**
   * Test servers only: the API's clock can be moved through `POST /test/clock` so browser
   * tests never wait on wall time. Refused with NODE_ENV=production.
   */
  @Transform(toBool)
  @IsBoolean()
  @Validate(NotInProduction)
  TEST_CLOCK = false;

  get jobsEnabled(): boolean {
    return this.JOBS_ENABLED ?? this.NODE_ENV !== 'test';
  }

  /** Where pg-boss keeps its tables: beside Abate's, never inside its schema. */
  get jobsSchema(): string {
    return (
      this.JOBS_SCHEMA ?? (this.DATABASE_SCHEMA === 'public' ? 'pgboss' : `${this.DATABASE_SCHEMA}_pgboss`.slice(0, 63))
    );
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE ?? this.isProduction;
  }
}

export class ConfigError extends Error {}

const SECRET_VARIABLES = /(SECRET|PASSWORD|TOKEN|ACCESS_KEY|PRIVATE_KEY)/;

/**
 * A rejected value as it may be printed to a console or a log: secrets never, and a
 * URL's password replaced by *** (DATABASE_URL and SMTP_URL carry credentials).
 */
function printableValue(name: string, value: unknown): unknown {
  if (SECRET_VARIABLES.test(name)) return '***';
  if (typeof value !== 'string') return value;
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/?#\s]*@/i, '$1***@');
}

/** The names of every variable AppConfig reads, derived from its validation rules. */
export function configVariableNames(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(AppConfig, '', false, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

/** Reads and validates the environment; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const plain: Record<string, string> = {};
  for (const key of configVariableNames()) {
    const value = env[key];
    if (value !== undefined && value !== '') plain[key] = value;
  }
  const config = plainToInstance(AppConfig, plain);
  const errors = validateSync(config);
  if (errors.length > 0) {
    const problems = errors.map((e) => {
      const got =
        e.value === undefined ? 'it is not set' : `got ${JSON.stringify(printableValue(e.property, e.value))}`;
      // A type failure (isInt, isBoolean…) explains more than a range check on a non-number.
      const constraints = Object.entries(e.constraints ?? {});
      const [, message] = constraints.find(([key]) => key.startsWith('is')) ?? constraints[0] ?? ['', 'is invalid'];
      return `${e.property}: ${message} (${got})`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return config;
}
