import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace root (where nx.json is), from source under jest or from the build under dist/. */
export function workspaceRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
