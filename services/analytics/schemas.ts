import { z } from 'zod';
import { dayOf, isDay, spanDays } from './domain/days.ts';

/** Longest range a report covers. */
export const MAX_RANGE_DAYS = 366;

const Day = z.string().refine(isDay, 'must be a calendar day written YYYY-MM-DD');

/** `from`/`to` (UTC days, both included). Defaults: the 30 days up to today. */
export const RangeQuery = z
  .object({ from: Day.optional(), to: Day.optional() })
  .strict()
  .superRefine((q, c) => {
    if (!q.from) return;
    // Without `to`, the range ends today (or at `from` when that is later).
    const to = q.to ?? (q.from > dayOf(Date.now()) ? q.from : dayOf(Date.now()));
    const field = q.to ? 'to' : 'from';
    if (q.from > to) c.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (spanDays(q.from, to) > MAX_RANGE_DAYS) c.addIssue({ code: 'custom', path: [field], message: `the range may cover at most ${MAX_RANGE_DAYS} days` });
  });
export type RangeQueryReq = z.infer<typeof RangeQuery>;

export const CourseIdParams = z.object({ id: z.uuid() });

export const RollUpBody = z
  .object({ from: Day, to: Day.optional() })
  .strict()
  .superRefine((q, c) => {
    if (q.to && q.from > q.to) c.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (q.to && spanDays(q.from, q.to) > 31) c.addIssue({ code: 'custom', path: ['to'], message: 'at most 31 days at once' });
  });

const Revenue = z.record(z.string(), z.number().int()).describe('Currency → minor units paid minus refunded');

export const CourseDaySchema = z.object({
  day: z.string(),
  enrollments: z.number().int(),
  activeLearners: z.number().int(),
  completions: z.number().int(),
  quizAttempts: z.number().int(),
  quizPassed: z.number().int(),
  quizPassRate: z.number().nullable(),
  revenue: Revenue,
  enrolledTotal: z.number().int(),
  completedTotal: z.number().int(),
  completionRate: z.number().nullable(),
  averageProgress: z.number().nullable(),
  computedAt: z.string(),
});

const Totals = z.object({
  enrollments: z.number().int(),
  completions: z.number().int(),
  quizAttempts: z.number().int(),
  quizPassed: z.number().int(),
  quizPassRate: z.number().nullable(),
  revenue: Revenue,
  enrolledTotal: z.number().int().describe('By the last day of the range'),
  completedTotal: z.number().int(),
  completionRate: z.number().nullable(),
  averageProgress: z.number().nullable(),
});

export const CourseReportSchema = z.object({
  course: z.object({ id: z.uuid(), title: z.string() }),
  from: z.string(),
  to: z.string(),
  days: z.array(CourseDaySchema).describe('Days rolled up so far, oldest first (a day with no roll-up yet is absent)'),
  totals: Totals,
});

export const OverviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  courses: z.array(Totals.extend({ courseId: z.uuid(), title: z.string() })),
});

export const QueuedSchema = z.object({ days: z.array(z.string()), jobs: z.array(z.string()) });
