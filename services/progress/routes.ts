import { z } from 'zod';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { NotFound } from '../kit/errors.ts';
import {
  AttemptResultSchema,
  AttemptSchema,
  CertificateSchema,
  CodeParams,
  CourseIdParams,
  CourseProgressSchema,
  HeartbeatResultSchema,
  HeartbeatSchema,
  MyEnrollmentSchema,
  VerificationSchema,
} from './schemas.ts';
import { LessonIdParams } from '../courses/api.ts';
import { learningDeps } from './domain/deps.ts';
import { recordHeartbeat } from './domain/heartbeat.ts';
import { courseProgress, percentDone } from './domain/course-progress.ts';
import { submitAttempt } from './domain/quiz.ts';
import { canonicalClaims, verifyClaims } from './domain/certificate-keys.ts';
import { printableCertificate } from './domain/certificate-file.ts';
import { pipeline } from 'node:stream/promises';
import { presentCertificate, presentEnrollment } from './presenters.ts';

const PRIVATE = { 'cache-control': 'private, no-store' };

/** Progress, quizzes, a learner's enrollments and certificates, and public certificate verification. */
export function progressRoutes(book: RouteBook, ctx: ServiceContext) {
  const deps = learningDeps(ctx);

  book.add(
    {
      method: 'put', path: '/progress/lessons/:lessonId', summary: "The player's heartbeat: position in a lesson (idempotent; older heartbeats never win)", tags: ['progress'],
      access: 'user', params: LessonIdParams, body: HeartbeatSchema,
      responses: { 200: { description: 'Stored progress of the lesson', schema: HeartbeatResultSchema }, 403: { description: 'not_enrolled' }, 404: { description: 'lesson_not_found' } },
    },
    async ({ tenant, auth, params, body }) => ({ body: await recordHeartbeat(deps, { tenant, userId: auth.userId, lessonId: params.lessonId, ...body }), headers: PRIVATE }),
  );

  book.add(
    {
      method: 'get', path: '/progress/courses/:id', summary: 'My progress in a course, with where to resume (same answer on every device)', tags: ['progress'],
      access: 'user', params: CourseIdParams,
      responses: { 200: { description: 'Progress', schema: CourseProgressSchema }, 403: { description: 'not_enrolled' }, 404: { description: 'course_not_found' } },
    },
    async ({ tenant, auth, params }) => ({ body: await courseProgress(deps, { tenant, userId: auth.userId, courseId: params.id }), headers: PRIVATE }),
  );

  book.add(
    {
      method: 'post', path: '/quizzes/:lessonId/attempts', summary: 'Submit a quiz attempt, graded on the server', tags: ['progress'],
      access: 'user', params: LessonIdParams, body: AttemptSchema,
      responses: { 201: { description: 'Graded', schema: AttemptResultSchema }, 403: { description: 'not_enrolled' }, 404: { description: 'quiz_not_found' }, 409: { description: 'attempts_exhausted' } },
    },
    async ({ tenant, auth, params, body }) => ({ status: 201, body: await submitAttempt(deps, { tenant, userId: auth.userId, lessonId: params.lessonId, answers: body.answers }), headers: PRIVATE }),
  );

  book.add(
    {
      method: 'get', path: '/me/enrollments', summary: 'My enrollments with progress percent', tags: ['progress'], access: 'user',
      responses: { 200: { description: 'Enrollments, newest first', schema: z.object({ items: z.array(MyEnrollmentSchema) }) } },
    },
    async ({ tenant, auth }) => {
      const rows = await deps.store.enrollmentsWithProgress(tenant.id, auth.userId);
      const items = await Promise.all(
        rows.map(async (e) => {
          const outline = await deps.catalog.outline(tenant.id, e.course_id);
          return {
            ...presentEnrollment(e),
            course: outline ? { slug: outline.slug, title: outline.title, version: outline.version } : null,
            percent: e.completed_at ? 100 : outline ? percentDone(outline, e.completed_lessons) : 0,
          };
        }),
      );
      return { body: { items }, headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'get', path: '/me/certificates', summary: 'My certificates', tags: ['certificates'], access: 'user',
      responses: { 200: { description: 'Certificates, newest first', schema: z.object({ items: z.array(CertificateSchema) }) } },
    },
    async ({ tenant, auth }) => ({ body: { items: (await deps.store.certificatesOf(tenant.id, auth.userId)).map(presentCertificate) }, headers: PRIVATE }),
  );

  // Declared before /certificates/:code so the literal path wins.
  book.add(
    {
      method: 'get', path: '/certificates/public-key', summary: "The academy's certificate signing key (Ed25519), as JWK and PEM", tags: ['certificates'], access: 'public',
      responses: { 200: { description: 'Public key', schema: z.object({ algorithm: z.literal('Ed25519'), kid: z.string(), jwk: z.record(z.string(), z.string()), pem: z.string() }) } },
    },
    async ({ tenant }) => {
      const key = await deps.keys.forTenant(tenant.id);
      return { body: { algorithm: 'Ed25519', kid: key.kid, jwk: key.publicJwk, pem: key.publicPem }, headers: { 'cache-control': 'public, max-age=3600' } };
    },
  );

  book.add(
    {
      method: 'get', path: '/certificates/:code/printable', summary: 'The printable certificate (SVG, A4 landscape), from object storage', tags: ['certificates'], access: 'public',
      description: 'The printable file of a certificate (no sign-in, like its verification): written to object storage on first request, then served from there.',
      params: CodeParams,
      responses: { 200: { description: 'image/svg+xml' }, 404: { description: 'certificate_not_found' } },
    },
    async ({ res, tenant, params }) => {
      const c = await deps.store.certificateByCode(tenant.id, params.code);
      if (!c) throw NotFound('No such certificate', 'certificate_not_found');
      const verifyUrl = `${tenant.domains[0] ? `https://${tenant.domains[0]}` : ''}/certificates/${c.code}/verify`;
      const file = await printableCertificate(deps.storage, c, verifyUrl);
      res.status(200).set({
        'content-type': 'image/svg+xml',
        'content-length': String(file.size),
        'content-disposition': `inline; filename="certificate-${c.code}.svg"`,
        // An image, never a document that runs anything.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'cache-control': 'public, max-age=86400',
      });
      await pipeline(file.body, res);
    },
  );

  book.add(
    {
      method: 'get', path: '/certificates/:code', summary: 'Verify a certificate (no sign-in): who, what, when and the signature', tags: ['certificates'], access: 'public',
      params: CodeParams,
      responses: { 200: { description: 'The certificate and its signature', schema: VerificationSchema }, 404: { description: 'certificate_not_found' } },
    },
    async ({ tenant, params }) => {
      const c = await deps.store.certificateByCode(tenant.id, params.code);
      if (!c) throw NotFound('No such certificate', 'certificate_not_found');
      const key = await deps.keys.forTenant(tenant.id);
      const claims = { code: c.code, tenant: c.tenant_slug, learnerName: c.learner_name, courseTitle: c.course_title, issuedAt: new Date(c.issued_at).toISOString() };
      return {
        body: {
          valid: key.kid === c.kid && verifyClaims(key.publicKey, claims, c.signature),
          ...claims,
          algorithm: 'Ed25519',
          kid: c.kid,
          signature: c.signature,
          signedPayload: canonicalClaims(claims),
          publicKeyUrl: '/api/v1/certificates/public-key',
        },
        headers: { 'cache-control': 'public, max-age=300' },
      };
    },
  );
}
