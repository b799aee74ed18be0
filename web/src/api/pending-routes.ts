/**
 * Routes the screens call that the served document does not have yet (issue #10 item 6, the
 * platform view and the authors' course list, built on branch `webapi`). Declared here by that
 * branch's contract so the one client stays typed; on a server without them the screens say "not available on this server".
 * When `npm run web:api` brings them into schema.d.ts, delete each one here.
 */
type Problem = { 'application/problem+json': { type: string; title: string; status: number; code: string; detail?: string; errors?: { field: string; message: string }[] } };
type Params<Path, Query> = { query?: Query; header?: never; cookie?: never } & ([Path] extends [never] ? { path?: never } : { path: Path });
type Route<Body, Res, Path = never, Query = never> = {
  parameters: Params<Path, Query>;
} & ([Body] extends [never] ? { requestBody?: never } : { requestBody: { content: { 'application/json': Body } } }) & {
  responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': Res } }; '4XX': { headers: Record<string, unknown>; content: Problem } };
};
type NoBody = { parameters: { query?: never; header?: never; path: { lessonId: string; index: number } | { id: string } | { lessonId: string }; cookie?: never }; requestBody?: never };

export type QuestionInput =
  | { kind: 'single'; prompt: string; options: string[]; answer: number }
  | { kind: 'multiple'; prompt: string; options: string[]; answer: number[] }
  | { kind: 'truefalse'; prompt: string; answer: boolean }
  | { kind: 'text'; prompt: string; answer: string | string[] };

type Condition = { type: string; status: string; reason?: string; message?: string; lastTransitionTime?: string };
type Health = { status: 'ok' | 'failing'; latencyMs: number; error?: string };
type Autoscaler = { minReplicas: number; maxReplicas: number; targetCPUUtilization?: number; currentReplicas: number | null; desiredReplicas: number | null; conditions: Condition[] };

/** GET /api/v1/admin/platform as branch `webapi` serves it (services/platform/schemas.ts there). */
export interface PlatformView {
  source: 'operator' | 'local';
  generatedAt: string;
  tenant: { slug: string; name: string };
  process: { hostname: string; pid: number; uptimeSeconds: number; node: string; rssBytes: number; services: string[] };
  services: { name: string; runs: 'deployment' | 'in-process' | 'remote'; ready: boolean; desiredReplicas: number | null; readyReplicas: number | null; autoscaler: Autoscaler | null }[];
  conditions: Condition[];
  database: { kind: 'embedded' | 'postgres'; controlReplicas: number; control: Health };
  shards: { logicalShards: number; clusters: { name: string; ranges: number[][]; replicas: number; health: Health }[] };
  redis: { adapter: 'redis' | 'in-process'; health: Health };
  notice?: string;
}

/** A course as its authors see it (GET /api/v1/authoring/courses). */
export interface AuthoredCourse {
  id: string;
  slug: string;
  title: string;
  description: string;
  publishedVersion: number | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface PendingPaths {
  '/api/v1/modules/{id}': {
    patch: Route<{ title: string }, unknown, { id: string }>;
    delete: NoBody & { parameters: { path: { id: string } }; responses: { 204: { headers: Record<string, unknown>; content?: never }; '4XX': { headers: Record<string, unknown>; content: Problem } } };
  };
  '/api/v1/lessons/{lessonId}': {
    patch: Route<Record<string, unknown>, unknown, { lessonId: string }>;
    delete: NoBody & { parameters: { path: { lessonId: string } }; responses: { 204: { headers: Record<string, unknown>; content?: never }; '4XX': { headers: Record<string, unknown>; content: Problem } } };
  };
  '/api/v1/courses/{id}/structure': { put: Route<{ modules: { id: string; lessons: string[] }[] }, unknown, { id: string }> };
  '/api/v1/lessons/{lessonId}/questions': { post: Route<QuestionInput, unknown, { lessonId: string }, { position?: number }> };
  '/api/v1/lessons/{lessonId}/questions/{index}': {
    put: Route<QuestionInput, unknown, { lessonId: string; index: number }>;
    delete: NoBody & { parameters: { path: { lessonId: string; index: number } }; responses: { 204: { headers: Record<string, unknown>; content?: never }; '4XX': { headers: Record<string, unknown>; content: Problem } } };
  };
  '/api/v1/users/me': { patch: Route<{ name: string }, unknown, never> };
  '/api/v1/auth/password': { post: Route<{ currentPassword: string; newPassword: string; refreshToken?: string }, { revokedSessions: number }, never> };
  '/api/v1/auth/logout-others': { post: Route<{ refreshToken?: string }, { revokedSessions: number }, never> };
  '/api/v1/authoring/courses': { get: Route<never, { items: AuthoredCourse[]; nextCursor: string | null }, never, { cursor?: string; limit?: number }> };
  '/api/v1/admin/platform': { get: { parameters: { query?: never; header?: never; path?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': PlatformView } }; '4XX': { headers: Record<string, unknown>; content: Problem } } } };
}

/** The generated paths with the pending routes' methods added (a key in both keeps the generated methods). */
export type WithPending<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? K extends keyof B
      ? { [M in keyof A[K] | keyof B[K]]: M extends keyof B[K] ? B[K][M] : M extends keyof A[K] ? A[K][M] : never }
      : A[K]
    : K extends keyof B
      ? B[K]
      : never;
};
