/**
 * CORS for a tenant's own domains (issue #15): a pool's academy serves many tenants with one
 * CORS_ORIGINS, so a pooled tenant's web app on its own domain is allowed by its tenant's
 * `domains` — the tenant the request is for (by Host, as the Ingress forwards it; by X-Tenant).
 * CORS_ORIGINS works as before; another tenant's domain, or an unknown one, gets no Allow-Origin;
 * the preflight (no X-Tenant: resolved by Host) is answered for the tenant's domain too.
 */
import { request, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTenant } from '../../services/tenants.ts';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';

let academy: TestAcademy;

beforeAll(async () => {
  // The seed makes `demo` (domain demo.localhost); the second tenant is a pooled one's row.
  academy = await startTestAcademy({ seed: true });
  await ensureTenant(academy.ctx.dbs.control, { slug: 'learn', name: 'Learn Academy', domains: ['learn.example.test', 'www.learn.example.test'] });
});
afterAll(() => academy?.stop());

function raw(method: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, academy.url), { method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const preflight = (host: string, origin: string) =>
  raw('OPTIONS', '/api/v1/auth/register', { host, origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' });

describe("CORS for a tenant's own domains", () => {
  it("the cached catalog varies by Origin as well as by tenant (a copy without Allow-Origin is not reused for a tenant's page)", async () => {
    const res = await raw('GET', '/api/v1/courses', { host: 'learn.example.test' });
    expect(res.headers.vary).toBe('Origin, X-Tenant');
  });

  it("allows an Origin on the tenant's domain, with credentials, for a request to that tenant by Host", async () => {
    for (const origin of ['https://learn.example.test', 'http://www.learn.example.test:3000']) {
      const res = await raw('GET', '/api/v1/courses', { host: 'learn.example.test', origin });
      expect(res.status).toBe(200);
      expect(res.headers).toMatchObject({ 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'x-request-id,etag,retry-after' });
      expect(String(res.headers.vary)).toContain('Origin');
    }
  });

  it('answers the preflight for the tenant domain (resolved by Host: a preflight carries no X-Tenant)', async () => {
    const res = await preflight('learn.example.test', 'https://learn.example.test');
    expect(res.status).toBe(204);
    expect(res.headers).toMatchObject({
      'access-control-allow-origin': 'https://learn.example.test',
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
      'access-control-allow-headers': 'content-type,authorization',
    });
    // And the request it allowed: the learner registers with the tenant from the browser.
    const registered = await new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
      const payload = JSON.stringify({ email: 'cors@example.com', password: 'a-long-enough-password-1', name: 'Cors' });
      const req = request(new URL('/api/v1/auth/register', academy.url), { method: 'POST', headers: { host: 'learn.example.test', origin: 'https://learn.example.test', 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
      });
      req.on('error', reject);
      req.end(payload);
    });
    expect(registered.status).toBe(201);
    expect(registered.headers['access-control-allow-origin']).toBe('https://learn.example.test');
  });

  it('allows it by X-Tenant too (the tenant the request is for)', async () => {
    const res = await raw('GET', '/api/v1/courses', { 'x-tenant': 'learn', origin: 'https://learn.example.test' });
    expect(res.headers['access-control-allow-origin']).toBe('https://learn.example.test');
  });

  it("refuses another tenant's domain, an unknown origin and a look-alike: no Allow-Origin (request and preflight)", async () => {
    for (const origin of ['http://demo.localhost', 'https://evil.example', 'https://learn.example.test.evil.example', 'null']) {
      const res = await raw('GET', '/api/v1/courses', { host: 'learn.example.test', origin });
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin'], origin).toBeUndefined();
      // The rest as for any origin CORS_ORIGINS does not name (as before).
      expect(res.headers).toMatchObject({ vary: expect.stringContaining('Origin'), 'access-control-allow-credentials': 'true' });
      const pre = await preflight('learn.example.test', origin);
      expect(pre.status).toBe(204);
      expect(pre.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
    // The learn tenant's domain as Origin of a request to the demo tenant: refused.
    const cross = await raw('GET', '/api/v1/courses', { host: 'demo.localhost', origin: 'https://learn.example.test' });
    expect(cross.headers['access-control-allow-origin']).toBeUndefined();
    const crossPre = await preflight('demo.localhost', 'https://learn.example.test');
    expect(crossPre.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('CORS_ORIGINS works as before, whatever the tenant', async () => {
    for (const host of ['learn.example.test', 'demo.localhost']) {
      const res = await raw('GET', '/api/v1/courses', { host, origin: 'http://localhost:5173' });
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect((await preflight(host, 'http://localhost:5173')).headers['access-control-allow-origin']).toBe('http://localhost:5173');
    }
  });
});
