import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../services/kit/config.ts';
import { createLogger } from '../../services/kit/logger.ts';
import { createRuntime, serve, type Serving } from '../../services/runtime.ts';
import { Api, adminToken, signUp, startTestAcademy, type TestAcademy } from '../support/academy.ts';
import { REDIS_URL } from '../support/env.ts';
import { ALL_SERVICES } from '../../services/registry.ts';

let academy: TestAcademy;
let gateway: Serving;
beforeAll(async () => {
  academy = await startTestAcademy();
  // A second process role: a pure gateway that runs no service and proxies every prefix.
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent',
    DATABASE_URL: academy.databaseUrls[0], REDIS_URL, REDIS_PREFIX: `test:gw:${Date.now()}:`,
    SERVICE_URLS: JSON.stringify({ auth: academy.url, users: academy.url }),
  });
  gateway = await serve(await createRuntime(config, createLogger('silent')), 'gateway', 0);
});
afterAll(async () => {
  await gateway?.stop();
  await academy?.stop();
});

describe('one program, several roles', () => {
  it('a gateway-only process forwards to the process running the services', async () => {
    const api = new Api(gateway.url);
    const u = await signUp(api);
    const me = await api.as(u.accessToken).get('/api/v1/users/me', { 'x-request-id': 'trace-me-123' });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(u.id);
    expect(me.headers.get('x-request-id')).toBe('trace-me-123');
    // Errors come back as the service made them.
    const bad = await api.post('/api/v1/auth/login', '{oops');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('malformed_json');
  });

  it('answers 503 problem when the service behind a prefix is down', async () => {
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: academy.databaseUrls[0],
      SERVICE_URLS: JSON.stringify({ users: 'http://127.0.0.1:9' }),
    });
    const lonely = await serve(await createRuntime(config, createLogger('silent')), 'gateway', 0);
    try {
      const res = await new Api(lonely.url).get('/api/v1/users/me');
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('upstream_unavailable');
    } finally {
      await lonely.stop();
    }
  });
});

describe('serve --services=<each>', () => {
  it('mounts exactly the named service: its routes are served and documented, the others are not routes here', async () => {
    for (const module of ALL_SERVICES) {
      const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: academy.databaseUrls[0] });
      const one = await serve(await createRuntime(config, createLogger('silent')), module.name, 0);
      try {
        const api = new Api(one.url);
        // Another service's prefix is no route of this process (no SERVICE_URLS: nothing to proxy to).
        for (const other of ALL_SERVICES.filter((m) => m !== module)) {
          for (const prefix of other.prefixes) expect((await api.get(`/api/v1${prefix}/x`)).body.code, `${module.name} serving ${prefix}`).toBe('route_not_found');
        }
        // Its own routes are mounted and documented, and only they are.
        const doc = (await api.get('/api/v1/openapi.json')).body;
        const paths = Object.keys(doc.paths);
        expect(paths.length, module.name).toBeGreaterThan(0);
        for (const p of paths) expect(module.prefixes.some((prefix) => p.startsWith(`/api/v1${prefix}`)), `${module.name} documents ${p}`).toBe(true);
        for (const p of paths.filter((x) => !x.includes('{'))) {
          const method = Object.keys(doc.paths[p])[0];
          // As an API client (JSON first): a browser would be redirected to the web app, which a process without it does not serve.
          const res = await api.request(method.toUpperCase(), p, method === 'get' ? undefined : {}, { accept: 'application/json' });
          expect(res.body?.code, `${module.name} serves ${method} ${p}`).not.toBe('route_not_found');
        }
      } finally {
        await one.stop();
      }
    }
  });
});

describe('the gateway proxy (http-proxy-middleware)', () => {
  it('answers 504 problem when the service does not answer in time, and forwards the request id and path', async () => {
    const seen: { url?: string; id?: string } = {};
    const stuck = http.createServer((req) => {
      seen.url = req.url;
      seen.id = req.headers['x-request-id'] as string;
      // never answers
    });
    await new Promise<void>((r) => stuck.listen(0, '127.0.0.1', () => r()));
    const port = (stuck.address() as { port: number }).port;
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: academy.databaseUrls[0],
      SERVICE_URLS: JSON.stringify({ users: `http://127.0.0.1:${port}` }), PROXY_TIMEOUT_MS: '300',
    });
    const gateway = await serve(await createRuntime(config, createLogger('silent')), 'gateway', 0);
    try {
      const res = await new Api(gateway.url).get('/api/v1/users/me?x=1', { 'x-request-id': 'trace-me-1' });
      expect(res.status).toBe(504);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('upstream_timeout');
      expect(seen).toEqual({ url: '/api/v1/users/me?x=1', id: 'trace-me-1' });
      // A path that only starts like a proxied prefix is not proxied.
      expect((await new Api(gateway.url).get('/api/v1/usersx')).body.code).toBe('route_not_found');
    } finally {
      await gateway.stop();
      stuck.closeAllConnections();
      stuck.close();
    }
  });
});

describe('two processes of the same academy', () => {
  it('a role change made through one process shows in the other (cache invalidated over Redis pub/sub)', async () => {
    const c = academy.ctx.config;
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent',
      DATABASE_URL: c.DATABASE_URL, SHARD_MAP: c.SHARD_MAP, REDIS_URL, REDIS_PREFIX: c.REDIS_PREFIX,
    });
    const twin = await serve(await createRuntime(config, createLogger('silent')), 'all', 0);
    try {
      const u = await signUp(academy.api);
      const viaTwin = new Api(twin.url).as(u.accessToken);
      expect((await viaTwin.get('/api/v1/users/me')).body.roles).toEqual(['learner']);
      const admin = await adminToken(academy.api);
      expect((await academy.api.as(admin).patch(`/api/v1/users/${u.id}`, { roles: ['instructor', 'learner'] })).status).toBe(200);
      await expect.poll(async () => (await viaTwin.get('/api/v1/users/me')).body.roles).toEqual(['instructor', 'learner']);
    } finally {
      await twin.stop();
    }
  });
});

describe('signing key rotation', () => {
  it('signs with the new key while tokens of the old one keep verifying', async () => {
    const before = await signUp(academy.api);
    const oldKid = JSON.parse(Buffer.from(before.accessToken.split('.')[0], 'base64url').toString()).kid;
    const newKid = await academy.ctx.keys.rotate();
    expect(newKid).not.toBe(oldKid);
    const after = await signUp(academy.api);
    expect(JSON.parse(Buffer.from(after.accessToken.split('.')[0], 'base64url').toString()).kid).toBe(newKid);
    expect((await academy.api.as(before.accessToken).get('/api/v1/users/me')).status).toBe(200);
    expect((await academy.api.as(after.accessToken).get('/api/v1/users/me')).status).toBe(200);
    const kids = (await academy.api.get('/api/v1/auth/.well-known/jwks.json')).body.keys.map((k: { kid: string }) => k.kid);
    expect(kids).toEqual(expect.arrayContaining([oldKid, newKid]));
  });
});

describe('cluster-style start-up', () => {
  it('uses signing keys from JWT_SIGNING_KEYS and makes its academy from TENANT_NAME on --migrate', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const jwk = { ...generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }), kid: 'from-secret-1' };
    const { migrate } = await import('../../services/runtime.ts');
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: academy.databaseUrls[0],
      SHARD_MAP: academy.ctx.config.SHARD_MAP, REDIS_URL, REDIS_PREFIX: `test:cluster:${Date.now()}:`,
      DEFAULT_TENANT: 'acme', TENANT_NAME: 'Acme Academy', TENANT_DOMAINS: 'learn.acme.test',
      JWT_SIGNING_KEYS: JSON.stringify({ keys: [jwk] }),
    });
    const runtime = await createRuntime(config, createLogger('silent'));
    await Promise.all([migrate(runtime.ctx), migrate(runtime.ctx)]); // two pods starting at once
    const pod = await serve(runtime, 'all', 0);
    try {
      const api = new Api(pod.url); // no X-Tenant: DEFAULT_TENANT is acme
      const u = await signUp(api);
      const header = JSON.parse(Buffer.from(u.accessToken.split('.')[0], 'base64url').toString());
      expect(header.kid).toBe('from-secret-1');
      expect((await api.as(u.accessToken).get('/api/v1/users/me')).status).toBe(200);
      const jwks = (await api.get('/api/v1/auth/.well-known/jwks.json')).body.keys;
      expect(jwks).toEqual([expect.objectContaining({ kid: 'from-secret-1', x: jwk.x })]);
      expect(jwks[0].d).toBeUndefined();
      expect(await academy.ctx.tenants.bySlugOrNull('acme')).toMatchObject({ name: 'Acme Academy', domains: ['learn.acme.test'] });
    } finally {
      await pod.stop();
    }
  });

  it('refuses malformed JWT_SIGNING_KEYS naming the variable', () => {
    expect(() => loadConfig({ JWT_SIGNING_KEYS: '{"keys":[{"kty":"RSA"}]}' })).toThrow(/JWT_SIGNING_KEYS: must be JSON/);
  });
});
