import { hasRole, type Principal } from '../../kit/auth.ts';
import type { ServiceContext } from '../../kit/context.ts';
import { Forbidden, NotFound } from '../../kit/errors.ts';
import { courseSummaries, type CourseSummary } from '../../courses/api.ts';
import { presentCourseDay, presentTotals } from '../presenters.ts';
import type { RangeQueryReq } from '../schemas.ts';
import { RollUpStore, type CourseDayRow } from '../store.ts';
import { csvLine } from './csv.ts';
import { addDays, dayOf } from './days.ts';

/** The range asked for, with the defaults (the 30 days up to today, or the 30 days up to `to`). */
export function resolveRange(q: RangeQueryReq, today = dayOf(Date.now())): { from: string; to: string } {
  const to = q.to ?? (q.from && q.from > today ? q.from : today);
  return { from: q.from ?? addDays(to, -29), to };
}

/** Admins see every course of their academy; instructors the courses they created. */
export async function reportableCourse(ctx: ServiceContext, tenantId: string, actor: Principal, courseId: string): Promise<CourseSummary> {
  const [course] = await courseSummaries(ctx, tenantId, [courseId]);
  if (!course) throw NotFound('No such course', 'course_not_found');
  if (!hasRole(actor, 'admin') && course.createdBy !== actor.userId) throw Forbidden('Only the course author or an admin may see its analytics', 'not_course_author');
  return course;
}

/** One course's days in a range, with totals. */
export async function courseReport(ctx: ServiceContext, props: { tenantId: string; course: CourseSummary; from: string; to: string }) {
  const rows = await new RollUpStore(ctx.dbs.controlRead).courseDays(props.tenantId, props.course.id, props.from, props.to);
  return { course: { id: props.course.id, title: props.course.title }, from: props.from, to: props.to, days: rows.map(presentCourseDay), totals: presentTotals(rows) };
}

/** Every course of the academy over a range (admins). */
export async function tenantOverview(ctx: ServiceContext, props: { tenantId: string; from: string; to: string }) {
  const [rows, courses] = await Promise.all([new RollUpStore(ctx.dbs.controlRead).tenantDays(props.tenantId, props.from, props.to), courseSummaries(ctx, props.tenantId)]);
  const titles = new Map(courses.map((c) => [c.id, c.title]));
  const byCourse = new Map<string, CourseDayRow[]>();
  for (const r of rows) byCourse.set(r.course_id, [...(byCourse.get(r.course_id) ?? []), r]);
  return {
    from: props.from,
    to: props.to,
    courses: [...byCourse].map(([courseId, days]) => ({ courseId, title: titles.get(courseId) ?? '', ...presentTotals(days) })),
  };
}

const COLUMNS = ['course_id', 'course_title', 'day', 'enrollments', 'active_learners', 'completions', 'quiz_attempts', 'quiz_passed', 'quiz_pass_rate', 'enrolled_total', 'completed_total', 'completion_rate', 'average_progress'];

/** A course report as CSV lines: a header, then a day per line; one revenue column per currency seen. */
export function* courseCsv(report: Awaited<ReturnType<typeof courseReport>>): Generator<string> {
  const currencies = [...new Set(report.days.flatMap((d) => Object.keys(d.revenue)))].sort();
  yield csvLine([...COLUMNS, ...currencies.map((c) => `revenue_${c}`)]);
  for (const d of report.days) {
    yield csvLine([
      report.course.id, report.course.title, d.day, d.enrollments, d.activeLearners, d.completions, d.quizAttempts, d.quizPassed, d.quizPassRate,
      d.enrolledTotal, d.completedTotal, d.completionRate, d.averageProgress, ...currencies.map((c) => d.revenue[c] ?? 0),
    ]);
  }
}
