import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, type Problem } from './problem';
import { session } from '../auth/session';

/**
 * The one HTTP layer of the app: typed from the served OpenAPI document. It adds the in-memory
 * access token; `unwrap` refreshes the session once through the httpOnly cookie when a call is
 * refused with 401, and calls again.
 */
export const api = createClient<paths>({ baseUrl: '/' });
api.use({
  onRequest({ request }) {
    const token = session.getState().accessToken;
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
});

const CSRF_COOKIE = 'academy_csrf';

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${CSRF_COOKIE}=`))
    ?.slice(CSRF_COOKIE.length + 1);
}

/** The double-submit header for calls that the session cookie authenticates (refresh, logout, password, other devices). */
export function csrfHeaders(): Record<string, string> {
  const csrf = csrfToken();
  return csrf ? { 'x-csrf-token': csrf } : {};
}

let refreshing: Promise<boolean> | undefined;

/**
 * Spends the refresh cookie for a new access token (the cookie rotates). Concurrent callers
 * share one refresh: a second use of the same refresh token would revoke the whole session.
 */
export function refreshSession(): Promise<boolean> {
  // Tabs share the cookie: one refresh at a time across them, or two tabs spending the same
  // refresh token would look like a stolen token and revoke the session.
  refreshing ??= acrossTabs(async () => {
    const csrf = csrfToken();
    if (!csrf) {
      session.getState().signedOut();
      return false;
    }
    let result;
    try {
      result = await api.POST('/api/v1/auth/refresh', { body: {}, headers: { 'x-csrf-token': csrf } });
    } catch {
      // Offline: keep whatever session there may be and try again when the network returns.
      session.getState().unreachable();
      return false;
    }
    const data = result.data;
    if (!data) {
      session.getState().signedOut();
      return false;
    }
    session.getState().setToken(data.accessToken);
    return true;
  }).finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

function acrossTabs<T>(fn: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request('academy-session-refresh', fn) as Promise<T>) : fn();
}

/** Signs out on the server (revokes the refresh family) and forgets the token here. */
export async function signOut(): Promise<void> {
  const csrf = csrfToken();
  await api.POST('/api/v1/auth/logout', { body: {}, headers: csrf ? { 'x-csrf-token': csrf } : {} }).catch(() => undefined);
  // The service worker's copies of my answers (progress, my courses) are not for the next user.
  if ('caches' in window) await caches.delete('academy-api').catch(() => false);
  session.getState().signedOut();
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * The data of a call, or an ApiError carrying the server's problem+json. A 401 with a session
 * (the 15-minute access token ran out) refreshes it and makes the call once more.
 */
export async function unwrap<T>(call: () => Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call();
    const isAuthRoute = new URL(result.response.url, location.origin).pathname.startsWith('/api/v1/auth/');
    if (result.response.status === 401 && !isAuthRoute && session.getState().accessToken && (await refreshSession())) result = await call();
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
