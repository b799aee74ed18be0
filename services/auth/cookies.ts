import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { Forbidden } from '../kit/errors.ts';

export const REFRESH_COOKIE = 'academy_rt';
export const CSRF_COOKIE = 'academy_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The web keeps its refresh token in an httpOnly, Secure, SameSite=Strict cookie scoped to the
 * auth routes, plus a readable CSRF cookie it echoes in a header (double submit).
 *
 * The CSRF value is bound to the session: it is derived from the refresh token (a hash the page
 * can read but not compute, since the token itself is httpOnly). A plain double submit accepts
 * any matching pair, so an attacker able to plant cookies (a sibling subdomain) could choose both
 * halves; here the header must match the session the refresh cookie carries.
 */
export function csrfFor(refreshToken: string): string {
  return createHash('sha256').update(`csrf:${refreshToken}`).digest('base64url');
}

export function setSessionCookies(res: Response, refreshToken: string, maxAgeSeconds: number, secure: boolean) {
  const common = { secure, sameSite: 'strict' as const, maxAge: maxAgeSeconds * 1000 };
  res.cookie(REFRESH_COOKIE, refreshToken, { ...common, httpOnly: true, path: '/api/v1/auth' });
  res.cookie(CSRF_COOKIE, csrfFor(refreshToken), { ...common, httpOnly: false, path: '/' });
}

export function clearSessionCookies(res: Response, secure: boolean) {
  res.clearCookie(REFRESH_COOKIE, { path: '/api/v1/auth', secure, sameSite: 'strict', httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { path: '/', secure, sameSite: 'strict' });
}

/**
 * The refresh token of a request: from the body (API clients), else from the cookie — which
 * then needs the CSRF header, bound to that cookie's session.
 */
export function refreshTokenOf(req: Request, bodyToken: string | undefined): string | undefined {
  if (bodyToken) return bodyToken;
  const cookie = req.cookies?.[REFRESH_COOKIE];
  if (!cookie) return undefined;
  const header = req.headers[CSRF_HEADER];
  const expected = csrfFor(cookie);
  if (typeof header !== 'string' || header.length !== expected.length || !timingSafeEqual(Buffer.from(header), Buffer.from(expected))) {
    throw Forbidden('Cookie-authenticated requests need the X-CSRF-Token header', 'csrf_failed');
  }
  return cookie;
}
