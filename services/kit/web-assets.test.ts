import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAssets } from './web-assets.ts';

let dir: string;
let base: string;
let close: () => void;
const JS = 'console.log("a hashed chunk");'.repeat(100);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'web-assets-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'media'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), JS);
  writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(JS));
  writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(JS));
  writeFileSync(join(dir, 'media', 'clip.webm'), Buffer.alloc(1000, 7));
  const app = express();
  app.get('/api/v1/thing', (_req, res) => void res.json({ api: true }));
  app.use(webAssets(dir)!);
  app.use((_req, res) => void res.status(404).json({ notFound: true }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close?.();
  rmSync(dir, { recursive: true, force: true });
});

// fetch() would decode the body itself; ask for raw bytes by setting the header explicitly.
const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers } });

describe('webAssets', () => {
  it('serves hashed assets as immutable, brotli or gzip by what the browser accepts', async () => {
    const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await br.text()).toBe(JS); // undici decodes br
    const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(JS);
  });

  it('revalidates index.html and the service worker on every use', async () => {
    for (const path of ['/', '/index.html', '/sw.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('answers client-side routes with the app, but never API paths or missing files', async () => {
    const route = await get('/courses/some-course/lessons');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await route.text()).toContain('<title>app</title>');
    expect(await (await get('/api/v1/thing')).json()).toEqual({ api: true });
    for (const path of ['/api/v1/nope', '/assets/index-gone99.js', '/icon.png', '/healthz']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.json(), path).toEqual({ notFound: true });
    }
  });

  it('answers range requests (video seeking) and refuses paths out of the build', async () => {
    const part = await get('/media/clip.webm', { range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
    const escape = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(escape.status).not.toBe(200);
  });

  it('is absent when the app has not been built', () => {
    expect(webAssets(join(dir, 'nothing-here'))).toBeUndefined();
  });
});
