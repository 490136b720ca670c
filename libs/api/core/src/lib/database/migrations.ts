import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationInterface } from 'typeorm';

/** `migrations/` at the workspace root; the build keeps the same relative layout under dist/. */
export const MIGRATIONS_DIR = join(__dirname, '../../../../../../migrations');

const MIGRATION_FILE = /^\d{13}-[A-Z][A-Za-z0-9]*\.(ts|js)$/;

/** Every migration class in timestamp order, loaded with the caller's own `require` (jest or node). */
export function loadMigrations(dir = MIGRATIONS_DIR): Array<new () => MigrationInterface> {
  return (
    readdirSync(dir)
      .filter((file) => MIGRATION_FILE.test(file))
      .sort()
      // require, not import(): under jest it goes through the test transform, in the build it loads the compiled file.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      .flatMap((file) => Object.values(require(join(dir, file)) as Record<string, new () => MigrationInterface>))
      .filter((value) => typeof value === 'function')
  );
}
