import { generateKeyPairSync } from 'node:crypto';
import type { Knex } from 'knex';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { KeyRing } from './keyring.ts';
import { authenticate } from './auth.ts';

// passport's middleware assigns its request helpers to every request; kit/auth.ts declares them on
// the request prototype instead (no new own property per request). These pin what a caller sees.
describe('authenticate: passport on the request prototype', async () => {
  const jwk = { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), kid: 'k1' };
  const ring = new KeyRing(undefined as unknown as Knex, { issuer: 'iss', accessTtlSeconds: 900, rotationDays: 30, staticKeys: [jwk as never] });
  await ring.start();
  const tenant = { id: 't1', slug: 'demo' };
  const token = await ring.sign({ sub: 'u1', tid: 't1', ten: 'demo', roles: ['learner'] });
  const mw = authenticate(ring, { issuer: 'iss' });
  // Express gives every request of an app one prototype (app.request).
  const appRequest = {};

  async function request(authorization: string) {
    const res = { locals: { tenant } } as unknown as Response;
    const req = Object.assign(Object.create(appRequest), { headers: { authorization }, res }) as Request;
    const err = await new Promise<unknown>((resolve) => mw(req, res, resolve));
    return { req, res, err };
  }

  it('proves a token twice (signature, then the verified-token cache) without adding own properties to the request', async () => {
    for (let i = 0; i < 2; i++) {
      const { req, res, err } = await request(`Bearer ${token}`);
      expect(err).toBeUndefined();
      expect(res.locals.auth).toMatchObject({ userId: 'u1', tenantId: 't1', roles: ['learner'] });
      expect(Object.keys(req).sort()).toEqual(['headers', 'res']);
      // What passport assigns is what the request shows.
      expect(typeof req.isAuthenticated).toBe('function');
      expect(typeof req.logIn).toBe('function');
      expect(req.login).toBe(req.logIn);
      expect((req as unknown as { authPrincipal: unknown }).authPrincipal).toBe(res.locals.principal);
    }
  });

  it('keeps another value assigned to a helper on that request only', async () => {
    const { req } = await request(`Bearer ${token}`);
    const mine = () => undefined;
    (req as unknown as { login: unknown }).login = mine;
    expect(req.login).toBe(mine);
    expect(Object.keys(req)).toContain('login');
    const other = await request(`Bearer ${token}`);
    expect(other.req.login).not.toBe(mine);
    expect(typeof other.req.login).toBe('function');
  });

  it('refuses a bad token with 401 token_invalid, and nothing is left on the request', async () => {
    const { req, res, err } = await request(`Bearer ${token.slice(0, -4)}AAAA`);
    expect(err).toMatchObject({ status: 401, code: 'token_invalid' });
    expect(res.locals.auth).toBeUndefined();
    expect((req as unknown as { authPrincipal?: unknown }).authPrincipal).toBeUndefined();
  });
});
