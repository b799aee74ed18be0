import { SignJWT, importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { SERVICE_TOKEN_KEY, SIGNING_KEYS_KEY, generateTenantKeys, keysFromSecretData, synthOnlyTenantKeys, withCurrentSigningKey, type SigningJwk } from './tenant-keys.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('tenant keys', () => {
  // The academy signs with jose and verifies with passport-jwt (jsonwebtoken, no EdDSA): ES256.
  for (const [what, keys] of [['generated', () => generateTenantKeys()], ['synth-only', () => synthOnlyTenantKeys('demo')]] as const) {
    it(`${what} keys are ES256 and sign a JWT that verifies, and import as the KeyObject passport-jwt is given`, async () => {
      const key = keys().signingKeys[0];
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
      const { d: _d, ...publicJwk } = key;
      const token = await new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'ES256', kid: key.kid }).sign(await importJWK(key, 'ES256'));
      expect((await jwtVerify(token, await importJWK(publicJwk, 'ES256'))).payload.sub).toBe('u1');
      // The academy hands jsonwebtoken a node KeyObject made from the public JWK (kit/keyring.ts).
      expect(createPublicKey({ key: publicJwk as never, format: 'jwk' }).asymmetricKeyDetails).toMatchObject({ namedCurve: 'prime256v1' });
    });
  }

  it('puts an ES256 key in front of a Secret from before the switch, keeping its Ed25519 keys (verify-only)', () => {
    const ed = { ...generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }), kid: 'old', alg: 'EdDSA', use: 'sig' } as SigningJwk;
    const old = { signingKeys: [ed], serviceToken: 'x'.repeat(40) };
    const upgraded = withCurrentSigningKey(old);
    expect(upgraded.signingKeys.map((k) => k.alg)).toEqual(['ES256', 'EdDSA']);
    expect(upgraded.signingKeys[1]).toBe(ed);
    expect(withCurrentSigningKey(upgraded)).toBe(upgraded); // once upgraded, unchanged
    const data = { [SIGNING_KEYS_KEY]: b64(JSON.stringify({ keys: upgraded.signingKeys })), [SERVICE_TOKEN_KEY]: b64(upgraded.serviceToken) };
    expect(keysFromSecretData(data)).toEqual(upgraded);
  });

  it('generated keys differ every time; synth-only keys are the same for the same tenant', () => {
    expect(generateTenantKeys().signingKeys[0].d).not.toBe(generateTenantKeys().signingKeys[0].d);
    expect(synthOnlyTenantKeys('demo')).toEqual(synthOnlyTenantKeys('demo'));
    expect(synthOnlyTenantKeys('demo').signingKeys[0].x).not.toBe(synthOnlyTenantKeys('other').signingKeys[0].x);
  });

  it('reads nothing from a Secret without keys, and refuses a damaged one instead of replacing it', () => {
    expect(keysFromSecretData(undefined)).toBeUndefined();
    expect(keysFromSecretData({})).toBeUndefined();
    expect(() => keysFromSecretData({ [SIGNING_KEYS_KEY]: b64('not json'), [SERVICE_TOKEN_KEY]: b64('x'.repeat(40)) })).toThrow(`${SIGNING_KEYS_KEY} is not JSON`);
    expect(() => keysFromSecretData({ [SERVICE_TOKEN_KEY]: b64('x'.repeat(40)) })).toThrow(`has ${SERVICE_TOKEN_KEY} but not ${SIGNING_KEYS_KEY}`);
    expect(() => keysFromSecretData({ [SIGNING_KEYS_KEY]: b64('{"keys":[]}'), [SERVICE_TOKEN_KEY]: b64('x'.repeat(40)) })).toThrow('at least one signing key');
  });
});
