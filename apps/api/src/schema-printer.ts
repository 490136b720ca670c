import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { loadConfig } from '@abate/api/core';
import { AppModule } from './app.module';
import { workspaceRoot } from './workspace';

export const SCHEMA_FILE = join(workspaceRoot(), 'apps', 'api', 'schema.gql');
const HEADER = '# Generated from the code-first API by `npm run generate`. Do not edit by hand.\n\n';

/** The whole API wired up but never connected to a database: enough to build and inspect the schema. */
export async function createSchemaOnlyApp(): Promise<INestApplication> {
  const config = loadConfig({
    DATABASE_URL: 'postgres://schema-only.invalid/none',
    LOG_LEVEL: 'silent',
    MIGRATE_ON_START: 'false',
  });
  const app = await NestFactory.create(AppModule.forRoot(config, { withoutDatabase: true }), { logger: false });
  return app.init();
}

/** The API's GraphQL schema as SDL. */
export async function printSchemaSdl(): Promise<string> {
  const app = await createSchemaOnlyApp();
  const sdl = printSchema(app.get(GraphQLSchemaHost).schema);
  await app.close();
  return `${HEADER}${sdl}\n`;
}

export function committedSchemaSdl(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}

if (require.main === module) {
  printSchemaSdl()
    .then((sdl) => {
      // Unchanged: left alone, so tests reading it at the same time (npm test runs tiers side by side) never see it half-written.
      if (committedSchemaSdl() === sdl) return console.log(`${SCHEMA_FILE} is up to date`);
      writeFileSync(SCHEMA_FILE, sdl);
      console.log(`Wrote ${SCHEMA_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
