import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace root: the nearest folder above this file holding nx.json (from src/ or from dist/bench/). */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No nx.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const workspaceRoot = findRoot(__dirname);
