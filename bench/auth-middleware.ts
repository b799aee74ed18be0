/**
 * What authentication costs per request for a bearer JWT seen before (the hot case): the whole
 * passport middleware (kit/auth.ts: strategy choice, passport's per-request set-up, the key ring's
 * verified-token cache) against the cache lookup alone (what the hand-wired path did).
 *   npx tsx bench/auth-middleware.ts
 */
import { generateKeyPairSync } from 'node:crypto';
import type { Knex } from 'knex';
import type { Request, Response } from 'express';
import { KeyRing } from '../services/kit/keyring.ts';
import { authenticate } from '../services/kit/auth.ts';

const N = 200_000;
const jwk = { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), kid: 'k1' };
const ring = new KeyRing(undefined as unknown as Knex, { issuer: 'iss', accessTtlSeconds: 900, rotationDays: 30, staticKeys: [jwk as never] });
await ring.start();
const tenant = { id: 't1', slug: 'demo' };
const token = await ring.sign({ sub: 'u1', tid: 't1', ten: 'demo', roles: ['learner'] });
const mw = authenticate(ring, { issuer: 'iss', serviceToken: 'x'.repeat(40) });

function once(): Promise<void> {
  const res = { locals: { tenant } } as unknown as Response;
  const req = { headers: { authorization: `Bearer ${token}` }, res } as unknown as Request;
  return new Promise((resolve, reject) => mw(req, res, (err?: unknown) => (err ? reject(err) : res.locals.auth ? resolve() : reject(new Error('no auth')))));
}

async function time(label: string, run: () => unknown) {
  for (let i = 0; i < 20_000; i++) await run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await run();
  console.log(`${label.padEnd(52)} ${(Number(process.hrtime.bigint() - start) / 1000 / N).toFixed(2)} µs/request`);
}

await time('passport middleware, token verified before (cached)', once);
await time('the cache lookup alone (the old hand-wired hot path)', () => ring.cached(token, 'demo'));
