/**
 * Key material of a tenant: made once by the operator, kept in the tenant's Secret, and passed
 * back into the TenantChart on every reconcile so a reconcile never replaces live keys.
 */
import { createECDH, createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

/**
 * One JWT signing key, private part included: ES256 (P-256) for keys made now — the academy
 * verifies with passport-jwt (jsonwebtoken), which has no EdDSA. Ed25519 keys made before the
 * switch stay in the Secret behind a new ES256 key and only verify (`withCurrentSigningKey`).
 */
export type SigningJwk =
  | { readonly kty: 'EC'; readonly crv: 'P-256'; readonly kid: string; readonly alg: 'ES256'; readonly use: 'sig'; readonly x: string; readonly y: string; readonly d: string }
  | { readonly kty: 'OKP'; readonly crv: 'Ed25519'; readonly kid: string; readonly alg: 'EdDSA'; readonly use: 'sig'; readonly x: string; readonly d: string };

export interface TenantKeys {
  /** JWT signing keys, newest first (the first signs). */
  readonly signingKeys: readonly SigningJwk[];
  /** Shared secret of service-to-service calls (operator -> courses), at least 32 characters. */
  readonly serviceToken: string;
}

/** Keys of the tenant Secret. */
export const SIGNING_KEYS_KEY = 'JWT_SIGNING_KEYS';
export const SERVICE_TOKEN_KEY = 'SERVICE_TOKEN';

function jwkOf(privateKey: KeyObject, kid: string): SigningJwk {
  const jwk = privateKey.export({ format: 'jwk' });
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y || !jwk.d) throw new Error('expected a P-256 private key');
  return { kty: 'EC', crv: 'P-256', kid, alg: 'ES256', use: 'sig', x: jwk.x, y: jwk.y, d: jwk.d };
}

const newSigningKey = () => jwkOf(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, randomBytes(8).toString('hex'));

/** Fresh random keys: what the operator makes the first time it reconciles a tenant. */
export function generateTenantKeys(): TenantKeys {
  return { signingKeys: [newSigningKey()], serviceToken: randomBytes(32).toString('base64url') };
}

/**
 * Keys whose newest signing key is ES256: a Secret made before the switch (Ed25519 first) gets a
 * new ES256 key in front; the Ed25519 keys stay behind it and keep verifying the tokens they
 * signed, so nobody is signed out. Unchanged (the same object) when the newest is already ES256.
 */
export function withCurrentSigningKey(keys: TenantKeys): TenantKeys {
  if (keys.signingKeys[0]?.alg === 'ES256') return keys;
  return { ...keys, signingKeys: [newSigningKey(), ...keys.signingKeys] };
}

/**
 * SYNTH ONLY — NOT SECRET. Keys derived from the tenant name so `npm run synth` writes the same
 * bytes every time. Anyone can recompute them: never apply them to a real cluster.
 */
export function synthOnlyTenantKeys(tenantName: string): TenantKeys {
  const seed = createHash('sha256').update(`academy synth-only signing key for ${tenantName}`).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(seed);
  const pub = ecdh.getPublicKey(); // 0x04 || x || y
  const b64 = (b: Buffer) => b.toString('base64url');
  const key: SigningJwk = { kty: 'EC', crv: 'P-256', kid: `synth-${tenantName}`, alg: 'ES256', use: 'sig', x: b64(pub.subarray(1, 33)), y: b64(pub.subarray(33)), d: b64(seed) };
  const serviceToken = createHash('sha256').update(`academy synth-only service token for ${tenantName}`).digest('base64url');
  return { signingKeys: [key], serviceToken };
}

/**
 * Reads keys back from the tenant Secret's `data` (base64 values). Undefined when the Secret has
 * none yet (make them with `generateTenantKeys`); throws when they exist but are unreadable, so a
 * damaged Secret is reported instead of silently replaced (which would log every learner out).
 */
export function keysFromSecretData(data: Readonly<Record<string, string>> | undefined): TenantKeys | undefined {
  const keys = data?.[SIGNING_KEYS_KEY];
  const token = data?.[SERVICE_TOKEN_KEY];
  if (keys === undefined && token === undefined) return undefined;
  if (keys === undefined || token === undefined) {
    throw new Error(`tenant keys Secret has ${keys === undefined ? SERVICE_TOKEN_KEY : SIGNING_KEYS_KEY} but not ${keys === undefined ? SIGNING_KEYS_KEY : SERVICE_TOKEN_KEY}`);
  }
  let parsed: { keys?: SigningJwk[] };
  try {
    parsed = JSON.parse(Buffer.from(keys, 'base64').toString('utf8')) as { keys?: SigningJwk[] };
  } catch (error) {
    throw new Error(`tenant keys Secret: ${SIGNING_KEYS_KEY} is not JSON (${(error as Error).message})`);
  }
  const result: TenantKeys = { signingKeys: Array.isArray(parsed.keys) ? parsed.keys : [], serviceToken: Buffer.from(token, 'base64').toString('utf8') };
  assertTenantKeys(result);
  return result;
}

/** Throws naming the problem when `keys` cannot sign. */
export function assertTenantKeys(keys: TenantKeys): void {
  if (keys.signingKeys.length === 0) throw new Error('tenant keys: at least one signing key is needed');
  for (const key of keys.signingKeys) {
    const ok = key.kty === 'EC' ? key.crv === 'P-256' && !!key.y : key.kty === 'OKP' && key.crv === 'Ed25519';
    if (!ok || !key.d || !key.x || !key.kid) {
      throw new Error(`tenant keys: signing key ${key.kid || '<no kid>'} is not a P-256 or Ed25519 private JWK with a kid`);
    }
  }
  if (keys.serviceToken.length < 32) throw new Error(`tenant keys: serviceToken has ${keys.serviceToken.length} characters, at least 32 needed`);
}
