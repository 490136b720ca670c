import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { workspaceRoot } from './workspace';

/**
 * docs/architecture.md says who owns which table; the lint rule `abate/own-tables-only`
 * takes the owner from where the entity lives. This keeps the two in step: every
 * `@Entity('table')` is listed exactly once, with the domain whose library declares it.
 */
const root = workspaceRoot();

function entityTables(): Array<{ table: string; domain: string; file: string }> {
  const found: Array<{ table: string; domain: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('spec')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/@Entity\(\s*'([a-z_]+)'/g)) {
          found.push({
            table: m[1],
            domain: relative(join(root, 'libs/api'), path).split(sep)[0],
            file: relative(root, path),
          });
        }
      }
    }
  };
  walk(join(root, 'libs/api'));
  return found;
}

/** Rows of the "Who owns which table" table: | `table` | owner | ... | */
function documentedOwners(): Array<{ table: string; owner: string }> {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const section = doc.split('## Who owns which table')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([a-z_]+)` \| ([a-z-]+) \|/gm)].map((m) => ({ table: m[1], owner: m[2] }));
}

describe('docs/architecture.md: who owns which table', () => {
  it('lists every entity table exactly once, with the domain that declares it', () => {
    const documented = documentedOwners();
    const entities = entityTables();
    expect(entities.length).toBeGreaterThan(10);
    const problems = [
      ...entities.flatMap(({ table, domain, file }) => {
        const rows = documented.filter((d) => d.table === table);
        if (rows.length !== 1) return [`${table} (${file}) is listed ${rows.length} times`];
        return rows[0].owner === domain
          ? []
          : [`${table} is declared in libs/api/${domain} but documented as owned by ${rows[0].owner}`];
      }),
      ...documented
        .filter((d) => !entities.some((e) => e.table === d.table))
        .map((d) => `${d.table} is documented but no entity declares it`),
    ];
    expect(problems).toEqual([]);
  });

  it('names only domains that exist', () => {
    const domains = new Set(readdirSync(join(root, 'libs/api')));
    expect(documentedOwners().filter((d) => !domains.has(d.owner))).toEqual([]);
  });
});
