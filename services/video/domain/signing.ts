import { createHmac, timingSafeEqual } from 'node:crypto';
import { fail } from '../../kit/errors.ts';

/** What a playback URL grants: one user, one asset, until `exp` (Unix seconds). */
export interface Grant {
  tenantId: string;
  assetId: string;
  userId: string;
  exp: number;
}

const payload = (g: Grant) => `v1\n${g.tenantId}\n${g.assetId}\n${g.userId}\n${g.exp}`;

/** HMAC-SHA256 of the grant with the academy's secret, base64url. */
export function signGrant(secret: Buffer, g: Grant): string {
  return createHmac('sha256', secret).update(payload(g)).digest('base64url');
}

/** The query string a file of the asset is fetched with (playlist, segments, poster, source). */
export function grantQuery(secret: Buffer, g: Grant): string {
  return `u=${encodeURIComponent(g.userId)}&exp=${g.exp}&sig=${signGrant(secret, g)}`;
}

/**
 * Checks a signed query: altered (any field or the signature) -> playback_url_invalid; past
 * `exp` -> playback_url_expired; signed-in as someone else than the URL's user -> invalid.
 */
export function verifyGrant(
  secret: Buffer,
  q: { u: string; exp: number; sig: string },
  at: { tenantId: string; assetId: string; now: number; caller?: string },
): Grant {
  const g: Grant = { tenantId: at.tenantId, assetId: at.assetId, userId: q.u, exp: q.exp };
  const want = Buffer.from(signGrant(secret, g));
  const got = Buffer.from(q.sig);
  if (got.length !== want.length || !timingSafeEqual(got, want)) throw fail('playback_url_invalid', 'The playback link was altered or is for another video');
  if (q.exp * 1000 <= at.now) throw fail('playback_url_expired', 'The playback link has expired; ask for a new one');
  if (at.caller && at.caller !== q.u) throw fail('playback_url_invalid', 'The playback link was made for another user');
  return g;
}
