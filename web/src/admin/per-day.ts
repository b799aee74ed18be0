export interface DayCount {
  day: string;
  enrolled: number;
  completed: number;
}

/** Chart points from the analytics roll-ups: enrolled and completed to date, per UTC day. */
export function perDay(days: { day: string; enrolledTotal: number; completedTotal: number }[]): DayCount[] {
  return days.map((d) => ({ day: d.day, enrolled: d.enrolledTotal, completed: d.completedTotal }));
}
