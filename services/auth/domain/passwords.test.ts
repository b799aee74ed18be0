import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

describe('password policy', () => {
  it('refuses short, common, repeated and email-like passwords', () => {
    expect(passwordProblem('short', 'a@b.co')).toMatch(/at least 10/);
    expect(passwordProblem('Password123', 'a@b.co')).toMatch(/common/);
    expect(passwordProblem('aaaaaaaaaaaa', 'a@b.co')).toMatch(/repeat/);
    expect(passwordProblem('jane.doe.1990@x.io', 'jane.doe.1990@x.io')).toMatch(/email/);
  });
  it('accepts a long uncommon password', () => {
    expect(passwordProblem('correct horse battery', 'a@b.co')).toBeUndefined();
  });
});

describe('argon2id hashing', () => {
  it('hashes with argon2id and verifies only the same password', async () => {
    const h = await hashPassword('correct horse battery');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(h, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
