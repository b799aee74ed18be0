import { z } from 'zod';
import { LessonTypeSchema } from '../courses/api.ts';

/** Heartbeats further ahead of the server clock than this are treated as sent now + this. */
export const MAX_CLIENT_CLOCK_AHEAD_MS = 60_000;
/** No lesson is longer than a day: larger positions are a client bug, not a position. */
export const MAX_POSITION_SECONDS = 24 * 3600;

const clientTs = z
  .union([
    z.number().int('must be whole milliseconds').min(946_684_800_000, 'must be ms since 1970 after 2000').max(4_102_444_800_000, 'is too far in the future'),
    z.iso.datetime({ offset: true, message: 'must be ms since 1970 or an ISO date-time' }).transform((s) => Date.parse(s)),
  ])
  .describe("The player's clock when it sent this heartbeat: ms since 1970, or ISO 8601");

export const HeartbeatSchema = z.strictObject({
  positionSeconds: z.number().min(0, 'must not be negative').max(MAX_POSITION_SECONDS, `must be at most ${MAX_POSITION_SECONDS}`),
  completed: z.boolean().optional(),
  clientTs,
});
export type HeartbeatReq = z.infer<typeof HeartbeatSchema>;

export const HeartbeatResultSchema = z.object({
  lessonId: z.uuid(),
  courseId: z.uuid(),
  positionSeconds: z.number(),
  completed: z.boolean(),
  clientTs: z.number().int(),
  applied: z.boolean().describe('False when a newer heartbeat was already stored (this one changed nothing)'),
});

export const CourseIdParams = z.strictObject({ id: z.uuid({ message: 'must be a course id' }) });
export const CodeParams = z.strictObject({ code: z.uuid({ message: 'must be a certificate code' }) });

export const LessonProgressSchema = z.object({
  lessonId: z.uuid(),
  title: z.string(),
  type: LessonTypeSchema,
  durationSeconds: z.number().int(),
  positionSeconds: z.number(),
  completed: z.boolean(),
});
export const CourseProgressSchema = z.object({
  courseId: z.uuid(),
  version: z.number().int(),
  percent: z.number().int(),
  completed: z.boolean(),
  completedAt: z.string().nullable(),
  lessons: z.array(LessonProgressSchema),
  resume: z.object({ lessonId: z.uuid(), positionSeconds: z.number() }).nullable(),
});

export const AttemptSchema = z.strictObject({
  answers: z
    .array(z.union([z.number().int().min(0), z.array(z.number().int().min(0)).max(50), z.boolean(), z.string().max(500)]))
    .max(100)
    .describe('One per question, in order: an option index, an array of indexes, a boolean or a string'),
});
export const AttemptResultSchema = z.object({
  attempt: z.number().int(),
  attemptsLeft: z.number().int(),
  score: z.number().describe('Percent of questions answered right'),
  correct: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  passMark: z.number(),
});

export const EnrollSchema = z.strictObject({ userId: z.uuid({ message: 'must be a user id' }).optional() });
export const EnrollmentSchema = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  userId: z.uuid(),
  enrolledAt: z.string(),
  completedAt: z.string().nullable(),
});
export const MyEnrollmentSchema = EnrollmentSchema.extend({
  course: z.object({ slug: z.string(), title: z.string(), version: z.number().int() }).nullable(),
  percent: z.number().int(),
});

export const CertificateSchema = z.object({
  code: z.uuid(),
  courseId: z.uuid(),
  courseTitle: z.string(),
  learnerName: z.string(),
  tenant: z.string(),
  issuedAt: z.string(),
  verifyUrl: z.string(),
});
export const VerificationSchema = z.object({
  valid: z.boolean(),
  code: z.uuid(),
  tenant: z.string(),
  learnerName: z.string(),
  courseTitle: z.string(),
  issuedAt: z.string(),
  algorithm: z.literal('Ed25519'),
  kid: z.string(),
  signature: z.string().describe('base64url Ed25519 signature of `signedPayload`'),
  signedPayload: z.string().describe('Canonical JSON of {code, courseTitle, issuedAt, learnerName, tenant}'),
  publicKeyUrl: z.string(),
});
