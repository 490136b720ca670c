#!/usr/bin/env node
// Reports the gzipped size of the JavaScript a first visit to the web app downloads:
// the module script(s) and modulepreload links in index.html, plus every chunk they
// import statically (transitively). Lazily imported chunks (import()) are not counted.
// Usage: node apps/web/scripts/initial-js-size.mjs [distDir] (default dist/web).
// Exits 1 when the total is above the budget (200 KB gzipped).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const distDir = resolve(process.argv[2] ?? join(workspaceRoot, 'dist/web'));
const indexPath = join(distDir, 'index.html');
if (!existsSync(indexPath)) {
  console.error(
    `No ${relative(process.cwd(), indexPath) || indexPath}; build the web app first (vite build --config apps/web/vite.config.mts).`,
  );
  process.exit(2);
}
const html = readFileSync(indexPath, 'utf8');

/** Site-absolute or relative URL in index.html -> file path in distDir (null for other origins). */
function fileFor(url, fromFile) {
  if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0];
  if (clean.startsWith('/')) return join(distDir, clean);
  return join(dirname(fromFile), clean);
}

const entries = [];
for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
  const src = /\bsrc=["']([^"']+)["']/i.exec(tag)?.[1];
  if (src && /\btype=["']module["']/i.test(tag)) entries.push(src);
}
for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
  const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
  if (href && /\brel=["']modulepreload["']/i.test(tag)) entries.push(href);
}

// Static imports/re-exports in minified ESM output: `import ... from "./x.js"`, `import "./x.js"`,
// `export ... from "./x.js"`. Dynamic `import("./x.js")` is deliberately not matched.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

const seen = new Map(); // file -> { raw, gzip }
const queue = entries.map((url) => fileFor(url, indexPath)).filter(Boolean);
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  if (!existsSync(file)) {
    console.error(`Missing ${relative(distDir, file)} referenced by the initial page.`);
    process.exit(2);
  }
  const code = readFileSync(file);
  seen.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
    const target = fileFor(match[1], file);
    if (target && !seen.has(target)) queue.push(target);
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let raw = 0;
let gzip = 0;
for (const [file, size] of [...seen].sort((a, b) => b[1].gzip - a[1].gzip)) {
  raw += size.raw;
  gzip += size.gzip;
  console.log(
    `${posix.normalize(relative(distDir, file).split('\\').join('/')).padEnd(48)} ${kb(size.raw).padStart(12)}  gzip ${kb(size.gzip).padStart(10)}`,
  );
}
console.log(
  `${'initial JS total'.padEnd(48)} ${kb(raw).padStart(12)}  gzip ${kb(gzip).padStart(10)}  (budget ${kb(BUDGET_BYTES)})`,
);
if (gzip > BUDGET_BYTES) {
  console.error(
    `Initial JavaScript is ${kb(gzip)} gzipped, over the ${kb(BUDGET_BYTES)} budget: split more of it into lazily loaded chunks.`,
  );
  process.exit(1);
}
