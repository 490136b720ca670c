import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@abate/api/core';
import { workspaceRoot } from './workspace';

const API_PATHS = /^\/(graphql|health|api)(\/|$)/;

/**
 * Serves the built web app from the API's own port: hashed assets cached for a
 * year, and index.html for any other page path so client-side routes survive a reload.
 */
export function serveWebApp(app: NestExpressApplication, config: AppConfig): string | null {
  const dir = config.WEB_DIST_DIR ?? join(workspaceRoot(), 'dist', 'web');
  const indexHtml = join(dir, 'index.html');
  if (!existsSync(indexHtml)) return null;
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return dir;
}
