import * as OTPAuth from 'otpauth';
import { createHash } from 'node:crypto';

const PERIOD = 30;

function totpFor(secretBase32: string, label = 'account', issuer = 'TrendTactics Academy') {
  return new OTPAuth.TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

/** A new TOTP secret and the otpauth:// URI an authenticator app scans. */
export function newTotpSecret(label: string, issuer: string): { secret: string; otpauthUri: string } {
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  return { secret, otpauthUri: totpFor(secret, label, issuer).toString() };
}

/**
 * Checks a code (±1 step of clock skew) and returns its time step, or null. Callers refuse a
 * step at or below the last one used, so a code cannot be replayed.
 */
export function verifyTotp(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

/** The current code (tests and tools only). */
export function currentTotp(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp: now });
}

/** Recovery codes issued when MFA is enabled: each signs in once in place of a TOTP code. */
export const RECOVERY_CODE_COUNT = 10;

/** `xxxxx-xxxxx` in lower-case base32: 50 bits each, typed by hand from a printout. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = new OTPAuth.Secret({ size: 7 }).base32.slice(0, 10).toLowerCase();
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

/** How a recovery code is stored (and looked up): SHA-256 of its normalised form. */
export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase().replace(/[\s-]/g, '')).digest('hex');
}
