import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = 'http://localhost:3000';

const COMPRESSIBLE = /\.(js|css|svg|json)$/;

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of the build, once, so
 * the API's static middleware can send them to browsers that accept them without compressing
 * per request.
 */
function precompressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'abate:precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => name.startsWith('assets/') && COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const content = await readFile(path);
          await writeFile(
            `${path}.br`,
            await promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          );
          await writeFile(`${path}.gz`, await promisify(gzip)(content, { level: 9 }));
        }),
      );
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompressAssets()],
  resolve: {
    // Mirrors the "paths" of the root tsconfig.json so Vite and tsc agree.
    alias: [
      { find: /^@abate\/web\/([^/]+)$/, replacement: `${workspaceRoot}libs/web/$1/src/index.ts` },
      { find: /^@abate\/shared\/([^/]+)$/, replacement: `${workspaceRoot}libs/shared/$1/src/index.ts` },
    ],
  },
  server: {
    port: 4200,
    // Libs and node_modules live above the Vite root (apps/web).
    fs: { allow: [workspaceRoot] },
    proxy: {
      '/graphql': apiTarget,
      '/health': apiTarget,
      '/api': apiTarget,
      '/exports': apiTarget,
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The packages every page needs (React, the router, the GraphQL client) change less often than
      // app code, so they get their own long-cached chunk that index.html loads. Every other dependency
      // (the USWDS components, the charting library, ...) splits naturally and loads with the first page
      // that uses it, so the initial JavaScript stays small (npm run check:web-size).
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              // The design system's stylesheets ride along so they still come before the app's own CSS.
              test: /[\\/]node_modules[\\/]((react|react-dom|scheduler|react-router|urql|@urql[\\/]core|wonka|@0no-co[\\/]graphql\.web)[\\/]|@uswds[\\/]uswds[\\/].*\.css$|@trussworks[\\/]react-uswds[\\/]lib[\\/]index\.css$)/,
            },
          ],
        },
      },
    },
  },
});
