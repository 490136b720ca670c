import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { createErrorFormatter, ErrorLogger } from '../errors/error-formatter';
import { complexityPlugin } from './complexity.plugin';
import { depthLimitRule } from './depth-limit.rule';
import { aliasLimitRule, nulCharacterPlugin, strictDateTime } from './input-guards';

export interface GqlContext {
  req: Request & { user?: unknown };
  res: Response;
  /** Per-request DataLoaders, created on first use (see loader-registry.ts). */
  loaders: Map<string, unknown>;
}

/** Aliased fields one operation may have: enough for any screen, far from a flood. */
const MAX_ALIASES = 100;

export function graphqlOptions(config: AppConfig, logger: ErrorLogger): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger, { hideSuggestions: config.isProduction }),
    transformSchema: strictDateTime,
    validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH), aliasLimitRule(MAX_ALIASES)],
    plugins: [
      complexityPlugin(config.GRAPHQL_MAX_COMPLEXITY),
      nulCharacterPlugin(),
      // Apollo installs its cache-control plugin unless told not to; it hooks every resolved field
      // (25,000 in a 1,000-row ranking) to compute hints nothing here sets: off.
      ApolloServerPluginCacheControlDisabled() as unknown as ReturnType<typeof complexityPlugin>,
      // The CJS build of the plugin is the same object at run time; its declaration differs from the ESM one.
      ...(config.isProduction
        ? [ApolloServerPluginLandingPageDisabled() as unknown as ReturnType<typeof complexityPlugin>]
        : []),
    ],
    context: ({ req, res }: { req: GqlContext['req']; res: Response }): GqlContext => ({
      req,
      res,
      loaders: new Map(),
    }),
  };
}
