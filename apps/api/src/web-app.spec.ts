import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { webAppRouter } from './web-app';

describe('the web app served by the API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'abate-web-'));
  const script = 'export const answer = 42;\n'.repeat(50);
  let app: express.Express;

  beforeAll(() => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Abate</title>');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), script);
    writeFileSync(join(dir, 'assets', 'index-abc.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'index-abc.js.gz'), gzipSync(script));
    writeFileSync(join(dir, 'assets', 'logo-abc.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    app = express();
    app.use(webAppRouter(dir)!);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends the Brotli copy of a script to a browser that accepts it, typed as JavaScript', async () => {
    // supertest decodes br and gzip, so the body is the script only if the encoding header is true.
    const res = await request(app).get('/assets/index-abc.js').set('Accept-Encoding', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    expect(res.text).toBe(script);
  });

  it('sends gzip when Brotli is not accepted, and the plain file when nothing is', async () => {
    const gz = await request(app).get('/assets/index-abc.js').set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(script); // supertest decodes gzip

    const plain = await request(app).get('/assets/index-abc.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
  });

  it('sends files without a compressed copy as they are, and 404 for a missing asset', async () => {
    const png = await request(app).get('/assets/logo-abc.png').set('Accept-Encoding', 'br');
    expect(png.status).toBe(200);
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
    expect((await request(app).get('/assets/missing.js').set('Accept-Encoding', 'br')).status).toBe(404);
  });

  it('answers page paths with index.html so client routes survive a reload', async () => {
    const res = await request(app).get('/reviews/queue').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Abate</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API’s paths to the API, the identity provider’s sign-in routes included', async () => {
    for (const path of [
      '/auth/oidc/login?returnTo=%2F',
      '/auth/oidc/callback',
      '/api/audit/exports/audit-trail.csv',
      '/graphql',
    ]) {
      const res = await request(app).get(path).set('Accept', 'text/html');
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });
});
