import { describe, expect, it } from 'vitest';
import { currentTotp, newTotpSecret, verifyTotp } from './mfa.ts';

describe('TOTP', () => {
  it('makes an otpauth URI and accepts the current code, with one step of skew', () => {
    const { secret, otpauthUri } = newTotpSecret('ada@example.com', 'Demo Academy');
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Demo%20Academy:ada%40example\.com\?/);
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const step = Math.floor(now / 30_000);
    expect(verifyTotp(secret, currentTotp(secret, now), now)).toBe(step);
    expect(verifyTotp(secret, currentTotp(secret, now - 30_000), now)).toBe(step - 1);
    expect(verifyTotp(secret, currentTotp(secret, now - 120_000), now)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now)).toBeNull();
  });
});
