import { z } from 'zod';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { CourseIdParams, CourseReportSchema, OverviewSchema, QueuedSchema, RangeQuery, RollUpBody } from './schemas.ts';
import { courseCsv, courseReport, reportableCourse, resolveRange, tenantOverview } from './domain/reports.ts';
import { queueRollUps } from './domain/jobs.ts';
import { daysBetween } from './domain/days.ts';
import { safeFileName } from './domain/csv.ts';

const tags = ['analytics'];
const PRIVATE = { 'cache-control': 'private, no-store' };

/** Roll-ups per course and day (JSON and CSV), the academy's overview, a roll-up on demand. */
export function analyticsRoutes(book: RouteBook, ctx: ServiceContext) {
  book.add(
    {
      method: 'get', path: '/analytics/courses/:id', summary: 'A course\'s learning analytics per day over a date range (course authors, admins)', tags,
      access: ['instructor', 'admin'], params: CourseIdParams, query: RangeQuery,
      responses: { 200: { description: 'The days rolled up in the range, and their totals', schema: CourseReportSchema }, 403: { description: 'not_course_author' }, 404: { description: 'course_not_found' } },
      errors: ['not_course_author', 'course_not_found'],
    },
    async ({ tenant, auth, params, query }) => {
      const course = await reportableCourse(ctx, tenant.id, auth, params.id);
      return { body: await courseReport(ctx, { tenantId: tenant.id, course, ...resolveRange(query) }), headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'get', path: '/analytics/courses/:id/csv', summary: 'The same report as a CSV file (one line per day; a revenue column per currency)', tags,
      access: ['instructor', 'admin'], params: CourseIdParams, query: RangeQuery,
      responses: {
        200: {
          description: 'text/csv, RFC 4180, CRLF line ends, a header line',
          contentType: 'text/csv',
          schema: z.string(),
          headers: { 'Content-Disposition': { description: 'attachment; filename="analytics-<course>-<from>-<to>.csv"', schema: { type: 'string' } } },
        },
        403: { description: 'not_course_author' },
        404: { description: 'course_not_found' },
      },
      errors: ['not_course_author', 'course_not_found'],
    },
    async ({ res, tenant, auth, params, query }) => {
      const course = await reportableCourse(ctx, tenant.id, auth, params.id);
      const range = resolveRange(query);
      const report = await courseReport(ctx, { tenantId: tenant.id, course, ...range });
      res.status(200).set({
        ...PRIVATE,
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="analytics-${safeFileName(course.title)}-${range.from}-${range.to}.csv"`,
      });
      for (const line of courseCsv(report)) res.write(line);
      res.end();
    },
  );

  book.add(
    {
      method: 'get', path: '/analytics/overview', summary: 'Every course of the academy over a date range: totals per course (admins)', tags,
      access: ['admin'], query: RangeQuery,
      responses: { 200: { description: 'Courses with a roll-up in the range', schema: OverviewSchema } },
    },
    async ({ tenant, query }) => ({ body: await tenantOverview(ctx, { tenantId: tenant.id, ...resolveRange(query) }), headers: PRIVATE }),
  );

  book.add(
    {
      method: 'post', path: '/analytics/rollups', summary: 'Recompute the roll-ups of some days of this academy now (queued; a re-run replaces, never adds)', tags,
      access: ['admin'], body: RollUpBody,
      responses: { 202: { description: 'Queued: one job per day', schema: QueuedSchema } },
    },
    async ({ tenant, body }) => {
      const days = daysBetween(body.from, body.to ?? body.from);
      const jobs = await queueRollUps(ctx, { days, tenantId: tenant.id });
      return { status: 202, body: { days, jobs } };
    },
  );
}
