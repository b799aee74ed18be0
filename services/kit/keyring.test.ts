import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import type { Knex } from 'knex';
import { KeyRing } from './keyring.ts';

// Keys from JWT_SIGNING_KEYS: this mode never reads the database, so no knex is given.
const jwk = { ...generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }), kid: 'k1' };
const ring = new KeyRing(undefined as unknown as Knex, { issuer: 'iss', accessTtlSeconds: 900, rotationDays: 30, staticKeys: [jwk as never] });
const claims = { tid: 't1', ten: 'demo', roles: ['admin'] };

async function signed(withExp: boolean) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid: 'k1', typ: 'at+jwt' }).setSubject('u1').setIssuer('iss').setAudience('academy:demo').setIssuedAt();
  if (withExp) jwt.setExpirationTime('60s');
  return jwt.sign(await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA'));
}

describe('KeyRing.verify', () => {
  it('accepts a token of its own key with an expiry', async () => {
    await ring.start();
    expect((await ring.verify(await signed(true), 'demo')).sub).toBe('u1');
  });
  it('refuses a token without exp, even signed by its own key: it would never expire', async () => {
    await ring.start();
    await expect(ring.verify(await signed(false), 'demo')).rejects.toMatchObject({ status: 401, code: 'token_invalid' });
  });
});
