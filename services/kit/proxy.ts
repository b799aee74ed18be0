import http from 'node:http';
import type { RequestHandler } from 'express';
import { Unavailable } from './errors.ts';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * Forwards a request, streaming both ways, to the process that runs a service. The target runs
 * the whole kit stack again (tenancy, auth, validation): the gateway trusts nothing it forwards.
 */
export function proxyTo(target: string): RequestHandler {
  const base = new URL(target);
  return (req, res, next) => {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v;
    headers['x-forwarded-for'] = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    headers['x-request-id'] = res.getHeader('x-request-id') as string;
    const upstream = http.request(
      { protocol: base.protocol, hostname: base.hostname, port: base.port, method: req.method, path: req.originalUrl, headers, agent },
      (up) => {
        for (const [k, v] of Object.entries(up.headers)) if (!HOP_BY_HOP.has(k) && v !== undefined) res.setHeader(k, v);
        res.status(up.statusCode ?? 502);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) next(Unavailable('The service behind this route is not reachable', 'upstream_unavailable'));
      else res.destroy();
    });
    req.pipe(upstream);
  };
}
