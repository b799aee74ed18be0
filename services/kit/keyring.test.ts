import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import knexFactory, { type Knex } from 'knex';
import { generateKeyPairSync } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { createTestDatabases } from '../../tests/support/databases.ts';
import { migrateAll } from './db/migrate.ts';
import { platformMigrations } from './platform-migrations.ts';
import { KeyRing } from './keyring.ts';
import { guardTransactions } from './db/transaction-guard.ts';

const claims = { sub: 'u1', tid: 't1', ten: 'demo', roles: ['learner'] };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyRing on real Postgres', () => {
  let dbs: Awaited<ReturnType<typeof createTestDatabases>>;
  let db: Knex;
  beforeAll(async () => {
    dbs = await createTestDatabases(1, 'keys');
    // One connection, guarded: exactly the embedded database's situation.
    db = guardTransactions(knexFactory({ client: 'pg', connection: dbs.urls[0], pool: { min: 0, max: 1 }, acquireConnectionTimeout: 2000 }));
    await migrateAll({ control: db, primaries: () => [db], clusters: () => [] } as never, [platformMigrations]);
  });
  afterAll(async () => {
    await db.destroy();
    await dbs.drop();
  });

  it('rotates from an EdDSA key that still signs to ES256 at start, and keeps verifying the EdDSA tokens', async () => {
    // What a database from before the switch holds: one EdDSA key, current for days.
    const { privateKey } = generateKeyPairSync('ed25519');
    const priv = { ...privateKey.export({ format: 'jwk' }), kid: 'old-ed' };
    const { d: _d, ...pub } = priv;
    await db('signing_keys').insert({ kid: 'old-ed', alg: 'EdDSA', public_jwk: { ...pub, alg: 'EdDSA', use: 'sig' }, private_jwk: priv, retires_at: new Date(Date.now() + 5 * 86_400_000) });
    const old = await new SignJWT({ tid: 't1', ten: 'demo', roles: ['learner'] }).setProtectedHeader({ alg: 'EdDSA', kid: 'old-ed', typ: 'at+jwt' })
      .setSubject('u1').setIssuer('i').setAudience('academy:demo').setIssuedAt().setExpirationTime('60s').sign(await importJWK({ ...priv, alg: 'EdDSA' }, 'EdDSA'));
    const ring = new KeyRing(db, { issuer: 'i', accessTtlSeconds: 60, rotationDays: 1, reloadSeconds: 60 });
    await ring.start();
    const token = await ring.sign(claims);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toMatchObject({ alg: 'ES256' });
    expect(await ring.verifyKey('old-ed', 'EdDSA')).toBeDefined();
    expect(await ring.verifyKey('old-ed', 'ES256')).toBeUndefined();
    expect((await ring.verify(old, 'demo')).sub).toBe('u1');
    expect(ring.jwks().keys.map((k) => k.alg).sort()).toEqual(['ES256', 'EdDSA']);
    ring.stop();
  });

  it('signs inside a transaction after its reload period without touching the pool', async () => {
    const ring = new KeyRing(db, { issuer: 'i', accessTtlSeconds: 60, rotationDays: 1, reloadSeconds: 1 });
    await ring.start();
    await sleep(1_200);
    const token = await db.transaction(() => ring.sign(claims));
    expect(await ring.verify(token, 'demo')).toMatchObject({ sub: 'u1', tid: 't1' });
    ring.stop();
  });

  it('picks up a key another process made, in the background', async () => {
    const mine = new KeyRing(db, { issuer: 'i', accessTtlSeconds: 60, rotationDays: 1, reloadSeconds: 1 });
    const theirs = new KeyRing(db, { issuer: 'i', accessTtlSeconds: 60, rotationDays: 1, reloadSeconds: 1 });
    await mine.start();
    await theirs.start();
    const kid = await theirs.rotate();
    await expect.poll(() => mine.jwks().keys.map((k) => k.kid), { timeout: 5_000 }).toContain(kid);
    const header = JSON.parse(Buffer.from((await mine.sign(claims)).split('.')[0], 'base64url').toString());
    expect(header.kid).toBe(kid);
    mine.stop();
    theirs.stop();
  });

  it('keeps serving the keys it has when a refresh fails', async () => {
    const errors: unknown[] = [];
    const ring = new KeyRing(db, { issuer: 'i', accessTtlSeconds: 60, rotationDays: 1, reloadSeconds: 1, onRefreshError: (e) => errors.push(e) });
    await ring.start();
    await db.schema.renameTable('signing_keys', 'signing_keys_away');
    try {
      await ring.refresh();
      expect(errors.length).toBeGreaterThan(0);
      const token = await ring.sign(claims);
      expect(await ring.verify(token, 'demo')).toMatchObject({ sub: 'u1' });
    } finally {
      await db.schema.renameTable('signing_keys_away', 'signing_keys');
      ring.stop();
    }
  });
});

// Keys from JWT_SIGNING_KEYS: this mode never reads the database, so no knex is given.
const jwk = { ...generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }), kid: 'k1' };
const staticRing = new KeyRing(undefined as unknown as Knex, { issuer: 'iss', accessTtlSeconds: 900, rotationDays: 30, staticKeys: [jwk as never] });
const staticClaims = { tid: 't1', ten: 'demo', roles: ['admin'] };

async function signed(withExp: boolean) {
  const jwt = new SignJWT(staticClaims).setProtectedHeader({ alg: 'EdDSA', kid: 'k1', typ: 'at+jwt' }).setSubject('u1').setIssuer('iss').setAudience('academy:demo').setIssuedAt();
  if (withExp) jwt.setExpirationTime('60s');
  return jwt.sign(await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA'));
}

describe('KeyRing.verify', () => {
  it('accepts a token of its own key with an expiry', async () => {
    await staticRing.start();
    expect((await staticRing.verify(await signed(true), 'demo')).sub).toBe('u1');
  });
  it('refuses a token without exp, even signed by its own key: it would never expire', async () => {
    await staticRing.start();
    await expect(staticRing.verify(await signed(false), 'demo')).rejects.toMatchObject({ status: 401, code: 'token_invalid' });
  });
});
