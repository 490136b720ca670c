import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // Dependencies change less often than app code, so they get their own long-cached chunk;
      // the charting library stays out of it and loads with the portfolio page, which alone draws charts.
      output: {
        codeSplitting: {
          groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/](?!(recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|immer|reselect|@reduxjs|redux|react-redux|eventemitter3)[\\/])/ }],
        },
      },
    },
  },
});
