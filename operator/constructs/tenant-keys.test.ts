import { SignJWT, importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { SERVICE_TOKEN_KEY, SIGNING_KEYS_KEY, generateTenantKeys, keysFromSecretData, synthOnlyTenantKeys } from './tenant-keys.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('tenant keys', () => {
  it('generated keys sign and verify a JWT (Ed25519, as the services use)', async () => {
    const { signingKeys } = generateTenantKeys();
    const { d: _d, ...publicJwk } = signingKeys[0];
    const token = await new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'EdDSA', kid: signingKeys[0].kid }).sign(await importJWK(signingKeys[0], 'EdDSA'));
    const { payload } = await jwtVerify(token, await importJWK(publicJwk, 'EdDSA'));
    expect(payload.sub).toBe('u1');
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
