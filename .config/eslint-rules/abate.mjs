// Abate's own lint rules (docs/architecture.md explains the rules they keep).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const ROLE_NAMES = new Set(['APPLICANT', 'REVIEWER', 'PROGRAM_OFFICER', 'FINANCE_OFFICER', 'AUDITOR']);
const OLD_DECORATORS = new Set(['Roles', 'Public', 'SignedIn']);

/**
 * Role lists live in the policy tables only (docs/architecture.md, "Access rules"): a
 * domain's `<domain>.policy.ts` on the API, `libs/web/identity/src/access.ts` on the web.
 * Anywhere else, `Role.X`, a role name as a string, or the old `@Roles/@Public/@SignedIn`
 * decorators (use `@Allow(<DOMAIN>_POLICY.operation)`) are errors.
 */
const rolesInPolicyFiles = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Role lists only in policy tables (<domain>.policy.ts; the web: libs/web/identity/src/access.ts)',
    },
    schema: [],
    messages: {
      member:
        'Role.{{name}} outside a policy table: declare the rule in this domain\'s <domain>.policy.ts (web: libs/web/identity/src/access.ts) and call it from here. See docs/architecture.md, "Access rules".',
      literal:
        'The role name \'{{name}}\' outside a policy table: use the policy (API: <domain>.policy.ts; web: `can`/`ROLES` from @abate/web/identity). See docs/architecture.md, "Access rules".',
      decorator:
        '@{{name}}() declares access outside the policy table: use @Allow(<DOMAIN>_POLICY.<operation>) with an entry in <domain>.policy.ts. See docs/architecture.md, "Access rules".',
    },
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (
          node.object.type === 'Identifier' &&
          node.object.name === 'Role' &&
          !node.computed &&
          node.property.type === 'Identifier'
        ) {
          context.report({ node, messageId: 'member', data: { name: node.property.name } });
        }
      },
      Literal(node) {
        if (typeof node.value === 'string' && ROLE_NAMES.has(node.value) && node.parent?.type !== 'TSLiteralType') {
          context.report({ node, messageId: 'literal', data: { name: node.value } });
        }
      },
      Decorator(node) {
        const callee = node.expression.type === 'CallExpression' ? node.expression.callee : null;
        if (callee?.type === 'Identifier' && OLD_DECORATORS.has(callee.name)) {
          context.report({ node, messageId: 'decorator', data: { name: callee.name } });
        }
      },
    };
  },
};

/** The API domain a file belongs to (`libs/api/<domain>/...`), or null. */
function domainOf(filename) {
  const parts = relative(ROOT, filename).split(sep);
  return parts[0] === 'libs' && parts[1] === 'api' ? parts[2] : null;
}

/** Which domain owns each table: the lib whose entity declares it (`@Entity('table')`). */
let owners;
function tableOwners() {
  if (owners) return owners;
  owners = new Map();
  const walk = (dir, domain) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, domain);
      else if (entry.name.endsWith('.entity.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/@Entity\(\s*'([a-z_]+)'/g)) owners.set(m[1], domain);
      }
    }
  };
  for (const domain of readdirSync(join(ROOT, 'libs/api'))) {
    try {
      walk(join(ROOT, 'libs/api', domain, 'src'), domain);
    } catch {
      // not a library
    }
  }
  return owners;
}

const SQL_WRITE = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?"?([a-z_]+)"?/gi;

/**
 * Each table has one owning domain (docs/architecture.md, "Who owns which table"); other
 * domains ask the owner's service. So a domain library may not import another domain's
 * entity class as a value (which is what a repository, `manager.save(...)`, an update or a
 * query builder on it needs), nor write another domain's table in raw SQL. Type-only
 * imports (reading what the owner's service returned) and the relations in `entities/`
 * (foreign keys) are allowed.
 */
const ownTablesOnly = {
  meta: {
    type: 'problem',
    docs: { description: 'A domain writes only its own tables; it asks the owner for the others' },
    schema: [],
    messages: {
      entity:
        '{{name}} belongs to the {{owner}} domain: ask its service (docs/architecture.md, "Who owns which table") instead of using its entity here. `import type` is fine for reading what the service returns.',
      sql: 'Raw SQL writes {{table}}, which belongs to the {{owner}} domain: ask its service (docs/architecture.md, "Who owns which table").',
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    const domain = domainOf(filename);
    if (!domain) return {};
    const inEntities = filename.split(sep).includes('entities');
    const checkSql = (node, text) => {
      for (const m of text.matchAll(SQL_WRITE)) {
        const owner = tableOwners().get(m[2].toLowerCase());
        if (owner && owner !== domain) context.report({ node, messageId: 'sql', data: { table: m[2], owner } });
      }
    };
    return {
      ImportDeclaration(node) {
        const match = /^@abate\/api\/([^/]+)$/.exec(node.source.value);
        if (
          !match ||
          match[1] === domain ||
          match[1] === 'core' ||
          match[1] === 'testing' ||
          node.importKind === 'type' ||
          inEntities
        )
          return;
        for (const spec of node.specifiers) {
          if (spec.type !== 'ImportSpecifier' || spec.importKind === 'type') continue;
          const name = spec.imported.name ?? spec.imported.value;
          if (name.endsWith('Entity'))
            context.report({ node: spec, messageId: 'entity', data: { name, owner: match[1] } });
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') checkSql(node, node.value);
      },
      TemplateLiteral(node) {
        checkSql(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' '));
      },
    };
  },
};

export default {
  meta: { name: 'abate' },
  rules: { 'roles-in-policy-files': rolesInPolicyFiles, 'own-tables-only': ownTablesOnly },
};
