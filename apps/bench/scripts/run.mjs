// `npm run seed:scale` and `npm run bench`: compiles the bench (and the libraries
// it imports) with swc to dist/bench, keeping the workspace layout, then runs it.
import { mkdirSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { transformFile } from '@swc/core';
import { root, swcOptions } from '../../api/scripts/swc-options.mjs';
import { buildApi } from '../../api/scripts/build.mjs';

const require = createRequire(import.meta.url);
const OUT = join(root, 'dist', 'bench');
const SOURCES = ['apps/bench/src', 'libs/api', 'libs/shared'];
const SKIP = /\.(spec|int-spec)\.ts$|\.d\.ts$/;

function* files(dir, suffix) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* files(path, suffix);
    } else if (entry.name.endsWith(suffix) && !SKIP.test(entry.name)) yield path;
  }
}

async function build() {
  rmSync(OUT, { recursive: true, force: true });
  const options = swcOptions();
  for (const data of files(join(root, 'libs/shared'), '.json')) {
    if (data.endsWith('project.json')) continue;
    const out = join(OUT, relative(root, data));
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(data, out);
  }
  await Promise.all(
    SOURCES.flatMap((s) => [...files(join(root, s), '.ts')]).map(async (file) => {
      const out = join(OUT, relative(root, file)).replace(/\.ts$/, '.js');
      const { code } = await transformFile(file, { ...options, sourceMaps: 'inline', filename: file, outputPath: out });
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, code);
    }),
  );
}

const command = process.argv[2];
const entries = { seed: 'seed-main.js', bench: 'bench-main.js' };
if (!entries[command]) {
  console.error('usage: run.mjs seed|bench [--seed N]');
  process.exit(2);
}
// The API is built first: the seed boots it once (migrations, the shipped checklist) and the bench serves it.
await buildApi();
await build();
process.setSourceMapsEnabled(true);
const { main } = require(join(OUT, 'apps/bench/src', entries[command]));
main(process.argv.slice(3)).then(
  (code) => process.exit(code ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
