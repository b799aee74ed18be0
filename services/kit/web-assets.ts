import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler, type Response } from 'express';

/** The web app's build (`vite build` of web/), next to the services in this repository. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Paths the academy answers itself: never the app, never its fallback. */
const SERVER_PATHS = /^\/(api|healthz|readyz|metrics)(\/|$)/;
/** Vite's content-hashed output: a changed file gets a new name, so it may be kept for ever. */
const HASHED = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Re-fetched on every use: the entry page and the service worker must pick up a new build at once. */
const REVALIDATE = 'no-cache';
/** Text assets the build compresses ahead of time, with the type of the uncompressed file. */
const PRECOMPRESSED: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/**
 * Serves the built web app at `/`: hashed assets immutable, everything else revalidated, the
 * `.br` / `.gz` files the build wrote beside each text asset when the browser accepts them, and
 * `index.html` for any other GET that is not an API path (client-side routes). Returns nothing
 * when the app has not been built, so an API-only process serves only the API.
 */
export function webAssets(dist: string = WEB_DIST): RequestHandler | undefined {
  const root = resolve(dist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return undefined;
  const router = express.Router();

  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next('router');
    next();
  });
  router.use(precompressed(root));
  router.use(
    express.static(root, {
      index: false,
      redirect: false,
      dotfiles: 'ignore',
      setHeaders: (res, path) => cacheHeaders(res, '/' + path.slice(root.length + 1).replaceAll('\\', '/')),
    }),
  );
  // A missing hashed asset is a 404 (an old page asking for a chunk of a replaced build), not HTML.
  router.use((req, _res, next) => (HASHED.test(req.path) || extname(req.path) !== '' ? next('router') : next()));
  router.use((_req, res) => {
    res.setHeader('Cache-Control', REVALIDATE);
    res.setHeader('Vary', 'Accept-Encoding');
    appPolicy(res);
    res.sendFile('index.html', { root, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  });
  return router;
}

function cacheHeaders(res: Response, urlPath: string) {
  const original = urlPath.replace(/\.(br|gz)$/, '');
  res.setHeader('Cache-Control', HASHED.test(original) ? IMMUTABLE : original.startsWith('/media/') ? 'public, max-age=3600' : REVALIDATE);
  if (original.endsWith('.html')) appPolicy(res);
}

/** Rewrites a request for `x.js` to `x.js.br` / `x.js.gz` when the build has it and the browser takes it. */
function precompressed(root: string): RequestHandler {
  const exists = new Map<string, boolean>();
  const has = (file: string) => {
    let known = exists.get(file);
    if (known === undefined) exists.set(file, (known = existsSync(file)));
    return known;
  };
  return (req, res, next) => {
    const ext = extname(req.path);
    if (!PRECOMPRESSED[ext] || req.path.includes('..')) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    const accepts = String(req.headers['accept-encoding'] ?? '');
    for (const [enc, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
      if (!new RegExp(`\\b${enc}\\b`).test(accepts) || !has(join(root, req.path + suffix))) continue;
      res.setHeader('Content-Encoding', enc);
      res.setHeader('Content-Type', PRECOMPRESSED[ext]);
      req.url = req.path + suffix + (req.url.slice(req.path.length) || '');
      return next();
    }
    next();
  };
}

/**
 * The page's Content-Security-Policy: the academy's (helmet's) plus what the player needs —
 * video and HLS segments from the media host (https), and the blob: URLs of Media Source.
 */
function appPolicy(res: Response) {
  const base = String(res.getHeader('Content-Security-Policy') ?? "default-src 'self'");
  res.setHeader('Content-Security-Policy', `${base};media-src 'self' blob: https:;connect-src 'self' https:;worker-src 'self' blob:`);
}
