import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@abate/api/core';
import { workspaceRoot } from './workspace';

// /auth: the identity provider's login, callback and logout, which the browser navigates to.
const API_PATHS = /^\/(graphql|health|api|exports|auth)(\/|$)/;

/**
 * Serves the built web app from the API's own port: hashed assets cached for a
 * year, and index.html for any other page path so client-side routes survive a reload.
 */
export function serveWebApp(app: NestExpressApplication, config: AppConfig): string | null {
  const dir = config.WEB_DIST_DIR ?? join(workspaceRoot(), 'dist', 'web');
  const router = webAppRouter(dir);
  if (!router) return null;
  app.use(router);
  return dir;
}

/** The web app's routes for a built `dir` (null when it holds no index.html). */
export function webAppRouter(dir: string): express.Router | null {
  const indexHtml = join(dir, 'index.html');
  if (!existsSync(indexHtml)) return null;
  const router = express.Router();
  const assets = join(dir, 'assets');
  router.use(
    '/assets',
    precompressed(assets),
    express.static(assets, { immutable: true, maxAge: '365d', fallthrough: false, setHeaders: encodingHeaders }),
  );
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}

// The build writes .br and .gz copies beside text assets (apps/web/vite.config.mts).
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Serves an asset's precompressed copy when the browser accepts its encoding. */
function precompressed(assetsDir: string): express.RequestHandler {
  const files = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    const available = ENCODINGS.filter((e) => files.has(name + e.suffix));
    if (available.length === 0) return next();
    res.vary('Accept-Encoding');
    // Our preference (Brotli is smaller), among what the browser accepts at all.
    const encoding = available.find((e) => req.acceptsEncodings(e.name) === e.name);
    if (encoding) req.url = req.path + encoding.suffix + req.url.slice(req.path.length);
    next();
  };
}

function encodingHeaders(res: express.Response, path: string): void {
  const encoding = ENCODINGS.find((e) => path.endsWith(e.suffix));
  if (!encoding) return;
  res.setHeader('Content-Encoding', encoding.name);
  res.type(extname(path.slice(0, -encoding.suffix.length)));
}
