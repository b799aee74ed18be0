import createClient from 'openapi-fetch';
import type { paths } from './schema';
import type { PendingPaths, WithPending } from './pending-routes';
import { ApiError, type Problem } from './problem';
import { session } from '../auth/session';

/**
 * The one HTTP layer of the app: typed from the served OpenAPI document. It adds the in-memory
 * access token and, when a call is refused with 401, refreshes the session once through the
 * httpOnly cookie and retries.
 */
export const api = createClient<WithPending<paths, PendingPaths>>({ baseUrl: '/', fetch: authedFetch });

const CSRF_COOKIE = 'academy_csrf';

function withToken(req: Request): Request {
  const token = session.getState().accessToken;
  if (!token) return req;
  const headers = new Headers(req.headers);
  headers.set('authorization', `Bearer ${token}`);
  return new Request(req, { headers });
}

async function authedFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const res = await fetch(withToken(input));
  const isAuthRoute = new URL(input.url).pathname.startsWith('/api/v1/auth/');
  if (res.status !== 401 || isAuthRoute || !session.getState().accessToken) return res;
  return (await refreshSession()) ? fetch(withToken(retry)) : res;
}

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${CSRF_COOKIE}=`))
    ?.slice(CSRF_COOKIE.length + 1);
}

let refreshing: Promise<boolean> | undefined;

/**
 * Spends the refresh cookie for a new access token (the cookie rotates). Concurrent callers
 * share one refresh: a second use of the same refresh token would revoke the whole session.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const csrf = csrfToken();
    if (!csrf) {
      session.getState().signedOut();
      return false;
    }
    const { data } = await api.POST('/api/v1/auth/refresh', { body: {}, headers: { 'x-csrf-token': csrf } }).catch(() => ({ data: undefined }));
    if (!data) {
      // Offline keeps the session we may still have; a refusal ends it.
      if (navigator.onLine) session.getState().signedOut();
      return false;
    }
    session.getState().setToken(data.accessToken);
    return true;
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/** Signs out on the server (revokes the refresh family) and forgets the token here. */
export async function signOut(): Promise<void> {
  const csrf = csrfToken();
  await api.POST('/api/v1/auth/logout', { body: {}, headers: csrf ? { 'x-csrf-token': csrf } : {} }).catch(() => undefined);
  session.getState().signedOut();
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The data of a call, or an ApiError carrying the server's problem+json. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, { type: 'about:blank', title: 'The server cannot be reached. Check your connection.', status: 0, code: 'network' });
  }
  if (result.response.ok) return result.data as T;
  const problem = result.error as Partial<Problem> | undefined;
  throw new ApiError(result.response.status, {
    type: problem?.type ?? 'about:blank',
    title: problem?.title ?? `The server answered ${result.response.status}`,
    status: result.response.status,
    code: problem?.code ?? 'unknown',
    detail: problem?.detail,
    errors: problem?.errors,
  });
}
