import { OpenApiGeneratorV31, type OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.ts';
import type { RouteSpec } from './route-spec.ts';

/**
 * Writes one route into the OpenAPI document from its declaration, so the document cannot drift:
 * an operationId, the X-Tenant header, the body (optional when the schema accepts none), and one
 * problem+json response per 4xx status the route can answer — its declared error codes plus the
 * ones its declaration implies (validation, sign-in, roles, the tenant, rate limits) — and a 5XX.
 */
export function documentRoute(registry: OpenAPIRegistry, problem: ProblemRef, spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType>): void {
  const path = '/api/v1' + spec.path.replace(/:([A-Za-z_]+)/g, '{$1}');
  const responses: RouteConfig['responses'] = {};
  const declaredProblems = new Map<number, string[]>();
  for (const [statusText, r] of Object.entries(spec.responses)) {
    const status = Number(statusText);
    if (status >= 400) {
      declaredProblems.set(status, [...(declaredProblems.get(status) ?? []), r.description]);
      continue;
    }
    responses[statusText] = {
      description: r.description,
      headers: { ...COMMON_HEADERS, ...(r.headers ?? {}) },
      ...(r.schema ? { content: { [r.contentType ?? 'application/json']: { schema: r.schema } } } : {}),
    };
  }
  const byStatus = new Map<number, Set<ErrorCode>>();
  for (const code of impliedErrors(spec)) {
    const status = ERROR_CATALOGUE[code].status;
    if (!byStatus.has(status)) byStatus.set(status, new Set());
    byStatus.get(status)!.add(code);
  }
  for (const status of declaredProblems.keys()) if (!byStatus.has(status)) byStatus.set(status, new Set());
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const said = declaredProblems.get(status) ?? [];
    const listed = [...codes].map((c) => `\`${c}\``).join(', ');
    responses[String(status)] = {
      description: [...said, listed && `Codes: ${listed}`].filter(Boolean).join('. '),
      headers: status === 429 || status === 503 ? { ...COMMON_HEADERS, ...RETRY_AFTER } : COMMON_HEADERS,
      content: { 'application/problem+json': { schema: problem } },
    };
  }
  responses['5XX'] = {
    description: 'Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later',
    headers: { ...COMMON_HEADERS, ...RETRY_AFTER },
    content: { 'application/problem+json': { schema: problem } },
  };

  const bodyRequired = spec.body ? !spec.body.safeParse({}).success : false;
  registry.registerPath({
    method: spec.method,
    path,
    operationId: spec.operationId ?? operationIdOf(spec.method, spec.path),
    summary: spec.summary,
    description: (spec.description ?? spec.summary) + (spec.scopes?.length ? `. API keys with the scope ${spec.scopes.map((s) => '`' + s + '`').join(' or ')} may call it` : ''),
    tags: spec.tags,
    security: securityOf(spec),
    request: {
      headers: z.object({ 'X-Tenant': TenantHeader, ...(spec.headers ?? {}) }),
      ...(spec.cookies ? { cookies: z.object(spec.cookies) } : {}),
      ...(spec.body ? { body: { content: { [spec.bodyContentType ?? 'application/json']: { schema: spec.body } }, required: bodyRequired } } : {}),
      ...(spec.query ? { query: spec.query as never } : {}),
      ...(spec.params ? { params: spec.params as never } : {}),
    },
    responses,
  });
}

/** The codes a route can answer with: its own, plus what its declaration makes possible. */
function impliedErrors(spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType>): ErrorCode[] {
  const codes: ErrorCode[] = [...(spec.errors ?? []), 'tenant_not_found', 'rate_limited'];
  if (spec.body || spec.query || spec.params) codes.push('validation_failed');
  if (spec.params) codes.push('malformed_path');
  if (spec.body) codes.push('malformed_json', 'unsupported_media_type', 'payload_too_large');
  if (spec.access === 'service') codes.push('service_token_invalid');
  else if (spec.access !== 'public') codes.push('unauthorized', 'token_invalid', 'token_expired', 'token_wrong_tenant');
  if (Array.isArray(spec.access)) codes.push('role_required');
  if (spec.access !== 'public' && spec.access !== 'service') codes.push('api_key_scope');
  if (spec.scopes?.length) codes.push('api_key_invalid', 'api_key_expired');
  return codes;
}

function securityOf(spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType>): RouteConfig['security'] {
  if (spec.access === 'service') return [{ serviceToken: [] }];
  // The scopes a key needs are in the description (OpenAPI lists scopes only for OAuth schemes).
  if (spec.access !== 'public') return spec.scopes?.length ? [{ bearerAuth: [] }, { apiKey: [] }] : [{ bearerAuth: [] }];
  if (spec.scopes?.length) return [{}, { apiKey: [] }];
  return spec.cookies ? [{}, { refreshCookie: [] }] : [];
}

/** `post /courses/:id/publish` -> `postCoursesByIdPublish`: unique because method + path are. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .flatMap((seg) => (seg.startsWith(':') ? ['by', seg.slice(1)] : seg.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean);
  return method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

const TenantHeader = z
  .string()
  .regex(/^[a-z0-9-]{1,63}$/)
  .optional()
  .describe('The academy (its slug) when the Host is not one of its domains; default `demo` locally');

const header = (description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ description, schema });
const COMMON_HEADERS = {
  'X-Request-Id': header('The request id (echoed from the request, or made here): quote it to support'),
  'Cache-Control': header('`no-store` unless the route says otherwise'),
  RateLimit: header('Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`)'),
  'RateLimit-Policy': header('The limit and its window (`100;w=60`)'),
};
const RETRY_AFTER = { 'Retry-After': header('Seconds to wait before trying again', { type: 'integer' }) };

/** RFC 9457 problem details with our stable `code`, as every error leaves the API. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI naming the problem type'),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]]).describe('Stable machine code (the catalogue in services/kit/error-catalogue.ts)'),
    detail: z.string().optional(),
    instance: z.string().optional().describe('The path of the request that failed'),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional().describe('The fields at fault (validation_failed)'),
    retryAfter: z.number().int().optional(),
  })
  .loose();

/** Registers Problem as a component (once per document): every problem response refers to it. */
export function registerProblem(registry: OpenAPIRegistry): ProblemRef {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(ProblemSchema, { io: 'output' }) as Record<string, unknown>;
  registry.registerComponent('schemas', 'Problem', schema as never);
  return { $ref: '#/components/schemas/Problem' };
}

export type ProblemRef = { $ref: string };

const TAGS: Record<string, string> = {
  auth: 'Sign-up, sign-in, sessions, MFA and the signing keys',
  users: 'Profiles and roles',
  courses: 'The catalog, authoring and enrollments',
  progress: 'Lesson progress, quizzes and resume',
  certificates: 'Certificates and their verification',
  platform: 'What runs this academy',
};

/** The whole document: the routes registered so far, their tags, and how callers authenticate. */
export function buildDocument(registry: OpenAPIRegistry): unknown {
  registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from /auth/login, /auth/register or /auth/refresh' });
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'An integration API key (`ak_…`, POST /admin/api-keys); routes list the scopes they accept' });
  registry.registerComponent('securitySchemes', 'serviceToken', { type: 'http', scheme: 'bearer', description: 'SERVICE_TOKEN, for service-to-service calls' });
  registry.registerComponent('securitySchemes', 'refreshCookie', { type: 'apiKey', in: 'cookie', name: 'academy_rt', description: 'The web session: the httpOnly refresh cookie, with X-CSRF-Token' });
  const used = new Set<string>();
  for (const d of registry.definitions) if (d.type === 'route') for (const t of d.route.tags ?? []) used.add(t);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'TrendTactics Academy API',
      version: '1.0.0',
      description: 'Every error is application/problem+json (RFC 9457) with a stable `code`.',
      contact: { name: 'TrendTactics Academy', url: 'https://trendtactics.academy' },
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/', description: 'This academy' }],
    tags: [...used].sort().map((name) => ({ name, description: TAGS[name] ?? `The ${name} routes` })),
  });
}
