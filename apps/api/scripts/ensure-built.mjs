// Builds the API and the web app when their sources are newer than the last build: what
// `npm start` does first, and what the test tiers that start their own servers run once.
// Run as a script (`node apps/api/scripts/ensure-built.mjs`) or import ensureBuilt.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApi, OUT as API_OUT } from './build.mjs';
import { root } from './swc-options.mjs';

const WEB_OUT = join(root, 'dist', 'web');

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') walk(join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach((p) => walk(join(root, p)));
  return newest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

export async function ensureBuilt() {
  if (builtAt(join(API_OUT, '.built')) < newestMtime(['apps/api/src', 'libs/api', 'libs/shared', 'migrations'])) {
    console.log('Building the API…');
    await buildApi();
  }
  if (builtAt(join(WEB_OUT, 'index.html')) < newestMtime(['apps/web', 'libs/web', 'libs/shared'])) {
    console.log('Building the web app…');
    const { build } = await import('vite');
    await build({ configFile: join(root, 'apps/web/vite.config.mts'), logLevel: 'warn' });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureBuilt();
