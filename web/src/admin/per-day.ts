export interface DayCount {
  day: string;
  enrolled: number;
  completed: number;
}

/** Cumulative enrollments and completions per day (UTC), from the first enrollment to today. */
export function perDay(items: { enrolledAt: string; completedAt: string | null }[], today = new Date()): DayCount[] {
  if (items.length === 0) return [];
  const key = (iso: string) => iso.slice(0, 10);
  const enrolled = new Map<string, number>();
  const completed = new Map<string, number>();
  for (const e of items) {
    enrolled.set(key(e.enrolledAt), (enrolled.get(key(e.enrolledAt)) ?? 0) + 1);
    if (e.completedAt) completed.set(key(e.completedAt), (completed.get(key(e.completedAt)) ?? 0) + 1);
  }
  const first = new Date(`${[...enrolled.keys()].sort()[0]}T00:00:00Z`);
  const out: DayCount[] = [];
  let e = 0;
  let c = 0;
  for (let d = first; key(d.toISOString()) <= key(today.toISOString()); d = new Date(d.getTime() + 86_400_000)) {
    const k = key(d.toISOString());
    e += enrolled.get(k) ?? 0;
    c += completed.get(k) ?? 0;
    out.push({ day: k, enrolled: e, completed: c });
  }
  return out;
}
