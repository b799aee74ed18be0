import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { fail, Unavailable, toProblem } from './errors.ts';

export interface ProxyOptions {
  /** Where the service runs (http or https). */
  target: string;
  /** Its first path segments under /api/v1 (`/courses`). */
  prefixes: string[];
  /** How long the service may take to answer before the gateway gives up (504). */
  timeoutMs: number;
}

const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 256 }), https: new https.Agent({ keepAlive: true, maxSockets: 256 }) };

/**
 * Forwards the prefixes of a service that runs elsewhere, streaming both ways
 * (http-proxy-middleware: http and https targets, hop-by-hop headers dropped, X-Forwarded-*
 * added, an aborted client aborts the upstream request, a timeout). The target runs the whole kit
 * stack again (tenancy, auth, validation): the gateway trusts nothing it forwards; it trusts the
 * gateway's X-Forwarded-For only when its TRUST_PROXY says so.
 */
export function proxyTo(opts: ProxyOptions): RequestHandler {
  const roots = opts.prefixes.map((p) => `/api/v1${p}`);
  const started = new WeakMap<IncomingMessage, number>();
  const owns = (path: string) => roots.some((r) => path === r || path.startsWith(`${r}/`));
  return createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: opts.target,
    pathFilter: (path) => owns(path),
    xfwd: true,
    proxyTimeout: opts.timeoutMs,
    agent: opts.target.startsWith('https:') ? agents.https : agents.http,
    on: {
      proxyReq: (proxyReq, req, res) => {
        started.set(req, Date.now());
        const id = res.getHeader('x-request-id');
        if (typeof id === 'string') proxyReq.setHeader('x-request-id', id);
      },
      error: (err, req, res) => {
        if (!('setHeader' in res)) return void res.destroy(); // an upgraded socket
        if (res.headersSent) return void res.destroy();
        const since = started.get(req);
        const problem =
          since !== undefined && Date.now() - since >= opts.timeoutMs
            ? fail('upstream_timeout', 'The service behind this route did not answer in time')
            : Unavailable('The service behind this route is not reachable', 'upstream_unavailable');
        res.statusCode = problem.status;
        res.setHeader('content-type', 'application/problem+json');
        res.end(JSON.stringify(toProblem(problem, req.url)));
      },
    },
  });
}
