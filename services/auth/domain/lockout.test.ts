import { describe, expect, it } from 'vitest';
import { lockedUntilAfter, secondsLocked } from './lockout.ts';

describe('login lockout schedule', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const wait = (n: number) => secondsLocked(lockedUntilAfter(n, now), now);
  it('lets four failures pass, then doubles the wait, then locks 15 minutes', () => {
    expect([1, 2, 3, 4].map(wait)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map(wait)).toEqual([1, 2, 4, 8, 16]);
    expect(wait(10)).toBe(900);
    expect(wait(25)).toBe(900);
  });
});
