/**
 * Key material of a tenant: made once by the operator, kept in the tenant's Secret, and passed
 * back into the TenantChart on every reconcile so a reconcile never replaces live keys.
 */
import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

/** One JWT signing key (Ed25519, JWK with `kid`), private part included. */
export interface SigningJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly kid: string;
  readonly alg: 'EdDSA';
  readonly use: 'sig';
  readonly x: string;
  readonly d: string;
}

export interface TenantKeys {
  /** JWT signing keys, newest first. */
  readonly signingKeys: readonly SigningJwk[];
  /** Shared secret of service-to-service calls (operator -> courses), at least 32 characters. */
  readonly serviceToken: string;
}

/** Keys of the tenant Secret. */
export const SIGNING_KEYS_KEY = 'JWT_SIGNING_KEYS';
export const SERVICE_TOKEN_KEY = 'SERVICE_TOKEN';

function jwkOf(privateKey: KeyObject, kid: string): SigningJwk {
  const jwk = privateKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x || !jwk.d) throw new Error('expected an Ed25519 private key');
  return { kty: 'OKP', crv: 'Ed25519', kid, alg: 'EdDSA', use: 'sig', x: jwk.x, d: jwk.d };
}

/** Fresh random keys: what the operator makes the first time it reconciles a tenant. */
export function generateTenantKeys(): TenantKeys {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { signingKeys: [jwkOf(privateKey, randomBytes(8).toString('hex'))], serviceToken: randomBytes(32).toString('base64url') };
}

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * SYNTH ONLY — NOT SECRET. Keys derived from the tenant name so `npm run synth` writes the same
 * bytes every time. Anyone can recompute them: never apply them to a real cluster.
 */
export function synthOnlyTenantKeys(tenantName: string): TenantKeys {
  const seed = createHash('sha256').update(`academy synth-only signing key for ${tenantName}`).digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const serviceToken = createHash('sha256').update(`academy synth-only service token for ${tenantName}`).digest('base64url');
  return { signingKeys: [jwkOf(privateKey, `synth-${tenantName}`)], serviceToken };
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
    if (key.kty !== 'OKP' || key.crv !== 'Ed25519' || !key.d || !key.x || !key.kid) {
      throw new Error(`tenant keys: signing key ${key.kid || '<no kid>'} is not an Ed25519 private JWK with a kid`);
    }
  }
  if (keys.serviceToken.length < 32) throw new Error(`tenant keys: serviceToken has ${keys.serviceToken.length} characters, at least 32 needed`);
}
