import type { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import type { Config } from '../../kit/config.ts';
import type { Tenant } from '../../kit/tenancy.ts';

/** The roles an identity provider may grant (never platform-admin: a tenant's IdP speaks for that tenant only). */
export const SSO_ROLES = ['learner', 'instructor', 'admin'] as const;
export type SsoRole = (typeof SSO_ROLES)[number];

/** A tenant's identity provider, from the environment (a cluster pod: DEFAULT_TENANT) or the sso_providers row. */
export interface SsoSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** "Sign in with <displayName>". */
  displayName: string;
  /** Lower-case domains; empty: any. */
  allowedEmailDomains: string[];
  scopes: string[];
  /** The claim whose values map to roles; unset: new users are learners and roles are managed in the academy. */
  roleClaim?: string;
  roleMapping: Record<string, SsoRole>;
  /** Password sign-in and sign-up refused (403 sso_required). */
  enforce: boolean;
}

interface ProviderRow {
  issuer: string;
  client_id: string;
  client_secret: string;
  display_name: string | null;
  allowed_email_domains: string[] | null;
  scopes: string[] | null;
  role_claim: string | null;
  role_mapping: Record<string, SsoRole> | null;
  enforce: boolean;
}

const DEFAULT_SCOPES = ['openid', 'email', 'profile'];
const withOpenId = (scopes: string[]) => (scopes.includes('openid') ? scopes : ['openid', ...scopes]);
const hostOf = (issuer: string) => new URL(issuer).host;

/** The environment's SSO, when SSO_ISSUER is set (for DEFAULT_TENANT only). */
export function ssoFromConfig(config: Config): SsoSettings | undefined {
  if (!config.SSO_ISSUER) return undefined;
  if (!config.SSO_CLIENT_ID || !config.SSO_CLIENT_SECRET) throw new Error('SSO_ISSUER is set: SSO_CLIENT_ID and SSO_CLIENT_SECRET are needed too');
  return {
    issuer: config.SSO_ISSUER,
    clientId: config.SSO_CLIENT_ID,
    clientSecret: config.SSO_CLIENT_SECRET,
    displayName: config.SSO_DISPLAY_NAME ?? hostOf(config.SSO_ISSUER),
    allowedEmailDomains: config.SSO_ALLOWED_EMAIL_DOMAINS.map((d) => d.toLowerCase()),
    scopes: withOpenId(config.SSO_SCOPES),
    roleClaim: config.SSO_ROLE_CLAIM,
    roleMapping: config.SSO_ROLE_MAPPING,
    enforce: config.SSO_ENFORCE,
  };
}

function fromRow(row: ProviderRow): SsoSettings {
  return {
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: row.client_secret,
    displayName: row.display_name ?? hostOf(row.issuer),
    allowedEmailDomains: (row.allowed_email_domains ?? []).map((d) => d.toLowerCase()),
    scopes: withOpenId(row.scopes?.length ? row.scopes : DEFAULT_SCOPES),
    roleClaim: row.role_claim ?? undefined,
    roleMapping: row.role_mapping ?? {},
    enforce: row.enforce,
  };
}

/**
 * Which identity provider each tenant signs in with. A cluster pod serves one tenant and reads
 * it from the environment (the operator's ConfigMap and Secret); otherwise (`make dev`, tests, a
 * shared installation) from the tenant's sso_providers row, cached per process for `ttlMs`.
 */
export class SsoDirectory {
  private readonly cache: LRUCache<string, { settings: SsoSettings | null }>;
  private readonly fromEnv: SsoSettings | undefined;

  constructor(
    private readonly control: Knex,
    private readonly config: Config,
    ttlMs = 30_000,
    /** The clock of the cache's lifetime. @default performance.now */
    now?: () => number,
  ) {
    this.fromEnv = ssoFromConfig(config);
    this.cache = new LRUCache({
      max: 10_000,
      ttl: ttlMs,
      ...(now ? { perf: { now } } : {}),
      fetchMethod: async (tenantId) => {
        const row: ProviderRow | undefined = await this.control('sso_providers').where({ tenant_id: tenantId }).first();
        return { settings: row ? fromRow(row) : null };
      },
    });
  }

  async of(tenant: Tenant): Promise<SsoSettings | undefined> {
    if (this.fromEnv && tenant.slug === this.config.DEFAULT_TENANT) return this.fromEnv;
    return (await this.cache.fetch(tenant.id))?.settings ?? undefined;
  }

  clear() {
    this.cache.clear();
  }
}

/** Writes (or replaces) a tenant's identity provider row: the seed, `npm run dev:idp`, tests. */
export async function saveSsoProvider(control: Knex, tenantId: string, s: Partial<SsoSettings> & Pick<SsoSettings, 'issuer' | 'clientId' | 'clientSecret'>): Promise<void> {
  const row = {
    tenant_id: tenantId,
    issuer: s.issuer,
    client_id: s.clientId,
    client_secret: s.clientSecret,
    display_name: s.displayName ?? null,
    allowed_email_domains: s.allowedEmailDomains ?? [],
    scopes: s.scopes ?? DEFAULT_SCOPES,
    role_claim: s.roleClaim ?? null,
    role_mapping: JSON.stringify(s.roleMapping ?? {}),
    enforce: s.enforce ?? false,
    updated_at: new Date(),
  };
  await control('sso_providers').insert(row).onConflict('tenant_id').merge();
}
