import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import { signUp, startTestAcademy, type TestAcademy } from '../support/academy.ts';

// Bearer tokens are proven by passport: passport-jwt (ES256, the key ring's key by kid) and, for
// tokens signed before the switch, a verify-only EdDSA strategy. Real Postgres and Redis.
let academy: TestAcademy;
beforeAll(async () => {
  academy = await startTestAcademy({ seed: true });
});
afterAll(() => academy?.stop());

const headerOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString());

/** An EdDSA key as the key ring made them before ES256, stored beside the current keys. */
async function legacyKey() {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  await academy.ctx.dbs.control('signing_keys').insert({
    kid, alg: 'EdDSA', public_jwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' }, private_jwk: await exportJWK(privateKey),
    created_at: new Date(Date.now() - 86_400_000), retires_at: new Date(Date.now() + 86_400_000),
  });
  // Picked up now (an unknown kid reloads at most once a second, which a fast test can beat).
  await academy.ctx.keys.refresh();
  return { kid, privateKey };
}

async function tokenFor(user: { id: string }, sign: { alg: string; kid: string; key: Parameters<SignJWT['sign']>[0] }, exp = '5m') {
  const tenant = (await academy.ctx.tenants.bySlugOrNull('demo'))!;
  return new SignJWT({ tid: tenant.id, ten: tenant.slug, roles: ['learner'] })
    .setProtectedHeader({ alg: sign.alg, kid: sign.kid, typ: 'at+jwt' })
    .setSubject(user.id).setIssuer(academy.ctx.config.JWT_ISSUER).setAudience('academy:demo').setIssuedAt().setJti(randomUUID()).setExpirationTime(exp)
    .sign(sign.key);
}

describe('passport-jwt with ES256 keys from the key ring', () => {
  it('signs new tokens ES256 with a kid from the JWKS, and passport-jwt proves them (twice: the second from the cache)', async () => {
    const u = await signUp(academy.api);
    expect(headerOf(u.accessToken)).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    const jwks = (await academy.api.get('/api/v1/auth/.well-known/jwks.json')).body.keys;
    expect(jwks.map((k: { kid: string }) => k.kid)).toContain(headerOf(u.accessToken).kid);
    for (let i = 0; i < 2; i++) expect((await academy.api.as(u.accessToken).get('/api/v1/users/me')).body.id).toBe(u.id);
  });

  it('keeps EdDSA tokens signed before the switch valid (nobody is signed out), by the verify-only strategy', async () => {
    const u = await signUp(academy.api);
    const legacy = await legacyKey();
    const token = await tokenFor(u, { alg: 'EdDSA', kid: legacy.kid, key: legacy.privateKey });
    const me = await academy.api.as(token).get('/api/v1/users/me');
    expect(me.status, me.text).toBe(200);
    expect(me.body.id).toBe(u.id);
    // …and the ring never signs with it again: a fresh sign-in is ES256.
    expect(headerOf((await signUp(academy.api)).accessToken).alg).toBe('ES256');
  });

  it('refuses an expired ES256 token (token_expired), a forged one, an unknown kid, and alg confusion', async () => {
    const u = await signUp(academy.api);
    const ring = academy.ctx.keys as unknown as { sign(c: object, ttl: number): Promise<string> };
    const tenant = (await academy.ctx.tenants.bySlugOrNull('demo'))!;
    const expired = await ring.sign({ sub: u.id, tid: tenant.id, ten: 'demo', roles: ['learner'] }, -10);
    expect((await academy.api.as(expired).get('/api/v1/users/me')).body.code).toBe('token_expired');

    const kid = headerOf(u.accessToken).kid;
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await tokenFor(u, { alg: 'ES256', kid, key: privateKey });
    expect((await academy.api.as(forged).get('/api/v1/users/me')).body.code).toBe('token_invalid');

    const unknown = await tokenFor(u, { alg: 'ES256', kid: 'no-such-kid', key: privateKey });
    expect((await academy.api.as(unknown).get('/api/v1/users/me')).body.code).toBe('token_invalid');

    // HS256 "signed" with the public key as an HMAC secret: passport-jwt only accepts ES256.
    const pub = (await academy.api.get('/api/v1/auth/.well-known/jwks.json')).body.keys.find((k: { kid: string }) => k.kid === kid);
    const hs = await tokenFor(u, { alg: 'HS256', kid, key: new TextEncoder().encode(JSON.stringify(pub)) });
    expect((await academy.api.as(hs).get('/api/v1/users/me')).status).toBe(401);

    // A token of a key that signs EdDSA cannot be replayed as if its kid were an ES256 key.
    const legacy = await legacyKey();
    const mixed = await tokenFor(u, { alg: 'ES256', kid: legacy.kid, key: privateKey });
    expect((await academy.api.as(mixed).get('/api/v1/users/me')).body.code).toBe('token_invalid');
  });

  it('proves the service token through its strategy, and any other dotless credential counts as none', async () => {
    const anon = await academy.api.as('not-a-jwt-and-not-the-service-token').get('/api/v1/users/me');
    expect(anon.status).toBe(401);
    expect(anon.body.code).toBe('unauthorized');
  });
});
