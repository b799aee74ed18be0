import client from 'prom-client';
import type { RequestHandler, Response } from 'express';

/** One registry per process; services add their own metrics to it. */
export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({
    name: 'academy_http_requests_total',
    help: 'HTTP requests by route, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: 'academy_http_request_duration_seconds',
    help: 'HTTP request latency by route, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  /** Records after the response; the route label is the matched pattern, never the raw path (bounded cardinality). */
  function record(this: Response) {
    const res = this;
    const req = res.req;
    const route = res.locals.route ?? (req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched');
    const labels = { method: req.method, route, status: String(res.statusCode) };
    requests.inc(labels);
    latency.observe(labels, Number(process.hrtime.bigint() - res.locals.startedAt!) / 1e9);
  }
  // One listener function for every response (no closure per request): the start is on res.locals.
  const middleware: RequestHandler = (_req, res, next) => {
    res.locals.startedAt = process.hrtime.bigint();
    res.on('finish', record);
    next();
  };
  return { registry, middleware };
}

export type Metrics = ReturnType<typeof createMetrics>;
