// `npm run test:web`: the web's component and hook tests (`libs/web/**/*.test.ts(x)`, `apps/web/**/*.test.tsx`)
// in happy-dom with Testing Library. Pure model specs of the web (`*.spec.ts`) run here too, so a change
// to a form is caught in seconds; the jest unit tier runs the API's and the shared libs' specs.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const workspaceRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: workspaceRoot,
  plugins: [react()],
  resolve: {
    // The same aliases as apps/web/vite.config.mts (the root tsconfig.json's "paths").
    alias: [
      { find: /^@abate\/web\/([^/]+)$/, replacement: `${workspaceRoot}libs/web/$1/src/index.ts` },
      { find: /^@abate\/shared\/([^/]+)$/, replacement: `${workspaceRoot}libs/shared/$1/src/index.ts` },
    ],
  },
  test: {
    environment: 'happy-dom',
    include: ['libs/web/**/src/**/*.{spec,test}.{ts,tsx}', 'apps/web/src/**/*.test.{ts,tsx}'],
    setupFiles: [`${workspaceRoot}libs/web/testing/src/setup.ts`],
    css: false,
    // One worker pool on a shared 2-core machine; the whole run takes seconds.
    pool: 'threads',
    maxWorkers: 2,
    restoreMocks: true,
  },
});
