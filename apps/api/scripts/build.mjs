// Compiles the API, the libraries it uses and the migrations to dist/api with
// swc, keeping the workspace layout so relative paths (migrations/) still hold.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transformFile } from '@swc/core';
import { root, swcOptions } from './swc-options.mjs';

const SOURCES = ['apps/api/src', 'libs/api', 'libs/shared', 'migrations'];
const SKIP = /\.(spec|int-spec)\.ts$|\.d\.ts$/;
export const OUT = join(root, 'dist', 'api');

function* filesEndingWith(dir, suffix) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* filesEndingWith(path, suffix);
    } else if (entry.name.endsWith(suffix) && !SKIP.test(entry.name)) {
      yield path;
    }
  }
}

export async function buildApi() {
  rmSync(OUT, { recursive: true, force: true });
  const options = swcOptions();
  const files = SOURCES.flatMap((s) => [...filesEndingWith(join(root, s), '.ts')]);
  // Domain data (the checklist, the metrics) is imported as JSON and must sit beside the code.
  for (const data of filesEndingWith(join(root, 'libs/shared'), '.json')) {
    if (data.endsWith('project.json')) continue;
    const out = join(OUT, relative(root, data));
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(data, out);
  }
  await Promise.all(
    files.map(async (file) => {
      const out = join(OUT, relative(root, file)).replace(/\.ts$/, '.js');
      const { code, map } = await transformFile(file, {
        ...options,
        filename: file,
        outputPath: out,
        sourceFileName: relative(dirname(out), file),
      });
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
      if (map) writeFileSync(`${out}.map`, map);
    }),
  );
  writeFileSync(join(OUT, '.built'), new Date().toISOString());
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const count = await buildApi();
  console.log(`Built the API: ${count} files to ${relative(process.cwd(), OUT) || OUT} in ${Date.now() - started} ms`);
}
