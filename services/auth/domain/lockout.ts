/**
 * Failed-login throttling, per account: the first 4 failures cost nothing; from the 5th the
 * account waits 1, 2, 4, 8, 16 s before the next try (slow down); from the 10th it is locked for
 * 15 minutes. A success resets the count. While waiting, the password is not even checked.
 */
export const FREE_FAILURES = 4;
export const LOCK_AFTER = 10;
export const LOCK_SECONDS = 15 * 60;

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
