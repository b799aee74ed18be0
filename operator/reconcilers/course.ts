/**
 * Course: check what the schema lets through but the courses service would refuse
 * (`validateCourse`), wait for its Tenant, and publish the whole-course document to the tenant's
 * courses service (`PUT /api/v1/internal/courses/<slug>`, the tenant's service token from the
 * Secret the operator manages). Publishing again happens only when the payload's hash, the
 * generation or the Published condition says so. Invalid courses get Ready=False, not retries.
 * A publish the service refuses for good (PublishError.permanent: a slug another Course manages,
 * a payload it rejects) is reported and not retried until the Course changes (a new generation):
 * sending the same document again would get the same answer.
 */
import { REASONS, withDefaults, findCondition, isReady, type Condition, type CourseStatus } from '../../crds/index.ts';
import { TENANT_KEYS_SECRET, coursePayloadHash, coursePublishPayload, coursePublishTarget, tenantNamespace, validateCourse, type CoursePublishPayload } from '../constructs/index.ts';
import { coursesUrl } from '../config.ts';
import type { Controller } from '../controller.ts';
import type { Outcome, ReconcileContext } from '../context.ts';
import type { KubeObject } from '../kube/types.ts';
import type { ConditionSpec, SummaryState } from '../status.ts';
import { coursesOf, errorMessage, readTenantKeys, splitKey, updateStatus } from './common.ts';
import { pooledCoursesEndpoint } from './pooled-tenant.ts';

/** The answer of the courses service to a publish. */
export interface PublishResult {
  id: string;
  slug: string;
  publishedVersion: number | null;
}

/** Reasons of a publish refused for good: retried only once the Course changes. */
const PERMANENT_REASONS: ReadonlySet<string> = new Set(['PublishConflict', 'PublishRejected']);

/** A publish the service refused; `permanent` when retrying the same payload cannot help (not retried until the Course changes). */
export class PublishError extends Error {
  constructor(message: string, readonly reason: string, readonly permanent: boolean) {
    super(message);
  }
}

/** PUTs the payload; throws PublishError naming what the service said. */
export async function publishCourse(baseUrl: string, token: string, tenant: string, slug: string, payload: CoursePublishPayload, timeoutMs: number): Promise<PublishResult> {
  const url = `${baseUrl}/api/v1/internal/courses/${encodeURIComponent(slug)}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}`, 'X-Tenant': tenant },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new PublishError(`courses service of tenant ${tenant} unreachable at ${baseUrl}: ${errorMessage(err)}`, 'CoursesUnavailable', false);
  }
  const text = await res.text();
  if (res.ok) return JSON.parse(text) as PublishResult;
  let detail = text.slice(0, 300);
  try {
    const problem = JSON.parse(text) as { title?: string; detail?: string; code?: string };
    detail = [problem.code, problem.detail ?? problem.title].filter(Boolean).join(': ') || detail;
  } catch {
    // not problem+json
  }
  const message = `courses service answered ${res.status}: ${detail}`;
  if (res.status === 409) throw new PublishError(message, 'PublishConflict', true);
  if (res.status === 400 || res.status === 422) throw new PublishError(message, 'PublishRejected', true);
  // 401/403: the tenant's token may not have reached its pods yet; transient.
  if (res.status === 401 || res.status === 403) throw new PublishError(message, 'Unauthorized', false);
  throw new PublishError(message, REASONS.ReconcileError, false);
}

export async function reconcileCourse(ctx: ReconcileContext, key: string): Promise<Outcome> {
  const { namespace, name } = splitKey(key);
  const live = ctx.courses.get(namespace, name);
  if (!live || live.metadata.deletionTimestamp) return {};
  const course = withDefaults('Course', live);
  const generation = live.metadata.generation;
  const previous = live.status as CourseStatus | undefined;
  const write = (parts: ConditionSpec[], extra: Partial<CourseStatus>, state: SummaryState = {}) => updateStatus(ctx, 'Course', live, { parts, fields: { ...keep(previous), ...extra }, state });

  const problems = validateCourse(course);
  let payload: CoursePublishPayload | undefined;
  let invalid = problems.map((p) => `spec.${p.path}: ${p.message}`);
  if (invalid.length === 0) {
    try {
      payload = coursePublishPayload(course);
    } catch (err) {
      invalid = [errorMessage(err)];
    }
  }
  if (!payload) {
    const message = invalid.slice(0, 5).join('; ') + (invalid.length > 5 ? `; and ${invalid.length - 5} more` : '');
    await write(
      [{ type: 'Valid', status: 'False', reason: REASONS.InvalidSpec, message }, { type: 'Published', status: 'False', reason: REASONS.InvalidSpec, message: 'not published: the course is invalid' }],
      {},
      { degraded: { reason: REASONS.InvalidSpec, message } },
    );
    return {};
  }
  const valid: ConditionSpec = { type: 'Valid', status: 'True', reason: REASONS.Reconciled, message: 'The course can be published' };
  const { tenant: tenantName, slug } = coursePublishTarget(course);
  const tenant = ctx.tenants.get(undefined, tenantName);
  if (!tenant || !isReady(tenant as never)) {
    const reason = tenant ? REASONS.Progressing : REASONS.DependencyNotFound;
    const message = tenant ? `waiting for Tenant ${tenantName} to be Ready` : `Tenant ${tenantName} does not exist`;
    await write([valid, { type: 'Published', status: 'False', reason, message }], {}, tenant ? { progressing: { reason, message } } : {});
    return { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 };
  }

  const hash = coursePayloadHash(payload);
  const published = findCondition(previous?.conditions, 'Published');
  const current = previous?.publishedHash === hash && previous.observedGeneration === generation && published?.status === 'True' && published.observedGeneration === generation;
  if (current) {
    await write([valid, { type: 'Published', status: 'True', reason: REASONS.Reconciled, message: published.message }], {});
    return {};
  }
  // Refused for good at this generation: the status already says why; only a change of the Course tries again.
  if (published?.status === 'False' && PERMANENT_REASONS.has(published.reason) && published.observedGeneration === generation) return {};
  // A pooled Tenant's courses service is its pool's, with the pool's token (X-Tenant names the tenant).
  const pooled = await pooledCoursesEndpoint(ctx, tenant);
  const token = pooled ? pooled.token : (await readTenantKeys(ctx, tenantName))?.serviceToken;
  if (!token) {
    const message = `Tenant ${tenantName} has no service token yet (Secret ${tenantNamespace(tenantName)}/${TENANT_KEYS_SECRET})`;
    await write([valid, { type: 'Published', status: 'False', reason: REASONS.Progressing, message }], {}, { progressing: { reason: REASONS.Progressing, message } });
    return { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 };
  }
  try {
    const result = await publishCourse(pooled?.url ?? coursesUrl(ctx.config, tenantName), token, tenantName, slug, payload, ctx.config.COURSES_TIMEOUT_SECONDS * 1000);
    const message = result.publishedVersion === null ? `Saved as ${slug} (unpublished: spec.published is false)` : `Published ${slug} version ${result.publishedVersion}`;
    await write([valid, { type: 'Published', status: 'True', reason: REASONS.Reconciled, message }], {
      courseId: result.id,
      publishedHash: hash,
      ...(result.publishedVersion === null ? { publishedVersion: undefined } : { publishedVersion: result.publishedVersion }),
    });
    if (previous?.publishedVersion !== result.publishedVersion && result.publishedVersion !== null) {
      await ctx.events.record(live, 'Normal', 'Published', message);
    }
    return {};
  } catch (err) {
    if (!(err instanceof PublishError)) throw err;
    await write([valid, { type: 'Published', status: 'False', reason: err.reason, message: err.message }], {}, { degraded: { reason: err.reason, message: err.message } });
    // Transient (unreachable, 5xx, a token not accepted yet): back off and try again. Permanent: wait for a new generation.
    return err.permanent ? {} : { backoff: true };
  }
}

/** Fields of a previous publish that stay until a new publish replaces them. */
function keep(previous: CourseStatus | undefined): Partial<CourseStatus> {
  if (!previous) return {};
  const { courseId, publishedVersion, publishedHash } = previous;
  return { ...(courseId ? { courseId } : {}), ...(publishedVersion !== undefined ? { publishedVersion } : {}), ...(publishedHash ? { publishedHash } : {}) };
}

/** Whether an update of a Tenant changed only its status, and not its Ready condition: nothing for its Courses. */
function tenantUnchangedForCourses(obj: KubeObject, old: KubeObject | undefined): boolean {
  if (!old || old.metadata.generation !== obj.metadata.generation || old.metadata.uid !== obj.metadata.uid) return false;
  const ready = (o: KubeObject) => findCondition((o.status as { conditions?: Condition[] } | undefined)?.conditions, 'Ready');
  return JSON.stringify(ready(old)) === JSON.stringify(ready(obj));
}

/** Courses: own nothing in the cluster; they wait for their Tenant's Ready, so they watch Tenants. */
export function courseController(): Controller {
  return {
    kind: 'Course',
    namespaced: true,
    reconcile: reconcileCourse,
    owns: [],
    watches: [
      {
        kind: 'Tenant',
        map: (ctx, event, tenant, old) => (event === 'update' && tenantUnchangedForCourses(tenant, old) ? [] : coursesOf(ctx.courses, tenant.metadata.name)),
      },
    ],
    workers: (config) => Math.max(2, Math.ceil(config.WORKERS / 4)),
  };
}
