/**
 * Failed-login throttling, per account: the first 4 failures cost nothing; from the 5th the
 * account waits 1, 2, 4, 8, 16 s before the next try (slow down); from the 10th it is locked for
 * 15 minutes. A success resets the count. While waiting, the password is not even checked.
 *
 * Attempts are counted *before* the password is checked (issue #8): each check first reserves
 * its attempt atomically, as if it were going to fail, and only a success gives it back. So
 * however many requests arrive at once, at most FREE_FAILURES + 1 checks run before the account
 * has to wait — the count can never be outrun by concurrency.
 *
 * Failures decay: one older than FAILURE_MEMORY_SECONDS is forgotten, so when a 15-minute lock
 * ends the count starts again from nothing (one wrong try no longer re-locks the account for
 * another 15 minutes, which let an attacker keep a victim out with one request per lock).
 */
export const FREE_FAILURES = 4;
export const LOCK_AFTER = 10;
export const LOCK_SECONDS = 15 * 60;
export const FAILURE_MEMORY_SECONDS = LOCK_SECONDS;

/** What is stored per account (or, for unknown emails, per email in the key-value store). */
export interface AttemptState {
  failures: number;
  lastFailedAt: Date | null;
  lockedUntil: Date | null;
}

/** When the account may try again after `failures` consecutive failures (null: at once). */
export function lockedUntilAfter(failures: number, now: Date): Date | null {
  if (failures <= FREE_FAILURES) return null;
  const seconds = failures >= LOCK_AFTER ? LOCK_SECONDS : 2 ** (failures - FREE_FAILURES - 1);
  return new Date(now.getTime() + seconds * 1000);
}

/** Seconds left before the next attempt, or 0. */
export function secondsLocked(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 1000));
}

/**
 * Reserves one password check: either the seconds to wait (no check may run), or the state to
 * store before checking — the attempt counted as a failure until it succeeds.
 */
export function reserveAttempt(state: AttemptState, now: Date): { wait: number } | { next: AttemptState } {
  const wait = secondsLocked(state.lockedUntil, now);
  if (wait > 0) return { wait };
  const forgotten = !state.lastFailedAt || now.getTime() - new Date(state.lastFailedAt).getTime() >= FAILURE_MEMORY_SECONDS * 1000;
  const failures = (forgotten ? 0 : state.failures) + 1;
  return { next: { failures, lastFailedAt: now, lockedUntil: lockedUntilAfter(failures, now) } };
}

/** The state after a successful sign-in. */
export const CLEARED: AttemptState = { failures: 0, lastFailedAt: null, lockedUntil: null };
