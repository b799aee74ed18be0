/**
 * Routes the screens call that the served document does not have yet (issue #10 item 6 and the
 * platform view, built on another branch). Declared here by their expected contract so the one
 * client stays typed; on a server without them the screens say "not available on this server".
 * When `npm run web:api` brings them into schema.d.ts, delete each one here.
 */
type Problem = { 'application/problem+json': { type: string; title: string; status: number; code: string; detail?: string; errors?: { field: string; message: string }[] } };
type Params<Path, Query> = { query?: Query; header?: never; cookie?: never } & ([Path] extends [never] ? { path?: never } : { path: Path });
type Route<Body, Res, Path = never, Query = never> = {
  parameters: Params<Path, Query>;
  requestBody: Body extends never ? never : { content: { 'application/json': Body } };
  responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': Res } }; '4XX': { headers: Record<string, unknown>; content: Problem } };
};
type NoBody = { parameters: { query?: never; header?: never; path: { lessonId: string; index: number } | { id: string } | { lessonId: string }; cookie?: never }; requestBody?: never };

export type QuestionInput =
  | { kind: 'single'; prompt: string; options: string[]; answer: number }
  | { kind: 'multiple'; prompt: string; options: string[]; answer: number[] }
  | { kind: 'truefalse'; prompt: string; answer: boolean }
  | { kind: 'text'; prompt: string; answer: string | string[] };

/** What GET /api/v1/admin/platform is expected to carry; every part optional: show what is there. */
export interface PlatformView {
  mode?: string;
  source?: string;
  observedAt?: string;
  services?: { name: string; desiredReplicas?: number; readyReplicas?: number; autoscaler?: Record<string, unknown> | null; [k: string]: unknown }[];
  shards?: { name: string; healthy?: boolean; ranges?: unknown; [k: string]: unknown }[];
  conditions?: { type: string; status: string; reason?: string; message?: string; lastTransitionTime?: string }[];
  [k: string]: unknown;
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
  '/api/v1/users/me/profile': { patch: Route<{ name: string }, unknown, never> };
  '/api/v1/auth/password': { post: Route<{ currentPassword: string; newPassword: string }, unknown, never> };
  '/api/v1/auth/sessions/others': { delete: NoBody & { parameters: { path?: never }; responses: { 204: { headers: Record<string, unknown>; content?: never }; '4XX': { headers: Record<string, unknown>; content: Problem } } } };
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
