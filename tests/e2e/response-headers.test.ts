import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type IncomingHttpHeaders } from 'node:http';
import express from 'express';
import helmet from 'helmet';
import { helmetOptions } from '../../services/kit/security-headers.ts';
import { signUp, startTestAcademy, type TestAcademy } from '../support/academy.ts';

/**
 * The headers of an answer are not changed by the request stack's shortcuts (issue 13: helmet's
 * headers computed once, one route look-up instead of the router walk, no body parser on GET):
 * every header in the order sent, compared with what the stack sent before them (the lists below
 * were recorded from the academy before the change), and helmet's set compared with helmet's own
 * middleware run per request.
 */
let academy: TestAcademy;
let token: string;
let reference: { url: string; close(): void };

beforeAll(async () => {
  academy = await startTestAcademy({ seed: true, env: { NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '1000' } });
  token = (await signUp(academy.api.at('demo'))).accessToken;
  // helmet itself, per request, with the academy's options.
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet(helmetOptions(true)));
  app.get('/', (_req, res) => void res.json({}));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  reference = { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
});
afterAll(async () => {
  reference?.close();
  await academy?.stop();
});

/** A raw request: the headers as sent, in order (fetch sorts them). */
function raw(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: [string, string][]; parsed: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      res.resume();
      res.on('end', () => {
        const pairs: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i]!.toLowerCase(), res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode!, headers: pairs, parsed: res.headers });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Values that differ per request (ids, dates, lengths, counts) as their shape. */
function shape([name, value]: [string, string]): string {
  const v =
    name === 'date' ? '<date>'
    : name === 'content-length' ? '<length>'
    : name === 'etag' ? '<etag>'
    : name === 'x-request-id' && /^[0-9a-f-]{36}$/.test(value) ? '<uuid>'
    : name === 'ratelimit' ? value.replace(/remaining=\d+/, 'remaining=<n>').replace(/reset=\d+/, 'reset=<s>')
    : value;
  return `${name}: ${v}`;
}

const HELMET = [
  "content-security-policy: default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data: https:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests",
  'cross-origin-opener-policy: same-origin',
  'cross-origin-resource-policy: same-origin',
  'origin-agent-cluster: ?1',
  'referrer-policy: no-referrer',
  'strict-transport-security: max-age=31536000; includeSubDomains',
  'x-content-type-options: nosniff',
  'x-dns-prefetch-control: off',
  'x-download-options: noopen',
  'x-frame-options: SAMEORIGIN',
  'x-permitted-cross-domain-policies: none',
  'x-xss-protection: 0',
];
const CORS = ['vary: Origin', 'access-control-allow-credentials: true', 'access-control-expose-headers: x-request-id,etag,retry-after'];
const TAIL = ['date: <date>', 'connection: keep-alive', 'keep-alive: timeout=65'];

describe('response headers', () => {
  it("helmet's set is what helmet's own middleware sends per request, in its order", async () => {
    const ref = await raw(reference.url, 'GET', '/');
    const helmetNames = new Set(ref.headers.map(([n]) => n).filter((n) => !['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'etag'].includes(n)));
    expect(ref.headers.filter(([n]) => helmetNames.has(n)).map(shape)).toEqual(HELMET);
    const me = await raw(academy.url, 'GET', '/api/v1/users/me', { 'x-tenant': 'demo', authorization: `Bearer ${token}` });
    expect(me.headers.filter(([n]) => helmetNames.has(n)).map(shape)).toEqual(HELMET);
    expect(me.parsed['x-powered-by']).toBeUndefined();
  });

  it('GET /users/me: request id, helmet, CORS, no-store, the RateLimit headers, in order', async () => {
    const first = await raw(academy.url, 'GET', '/api/v1/users/me', { 'x-tenant': 'demo', authorization: `Bearer ${token}`, 'x-request-id': 'trace-abc.1' });
    expect(first.status).toBe(200);
    expect(first.headers.map(shape)).toEqual([
      'x-request-id: trace-abc.1',
      ...HELMET,
      ...CORS,
      'cache-control: private, no-store',
      'ratelimit-policy: 1000;w=60',
      'ratelimit: limit=1000, remaining=<n>, reset=<s>',
      'content-type: application/json; charset=utf-8',
      'content-length: <length>',
      ...TAIL,
    ]);
    const second = await raw(academy.url, 'GET', '/api/v1/users/me', { 'x-tenant': 'demo', authorization: `Bearer ${token}`, 'x-request-id': 'bad id with spaces' });
    expect(second.parsed['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const remaining = (h: IncomingHttpHeaders) => Number(/remaining=(\d+)/.exec(String(h.ratelimit))![1]);
    expect(remaining(second.parsed)).toBe(remaining(first.parsed) - 1);
  });

  it('the cached catalog: its own Cache-Control and ETag, the rest as every API answer', async () => {
    const res = await raw(academy.url, 'GET', '/api/v1/courses', { 'x-tenant': 'demo' });
    expect(res.status).toBe(200);
    // The catalog's answer adds the tenant to CORS's Vary. (Before issue #15 it replaced it,
    // `vary: X-Tenant`: a cached answer without Allow-Origin could then be reused for a browser's
    // cross-origin request, which a tenant's own domain now gets allowed.)
    expect(res.headers.map(shape)).toEqual([
      'x-request-id: <uuid>',
      ...HELMET,
      'vary: Origin, X-Tenant',
      ...CORS.slice(1),
      'cache-control: public, max-age=0, must-revalidate',
      'ratelimit-policy: 1000;w=60',
      'ratelimit: limit=1000, remaining=<n>, reset=<s>',
      'etag: <etag>',
      'content-type: application/json; charset=utf-8',
      'content-length: <length>',
      ...TAIL,
    ]);
    const head = await raw(academy.url, 'HEAD', '/api/v1/courses', { 'x-tenant': 'demo' });
    expect(head.status).toBe(200);
    expect(head.headers.map(([n]) => n)).toEqual(res.headers.map(([n]) => n));
  });

  it('problems: an unknown route, a missing token, a body that is not JSON', async () => {
    const problem = (status: number, extra: string[] = []) => [
      'x-request-id: <uuid>',
      ...HELMET,
      ...CORS,
      'cache-control: no-store',
      ...extra,
      'content-type: application/problem+json; charset=utf-8',
      'content-length: <length>',
      ...TAIL,
    ];
    const limited = ['ratelimit-policy: 1000;w=60', 'ratelimit: limit=1000, remaining=<n>, reset=<s>'];
    const unknown = await raw(academy.url, 'GET', '/api/v1/no-such-thing', { 'x-tenant': 'demo' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.map(shape)).toEqual(problem(404, limited));
    const anonymous = await raw(academy.url, 'GET', '/api/v1/users/me', { 'x-tenant': 'demo' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.map(shape)).toEqual(problem(401, limited));
    const form = await raw(academy.url, 'PATCH', '/api/v1/users/me', { 'x-tenant': 'demo', authorization: `Bearer ${token}`, 'content-type': 'text/plain' }, 'name=x');
    expect(form.status).toBe(415);
    expect(form.headers.map(shape)).toEqual(problem(415));
  });

  it('a browser of an allowed origin: CORS reflects it, and answers the preflight', async () => {
    const origin = 'http://localhost:5173';
    const res = await raw(academy.url, 'GET', '/api/v1/users/me', { 'x-tenant': 'demo', authorization: `Bearer ${token}`, origin });
    expect(res.headers.map(shape).slice(HELMET.length + 1, HELMET.length + 5)).toEqual([
      `access-control-allow-origin: ${origin}`,
      'vary: Origin',
      'access-control-allow-credentials: true',
      'access-control-expose-headers: x-request-id,etag,retry-after',
    ]);
    const other = await raw(academy.url, 'GET', '/healthz', { origin: 'https://evil.example' });
    expect(other.parsed['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw(academy.url, 'OPTIONS', '/api/v1/users/me', { origin, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.map(shape)).toEqual([
      'x-request-id: <uuid>',
      ...HELMET,
      `access-control-allow-origin: ${origin}`,
      'vary: Origin, Access-Control-Request-Headers',
      'access-control-allow-credentials: true',
      'access-control-allow-methods: GET,HEAD,PUT,PATCH,POST,DELETE',
      'access-control-allow-headers: authorization',
      'access-control-expose-headers: x-request-id,etag,retry-after',
      'content-length: <length>',
      'date: <date>',
      'connection: keep-alive',
      'keep-alive: timeout=65',
    ]);
  });

  it('outside /api/v1: /healthz has the edge headers and no API ones', async () => {
    const res = await raw(academy.url, 'GET', '/healthz');
    expect(res.headers.map(shape)).toEqual(['x-request-id: <uuid>', ...HELMET, ...CORS, 'content-type: application/json; charset=utf-8', 'content-length: <length>', ...TAIL]);
  });
});
