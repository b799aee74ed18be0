import type { CourseDayRow } from './store.ts';

const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

const revenueOf = (r: CourseDayRow['revenue']) => Object.fromEntries(Object.entries(r ?? {}).map(([c, v]) => [c, Number(v)]));

/** One day of a course as the API shows it (rates computed here, rounded to 4 places). */
export function presentCourseDay(r: CourseDayRow) {
  return {
    day: r.day,
    enrollments: r.enrollments,
    activeLearners: r.active_learners,
    completions: r.completions,
    quizAttempts: r.quiz_attempts,
    quizPassed: r.quiz_passed,
    quizPassRate: ratio(r.quiz_passed, r.quiz_attempts),
    revenue: revenueOf(r.revenue),
    enrolledTotal: r.enrolled_total,
    completedTotal: r.completed_total,
    completionRate: ratio(r.completed_total, r.enrolled_total),
    averageProgress: ratio(r.progress_sum, r.enrolled_total),
    computedAt: new Date(r.computed_at).toISOString(),
  };
}

/**
 * A range summed: activity added up, quiz pass rate over all attempts, "to date" figures as of
 * the last day rolled up. Active learners are not summed (the same learner is active on many days).
 */
export function presentTotals(rows: CourseDayRow[]) {
  const revenue: Record<string, number> = {};
  let enrollments = 0, completions = 0, quizAttempts = 0, quizPassed = 0;
  for (const r of rows) {
    enrollments += r.enrollments;
    completions += r.completions;
    quizAttempts += r.quiz_attempts;
    quizPassed += r.quiz_passed;
    for (const [c, v] of Object.entries(revenueOf(r.revenue))) revenue[c] = (revenue[c] ?? 0) + v;
  }
  const last = rows[rows.length - 1];
  return {
    enrollments,
    completions,
    quizAttempts,
    quizPassed,
    quizPassRate: ratio(quizPassed, quizAttempts),
    revenue,
    enrolledTotal: last?.enrolled_total ?? 0,
    completedTotal: last?.completed_total ?? 0,
    completionRate: last ? ratio(last.completed_total, last.enrolled_total) : null,
    averageProgress: last ? ratio(last.progress_sum, last.enrolled_total) : null,
  };
}
