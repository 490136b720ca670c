// `npm run test:web`: the web's component and hook tests (`libs/web/**/*.test.ts(x)`, `apps/web/**/*.test.tsx`)
// in happy-dom with Testing Library. Pure model specs of the web (`*.spec.ts`) run here too, so a change
// to a form is caught in seconds; the jest unit tier runs the API's and the shared libs' specs.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const workspaceRoot = fileURLToPath(new URL('..', import.meta.url));

// The tests read as someone in Los Angeles, west of UTC: a calendar date that shifts a day in the
// reader's zone shows in the tests, whatever the machine's own zone (libs/web/core/src/format/dates.spec.ts).
// Set here, before the test workers start, because a worker cannot change the process's zone.
process.env.TZ = 'America/Los_Angeles';

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
    // `npm test` runs this tier beside lint, typecheck and the build on two cores: typing into a form
    // can then take seconds, which is slowness, not failure.
    testTimeout: 30_000,
  },
});
