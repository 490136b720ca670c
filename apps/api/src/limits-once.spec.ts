import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  LONG_TEXT_MAX_CHARS,
  NARRATIVE_MAX_CHARS,
  SHORT_TEXT_MAX_CHARS,
  ROUND_DESCRIPTION_MAX_CHARS,
  TITLE_MAX_CHARS,
} from '@abate/shared/limits';
import { workspaceRoot } from './workspace';

/**
 * Issue 16: each length limit is written once, in `libs/shared/limits`, and the API's validators,
 * services and the web's forms import it. This scan fails when one of those numbers is written out
 * again as a text limit: `@MaxLength(5000)`, `text.length > 2000`, `MAX = 200;` or "5,000 characters".
 */
const root = workspaceRoot();
const LIMITS = [
  TITLE_MAX_CHARS,
  SHORT_TEXT_MAX_CHARS,
  NARRATIVE_MAX_CHARS,
  LONG_TEXT_MAX_CHARS,
  ROUND_DESCRIPTION_MAX_CHARS,
];

/** Places where one of these numbers is not a text limit. */
const NOT_A_LIMIT = new Set([
  // The longest cursor a connection accepts (a client's opaque string, not text people type).
  'libs/api/core/src/lib/pagination/connection.ts',
  // How many entries a ZIP-based upload may list before it is refused as a ZIP bomb.
  'libs/api/attachments/src/lib/file-type.ts',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'gql', 'dist'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|int-spec|test|e2e)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function copiesOfLimits(): string[] {
  const literal = (n: number) => `(?:${n}|${n.toLocaleString('en-US').replace(/,/g, '_')})`;
  const numbers = LIMITS.map(literal).join('|');
  const spelled = LIMITS.map((n) => n.toLocaleString('en-US')).join('|');
  const patterns = [
    new RegExp(`MaxLength\\(\\s*(?:${numbers})\\b`),
    new RegExp(`\\.length\\s*[<>]=?\\s*(?:${numbers})\\b`),
    new RegExp(`MAX\\w*\\s*=\\s*(?:${numbers})\\s*;`),
    new RegExp(`\\b(?:${spelled}) characters`),
  ];
  const found: string[] = [];
  for (const file of [
    ...sourceFiles(join(root, 'libs')),
    ...sourceFiles(join(root, 'apps/api/src')),
    ...sourceFiles(join(root, 'apps/web/src')),
  ]) {
    const path = relative(root, file);
    if (path.startsWith('libs/shared/limits/') || NOT_A_LIMIT.has(path)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\/?\*)/.test(line)) return; // comments may give an example
        if (patterns.some((p) => p.test(line))) found.push(`${path}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe('limits live once (libs/shared/limits)', () => {
  it('no API or web source writes out a shared text limit again', () => {
    expect(copiesOfLimits()).toEqual([]);
  });
});
