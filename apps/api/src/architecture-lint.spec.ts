import { spawnSync } from 'node:child_process';
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
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, input: JSON.stringify(fixtures), encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (run.status !== 0 || !run.stdout.startsWith('{')) throw new Error(`ESLint failed: ${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout) as Record<string, LintMessage[]>;
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
});
