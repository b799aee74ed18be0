/** Calendar days (UTC) as `YYYY-MM-DD`: what roll-ups are keyed by. */
const DAY_MS = 86_400_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isDay(s: string): boolean {
  if (!DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function dayOf(t: Date | number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return dayOf(new Date(`${day}T00:00:00Z`).getTime() + n * DAY_MS);
}

/** Start (inclusive) and end (exclusive) of a day, as instants. */
export function dayBounds(day: string): [Date, Date] {
  const start = new Date(`${day}T00:00:00Z`);
  return [start, new Date(start.getTime() + DAY_MS)];
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Number of days from `from` to `to`, both included. */
export function spanDays(from: string, to: string): number {
  return Math.round((dayBounds(to)[0].getTime() - dayBounds(from)[0].getTime()) / DAY_MS) + 1;
}
