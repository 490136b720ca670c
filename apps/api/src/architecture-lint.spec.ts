import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './workspace';

/**
 * `npm run lint` keeps the architecture (docs/architecture.md): these fixtures are files
 * that break a rule, linted by the project's own ESLint configuration as if they stood at
 * the given path, so a change to the configuration that lets them pass fails here.
 */
const root = workspaceRoot();

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Runs an ES module script at the workspace root with `input` on stdin; its stdout is JSON. */
function runScript<T>(script: string, input: unknown, what: string): T {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    input: JSON.stringify(input),
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (run.status !== 0 || !run.stdout.startsWith('{')) throw new Error(`${what} failed: ${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout) as T;
}

/** Lints each fixture at its path, all in one ESLint process (loading the configuration takes seconds). */
function lintAll(fixtures: Record<string, { path: string; source: string }>): Record<string, LintMessage[]> {
  const script = `
    import { ESLint } from 'eslint';
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const eslint = new ESLint({ overrideConfigFile: '.config/eslint.config.mjs' });
    const out = {};
    for (const [name, f] of Object.entries(JSON.parse(input))) out[name] = (await eslint.lintText(f.source, { filePath: f.path }))[0].messages;
    process.stdout.write(JSON.stringify(out));
  `;
  return runScript(script, fixtures, 'ESLint');
}

const rules = (messages: LintMessage[]) => messages.map((m) => m.ruleId);

const FIXTURES = {
  /** A resolver in the awards domain that names roles four ways. */
  resolverNamingRoles: {
    path: 'libs/api/awards/src/lib/fake.resolver.ts',
    source: `import { Query, Resolver } from '@nestjs/graphql';
import { hasRole, Role, Roles } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';

@Resolver()
export class FakeResolver {
  @Roles(Role.PROGRAM_OFFICER)
  @Query(() => Boolean)
  fake(actor: AuthUser): boolean {
    return hasRole(actor, Role.AUDITOR) || actor.roles.includes('REVIEWER' as Role);
  }
}
`,
  },
  webPageNamingARole: {
    path: 'apps/web/src/pages/FakePage.tsx',
    source: `import { useCurrentUser } from '@abate/web/identity';
export function FakePage() {
  const { user } = useCurrentUser();
  return user?.roles.includes('PROGRAM_OFFICER') ? 'officer' : 'someone';
}
`,
  },
  /** Reporting closing an award itself, as it once did: awards owns the table. */
  reportingWritesAwards: {
    path: 'libs/api/reporting/src/lib/fake.service.ts',
    source: `import type { EntityManager } from 'typeorm';
import { AwardEntity } from '@abate/api/awards';
export async function closeAward(manager: EntityManager, id: string): Promise<void> {
  await manager.update(AwardEntity, { id }, { status: 'CLOSED' });
}
`,
  },
  /** The job queue writing another domain's table in raw SQL. */
  jobsWritesBySql: {
    path: 'libs/api/jobs/src/lib/fake.service.ts',
    source: `import type { DataSource } from 'typeorm';
export const closeAll = (db: DataSource) => db.query(\`UPDATE awards SET status = 'CLOSED' WHERE id = $1\`, ['x']);
`,
  },
  /** Reading what the owner's service returned is fine. */
  reportingReadsAwardType: {
    path: 'libs/api/reporting/src/lib/fake.service.ts',
    source: `import type { AwardEntity } from '@abate/api/awards';
export const amountOf = (award: AwardEntity): number => award.amountCents;
`,
  },
  /** A lower domain importing a higher one. */
  organizationsImportsAwards: {
    path: 'libs/api/organizations/src/lib/fake.service.ts',
    source: `import { AwardsService } from '@abate/api/awards';
export const service = AwardsService;
`,
  },
  policyTable: {
    path: 'libs/api/awards/src/lib/awards.policy.ts',
    source: `import { definePolicy, Role } from '@abate/api/core';
export const FAKE_POLICY = definePolicy('fake', { fake: [Role.PROGRAM_OFFICER, Role.AUDITOR] });
`,
  },
};

describe('lint keeps the architecture', () => {
  let results: Record<keyof typeof FIXTURES, LintMessage[]>;
  beforeAll(() => {
    results = lintAll(FIXTURES) as typeof results;
  }, 120_000);

  describe('role lists only in policy tables', () => {
    it('fails a resolver or service that names roles', () => {
      expect(rules(results.resolverNamingRoles).filter((r) => r === 'abate/roles-in-policy-files')).toHaveLength(4);
      expect(results.resolverNamingRoles.map((m) => m.message).join('\n')).toContain('docs/architecture.md');
    });

    it('fails a web page that checks a role by name', () => {
      expect(rules(results.webPageNamingARole)).toContain('abate/roles-in-policy-files');
    });

    it('accepts the same role list in the domain policy table', () => {
      expect(results.policyTable).toEqual([]);
    });
  });

  describe('each table written only by its owning domain', () => {
    it("fails a domain that uses another domain's entity to write its table", () => {
      expect(rules(results.reportingWritesAwards)).toContain('abate/own-tables-only');
      expect(results.reportingWritesAwards.find((m) => m.ruleId === 'abate/own-tables-only')?.message).toContain(
        'awards domain',
      );
    });

    it("fails raw SQL that writes another domain's table", () => {
      expect(rules(results.jobsWritesBySql)).toEqual(['abate/own-tables-only']);
    });

    it("accepts a type-only import of another domain's entity (reading what its service returned)", () => {
      expect(results.reportingReadsAwardType).toEqual([]);
    });

    it('fails a domain that imports a domain above it (Nx domain tags)', () => {
      expect(rules(results.organizationsImportsAwards)).toContain('@nx/enforce-module-boundaries');
    });
  });

  describe('formatted files only (Prettier, run by npm run lint)', () => {
    /** Prettier's check of each fixture with the project's settings and ignore file, as `npm run format:check` runs it. */
    function formatted(fixtures: Record<string, { path: string; source: string }>): Record<string, boolean> {
      const script = `
        import * as prettier from 'prettier';
        let input = '';
        for await (const chunk of process.stdin) input += chunk;
        const out = {};
        for (const [name, f] of Object.entries(JSON.parse(input))) {
          const info = await prettier.getFileInfo(f.path, { ignorePath: '.config/prettierignore' });
          const options = await prettier.resolveConfig(f.path);
          out[name] = info.ignored || (await prettier.check(f.source, { ...options, filepath: f.path }));
        }
        process.stdout.write(JSON.stringify(out));
      `;
      return runScript(script, fixtures, 'Prettier');
    }

    it('fails an unformatted file and passes the same code formatted', () => {
      const path = 'libs/api/awards/src/lib/fake.service.ts';
      expect(
        formatted({
          // A line past 120 characters, double quotes, no trailing comma.
          unformatted: {
            path,
            source: `export const limits = { narrative: "5,000 characters", longText: "10,000 characters", title: "200 characters", description: "20,000" };\n`,
          },
          formatted: {
            path,
            source: `export const limits = {\n  narrative: '5,000 characters',\n  longText: '10,000 characters',\n  title: '200 characters',\n  description: '20,000',\n};\n`,
          },
        }),
      ).toEqual({ unformatted: false, formatted: true });
    });

    it('is part of npm run lint', () => {
      const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
      expect(scripts['lint']).toMatch(/&& npm run --silent format:check$/);
      expect(scripts['format:check']).toMatch(/^prettier .*--check/);
    });
  });
});
