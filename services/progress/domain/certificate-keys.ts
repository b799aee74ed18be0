import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import type { Knex } from 'knex';

export interface TenantKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: { kty: string; crv: string; x: string; kid: string; alg: string; use: string };
  publicPem: string;
}

/**
 * One Ed25519 key pair per academy for certificates, made on first need and kept on the control
 * database (concurrent first uses agree on one key: insert-if-absent, then read).
 */
export class CertificateKeys {
  private cache = new Map<string, TenantKey>();

  constructor(private readonly control: Knex) {}

  async forTenant(tenantId: string): Promise<TenantKey> {
    const hit = this.cache.get(tenantId);
    if (hit) return hit;
    let row = await this.control('certificate_keys').where({ tenant_id: tenantId }).first();
    if (!row) {
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const kid = randomUUID();
      await this.control('certificate_keys')
        .insert({ tenant_id: tenantId, kid, public_jwk: publicKey.export({ format: 'jwk' }), private_jwk: privateKey.export({ format: 'jwk' }) })
        .onConflict('tenant_id')
        .ignore();
      row = await this.control('certificate_keys').where({ tenant_id: tenantId }).first();
    }
    const publicKey = createPublicKey({ key: row.public_jwk, format: 'jwk' });
    const key: TenantKey = {
      kid: row.kid,
      privateKey: createPrivateKey({ key: row.private_jwk, format: 'jwk' }),
      publicKey,
      publicJwk: { ...row.public_jwk, kid: row.kid, alg: 'EdDSA', use: 'sig' },
      publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    };
    this.cache.set(tenantId, key);
    return key;
  }
}

/** What a certificate's signature covers. */
export interface CertificateClaims {
  code: string;
  tenant: string;
  learnerName: string;
  courseTitle: string;
  issuedAt: string;
}

/** The exact bytes signed: JSON with keys in a fixed (sorted) order and no spaces. */
export function canonicalClaims(c: CertificateClaims): string {
  return JSON.stringify({ code: c.code, courseTitle: c.courseTitle, issuedAt: c.issuedAt, learnerName: c.learnerName, tenant: c.tenant });
}

export function signClaims(key: KeyObject, c: CertificateClaims): string {
  return sign(null, Buffer.from(canonicalClaims(c)), key).toString('base64url');
}

export function verifyClaims(key: KeyObject, c: CertificateClaims, signature: string): boolean {
  return verify(null, Buffer.from(canonicalClaims(c)), key, Buffer.from(signature, 'base64url'));
}
