import { describe, expect, it } from 'vitest';
import { CLEARED, lockedUntilAfter, reserveAttempt, secondsLocked, type AttemptState } from './lockout.ts';

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

describe('reserveAttempt', () => {
  const t0 = new Date('2026-01-01T00:00:00Z');
  const at = (s: number) => new Date(t0.getTime() + s * 1000);

  it('counts an attempt before the check: the 5th reservation in a burst already makes the next wait', () => {
    let state: AttemptState = CLEARED;
    const outcomes = [];
    for (let i = 0; i < 8; i++) {
      const r = reserveAttempt(state, t0);
      outcomes.push('wait' in r ? `wait ${r.wait}` : 'check');
      if ('next' in r) state = r.next;
    }
    expect(outcomes).toEqual(['check', 'check', 'check', 'check', 'check', 'wait 1', 'wait 1', 'wait 1']);
  });

  it('forgets failures once a lock has run out: one wrong try after the lock is free again', () => {
    let state: AttemptState = CLEARED;
    let now = t0;
    for (let i = 0; i < 10; i++) {
      const r = reserveAttempt(state, now);
      if ('wait' in r) now = new Date(now.getTime() + r.wait * 1000);
      else state = r.next;
      if ('wait' in r) i--;
    }
    expect(state.failures).toBe(10);
    expect(secondsLocked(state.lockedUntil, now)).toBe(900);
    const after = reserveAttempt(state, new Date(state.lockedUntil!.getTime()));
    expect(after).toEqual({ next: { failures: 1, lastFailedAt: state.lockedUntil, lockedUntil: null } });
  });

  it('keeps counting failures that are close together', () => {
    const r = reserveAttempt({ failures: 3, lastFailedAt: at(0), lockedUntil: null }, at(60));
    expect(r).toEqual({ next: { failures: 4, lastFailedAt: at(60), lockedUntil: null } });
  });
});
