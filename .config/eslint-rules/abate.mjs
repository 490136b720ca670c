// Abate's own lint rules (docs/architecture.md explains the rules they keep).

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
    docs: { description: 'Role lists only in policy tables (<domain>.policy.ts; the web: libs/web/identity/src/access.ts)' },
    schema: [],
    messages: {
      member: 'Role.{{name}} outside a policy table: declare the rule in this domain\'s <domain>.policy.ts (web: libs/web/identity/src/access.ts) and call it from here. See docs/architecture.md, "Access rules".',
      literal: 'The role name \'{{name}}\' outside a policy table: use the policy (API: <domain>.policy.ts; web: `can`/`ROLES` from @abate/web/identity). See docs/architecture.md, "Access rules".',
      decorator: '@{{name}}() declares access outside the policy table: use @Allow(<DOMAIN>_POLICY.<operation>) with an entry in <domain>.policy.ts. See docs/architecture.md, "Access rules".',
    },
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (node.object.type === 'Identifier' && node.object.name === 'Role' && !node.computed && node.property.type === 'Identifier') {
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

export default {
  meta: { name: 'abate' },
  rules: { 'roles-in-policy-files': rolesInPolicyFiles },
};
