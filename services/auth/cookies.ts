import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { Forbidden } from '../kit/errors.ts';

export const REFRESH_COOKIE = 'academy_rt';
export const CSRF_COOKIE = 'academy_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The web keeps its refresh token in an httpOnly, Secure, SameSite=Strict cookie scoped to the
 * auth routes, plus a readable CSRF cookie it echoes in a header (double submit).
 */
export function setSessionCookies(res: Response, refreshToken: string, maxAgeSeconds: number, secure: boolean) {
  const common = { secure, sameSite: 'strict' as const, maxAge: maxAgeSeconds * 1000 };
  res.cookie(REFRESH_COOKIE, refreshToken, { ...common, httpOnly: true, path: '/api/v1/auth' });
  res.cookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), { ...common, httpOnly: false, path: '/' });
}

export function clearSessionCookies(res: Response, secure: boolean) {
  res.clearCookie(REFRESH_COOKIE, { path: '/api/v1/auth', secure, sameSite: 'strict', httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { path: '/', secure, sameSite: 'strict' });
}

/**
 * The refresh token of a request: from the body (API clients), else from the cookie — which
 * then needs the CSRF header to match the CSRF cookie.
 */
export function refreshTokenOf(req: Request, bodyToken: string | undefined): string | undefined {
  if (bodyToken) return bodyToken;
  const cookie = req.cookies?.[REFRESH_COOKIE];
  if (!cookie) return undefined;
  const header = req.headers[CSRF_HEADER];
  const expected = req.cookies?.[CSRF_COOKIE];
  if (typeof header !== 'string' || !expected || header.length !== expected.length || !timingSafeEqual(Buffer.from(header), Buffer.from(expected))) {
    throw Forbidden('Cookie-authenticated requests need the X-CSRF-Token header', 'csrf_failed');
  }
  return cookie;
}
