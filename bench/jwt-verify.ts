/**
 * What a bearer token's signature check costs per uncached request: ES256 through jsonwebtoken
 * (what passport-jwt runs) against EdDSA through jose (the old path, still used for tokens signed
 * before the switch). Cached tokens (the key ring remembers verified ones) skip this entirely.
 *   npx tsx bench/jwt-verify.ts
 */
import { SignJWT, generateKeyPair, jwtVerify, exportJWK } from 'jose';
import jwt from 'jsonwebtoken';
import { createPublicKey } from 'node:crypto';

const N = 5_000;
const claims = { tid: 't', ten: 'demo', roles: ['learner'] };

async function token(alg: 'ES256' | 'EdDSA') {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const t = await new SignJWT(claims).setProtectedHeader({ alg, kid: 'k', typ: 'at+jwt' }).setSubject('u').setIssuer('i').setAudience('academy:demo').setExpirationTime('1h').sign(privateKey);
  return { t, publicKey, keyObject: createPublicKey({ key: (await exportJWK(publicKey)) as never, format: 'jwk' }) };
}

async function time(label: string, run: () => unknown) {
  for (let i = 0; i < 500; i++) await run(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await run();
  const us = Number(process.hrtime.bigint() - start) / 1000 / N;
  console.log(`${label.padEnd(44)} ${us.toFixed(1)} µs/verify`);
}

const es = await token('ES256');
const ed = await token('EdDSA');
await time('ES256, jsonwebtoken (passport-jwt)', () => jwt.verify(es.t, es.keyObject, { algorithms: ['ES256'], issuer: 'i', complete: true }));
await time('ES256, jose', () => jwtVerify(es.t, es.publicKey, { algorithms: ['ES256'], issuer: 'i' }));
await time('EdDSA, jose (legacy strategy / old path)', () => jwtVerify(ed.t, ed.publicKey, { algorithms: ['EdDSA'], issuer: 'i' }));
