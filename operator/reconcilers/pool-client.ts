/**
 * The operator's calls to a TenantPool's academy (`/api/v1/internal/tenants/<slug>`, the pool's
 * service token): a pooled Tenant's row, made or updated by an idempotent PUT, removed by DELETE.
 */
import { REASONS } from '../../crds/index.ts';
import { errorMessage } from './common.ts';

/** What a pool's academy keeps of a pooled Tenant. */
export interface PooledTenantRow {
  name: string;
  domains: string[];
  plan: string;
}

/** A call the pool's academy refused or could not answer; `permanent` when the same call would get the same answer. */
export class PoolCallError extends Error {
  constructor(message: string, readonly reason: string, readonly permanent: boolean) {
    super(message);
  }
}

async function call(baseUrl: string, token: string, method: 'PUT' | 'DELETE', slug: string, body: PooledTenantRow | undefined, timeoutMs: number): Promise<void> {
  const url = `${baseUrl}/api/v1/internal/tenants/${encodeURIComponent(slug)}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new PoolCallError(`pool academy unreachable at ${baseUrl}: ${errorMessage(err)}`, REASONS.PoolUnavailable, false);
  }
  const text = await res.text();
  if (res.ok) return;
  let detail = text.slice(0, 300);
  try {
    const problem = JSON.parse(text) as { title?: string; detail?: string; code?: string };
    detail = [problem.code, problem.detail ?? problem.title].filter(Boolean).join(': ') || detail;
  } catch {
    // not problem+json
  }
  const message = `pool academy answered ${method} ${res.status}: ${detail}`;
  // 409 (a domain another academy serves, the pool's own slug), 400/422: the same row gets the same answer.
  if (res.status === 409 || res.status === 400 || res.status === 422) throw new PoolCallError(message, REASONS.RegistrationRejected, true);
  // 401/403 (a token not yet in the pool's pods), 5xx: transient.
  throw new PoolCallError(message, REASONS.PoolUnavailable, false);
}

export function putPooledTenant(baseUrl: string, token: string, slug: string, row: PooledTenantRow, timeoutMs: number): Promise<void> {
  return call(baseUrl, token, 'PUT', slug, row, timeoutMs);
}

export function deletePooledTenant(baseUrl: string, token: string, slug: string, timeoutMs: number): Promise<void> {
  return call(baseUrl, token, 'DELETE', slug, undefined, timeoutMs);
}
