import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import swaggerUi from 'swagger-ui-express';
import { NotFound, UnsupportedMediaType, toAppError, toProblem } from './errors.ts';
import { authenticate } from './auth.ts';
import { apiKeysOf } from './api-keys.ts';
import { tenantRateLimit, userRateLimit } from './rate-limit.ts';
import { RouteBook, STREAMED_TYPES } from './routes.ts';
import { chain } from './chain.ts';
import { JSON_TYPES, jsonBody } from './json-body.ts';
import { corsEdge } from './cors.ts';
import { helmetOptions, staticHelmet } from './security-headers.ts';
import { buildDocument } from './route-doc.ts';
import { proxyTo } from './proxy.ts';
import { webAssets } from './web-assets.ts';
import type { ServiceContext, ServiceModule } from './context.ts';

export interface AppOptions {
  /** Services whose routes this process serves. */
  local: ServiceModule[];
  /** Services served elsewhere: their prefixes are proxied to these URLs. */
  remote: { module: ServiceModule; url: string }[];
  /** Extra readiness checks (name -> check). */
  ready?: Record<string, () => Promise<void>>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * The one app factory every process uses: gateway edge (request ids, helmet, CORS, metrics,
 * health), then /api/v1 through tenancy -> authenticate -> rate limit -> service routes.
 */
export function createApp(ctx: ServiceContext, opts: AppOptions): express.Express {
  const { config, logger, metrics } = ctx;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.set('etag', false);

  const requestId: RequestHandler = (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', id);
    res.locals.requestId = id;
    next();
  };
  const accessLog: RequestHandler = (req, res, next) => {
    if (!logger.isLevelEnabled('info')) return next();
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        // originalUrl: by 'finish' the routers may have stripped their mount path (/api/v1) from req.path.
        { reqId: res.locals.requestId, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Number(process.hrtime.bigint() - start) / 1e6 },
        'request',
      );
    });
    next();
  };

  // The edge, as one layer: request id, metrics, access log, helmet's headers (computed once,
  // kit/security-headers.ts), CORS (CORS_ORIGINS, and the request's tenant's own domains: kit/cors.ts).
  const corsHeaders = corsEdge({ origins: config.CORS_ORIGINS, exposedHeaders: ['x-request-id', 'etag', 'retry-after'], tenantOf: (req) => ctx.tenants.tenantOf(req) });
  app.use(chain(requestId, metrics.middleware, accessLog, staticHelmet(helmetOptions(config.NODE_ENV === 'production')), corsHeaders));

  // Remote services: stream through before any body parsing.
  for (const { module, url } of opts.remote) app.use(proxyTo({ target: url, prefixes: module.prefixes, timeoutMs: config.PROXY_TIMEOUT_MS }));

  const book = new RouteBook(ctx.openapi, ctx.currentRoles);
  for (const m of opts.local) m.routes(book, ctx);
  let openapiDoc: unknown;
  const document = () => (openapiDoc ??= buildDocument(ctx.openapi));
  app.get('/api/v1/openapi.json', (_req, res) => void res.json(document()));

  // Everything else under /api/v1: one look-up of the route by its first path segment (no router
  // walk), after the API's own middleware, which runs for every /api/v1 request, routed or not.
  // API answers carry tokens, secrets, emails and answer keys: nothing is stored by a browser or a
  // shared cache unless the route says otherwise (the catalog, the JWKS set their own).
  // The raw bytes are kept for signature checks (the Stripe webhook signs the body as sent), on
  // res.locals: a new own property of the request costs a hidden-class transition per request.
  const json = jsonBody(config.BODY_LIMIT);
  const prepare: RequestHandler = (req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    // GET and HEAD take no body: neither the media-type check nor the JSON parser is entered.
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    requireJsonBody(req, res, (err?: unknown) => (err ? next(err) : json(req, res, next)));
  };
  const common: RequestHandler[] = [
    prepare,
    ctx.tenants.middleware(),
    authenticate(ctx.keys, { serviceToken: config.SERVICE_TOKEN, issuer: config.JWT_ISSUER, apiKeys: () => apiKeysOf(ctx) }),
    userRateLimit(ctx.kv, config.RATE_LIMIT_PER_MINUTE, config.RATE_LIMIT_SYNC_MS),
  ];
  if (config.TENANT_RATE_LIMIT_PER_MINUTE > 0) common.push(tenantRateLimit(ctx.kv, config.TENANT_RATE_LIMIT_PER_MINUTE, config.RATE_LIMIT_SYNC_MS));
  app.use(book.dispatcher('/api/v1', common));

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, () => Promise<void>> = {
      database: () => ctx.dbs.ping(),
      redis: () => ctx.kv.ping(),
      ...opts.ready,
    };
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check(), 2000);
          return [name, 'ok'] as const;
        } catch {
          return [name, 'failing'] as const;
        }
      }),
    );
    const ok = results.every(([, s]) => s === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready', checks: Object.fromEntries(results) });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });

  app.use('/api/docs', swaggerUi.serve, swaggerUi.setup(undefined, { swaggerOptions: { url: '/api/v1/openapi.json' } }));
  const web = webAssets();
  if (web) app.use(web);

  app.use((req, _res, next) => next(NotFound(`No route ${req.method} ${req.path}`, 'route_not_found')));
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const appError = toAppError(err);
    if (appError.status >= 500) logger.error({ err, reqId: res.locals.requestId, path: req.path }, 'request failed');
    if (res.headersSent) return void res.destroy();
    if (typeof appError.extra.retryAfter === 'number') res.set('Retry-After', String(appError.extra.retryAfter));
    res.status(appError.status).type('application/problem+json').send(JSON.stringify(toProblem(appError, req.originalUrl)));
  };
  app.use(onError);
  return app;
}

/**
 * Writes must send JSON: anything else with a body is a 415 before it is read. Multipart and tus
 * chunks pass here for the upload routes (RouteSpec.bodyContentType); every other route refuses them (routes.ts).
 */
const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['content-length'] !== undefined ? req.headers['content-length'] !== '0' : req.headers['transfer-encoding'] !== undefined;
  if (!hasBody || req.method === 'GET' || req.method === 'HEAD' || req.headers['content-type'] === 'application/json') return next();
  if (!req.is([...JSON_TYPES, ...STREAMED_TYPES])) return next(UnsupportedMediaType('Send the body as application/json', 'unsupported_media_type'));
  next();
};

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
