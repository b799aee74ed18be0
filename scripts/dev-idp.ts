/**
 * `make dev-idp` (installs first) or `npm run dev:idp`: an OpenID Connect identity provider for trying single sign-on locally
 * (docs/sso.md). It runs oidc-provider with its development sign-in page: any login and any
 * password sign in (a login without "@" becomes <login>@example.com; "teacher" is in the group
 * teachers). Then start the academy with the printed variables (`make dev` reads them), or, on a
 * shared database, pass `--tenant=<slug>` to write that academy's sso_providers row instead.
 *
 *   npm run dev:idp [-- --port=9400] [--academy=http://localhost:8080 ...] [--tenant=<slug>] [--enforce]
 *
 * Development only: in-memory state, a fixed client secret, plain http.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import knex from 'knex';
import { startIdp, type Idp } from '../tests/support/idp.ts';
import { saveSsoProvider } from '../services/auth/sso/settings.ts';

export const DEV_CLIENT_ID = 'academy-dev';
export const DEV_CLIENT_SECRET = 'dev-idp-client-secret-not-for-production';
const DEFAULT_ACADEMIES = ['http://localhost:8080', 'http://127.0.0.1:8080', 'http://localhost:5173'];

export const callbackOf = (academy: string) => `${academy.replace(/\/$/, '')}/api/v1/auth/sso/callback`;

/** The dev provider, and the environment that points DEFAULT_TENANT at it. */
export async function startDevIdp(opts: { port?: number; academies?: string[]; enforce?: boolean } = {}): Promise<{ idp: Idp; env: Record<string, string> }> {
  const idp = await startIdp({
    mode: 'dev',
    port: opts.port ?? 9400,
    host: '127.0.0.1',
    issuerHost: 'localhost',
    clients: [{ clientId: DEV_CLIENT_ID, clientSecret: DEV_CLIENT_SECRET, redirectUris: (opts.academies ?? DEFAULT_ACADEMIES).map(callbackOf) }],
    accounts: [{ sub: 'teacher', email: 'teacher@example.com', name: 'Dev Teacher', groups: ['teachers'] }],
  });
  const env: Record<string, string> = {
    SSO_ISSUER: idp.issuer,
    SSO_CLIENT_ID: DEV_CLIENT_ID,
    SSO_CLIENT_SECRET: DEV_CLIENT_SECRET,
    SSO_DISPLAY_NAME: 'Dev IdP',
    SSO_SCOPES: 'openid,email,profile,groups',
    SSO_ROLE_CLAIM: 'groups',
    SSO_ROLE_MAPPING: '{"teachers":"instructor","admins":"admin"}',
  };
  if (opts.enforce) env.SSO_ENFORCE = 'true';
  return { idp, env };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.DEV_IDP_PORT ?? '9400' },
      academy: { type: 'string', multiple: true },
      tenant: { type: 'string' },
      enforce: { type: 'boolean', default: false },
    },
  });
  const academies = values.academy?.length ? values.academy : DEFAULT_ACADEMIES;
  const { idp, env } = await startDevIdp({ port: Number(values.port), academies, enforce: values.enforce });
  if (values.tenant) {
    if (!process.env.DATABASE_URL) throw new Error("--tenant writes the sso_providers row: set DATABASE_URL to the academy's control database");
    const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
    const tenant = await db('tenants').where({ slug: values.tenant }).first('id');
    if (!tenant) throw new Error(`no academy "${values.tenant}" in that database`);
    await saveSsoProvider(db, tenant.id, {
      issuer: env.SSO_ISSUER, clientId: DEV_CLIENT_ID, clientSecret: DEV_CLIENT_SECRET, displayName: env.SSO_DISPLAY_NAME,
      scopes: env.SSO_SCOPES.split(','), roleClaim: env.SSO_ROLE_CLAIM, roleMapping: JSON.parse(env.SSO_ROLE_MAPPING), enforce: values.enforce,
    });
    await db.destroy();
    console.log(`academy "${values.tenant}" signs in with ${idp.issuer} (within 30 s: the academy caches providers that long)`);
  } else {
    const line = Object.entries(env).map(([k, v]) => `${k}=${/^[\w.,:/-]+$/.test(v) ? v : `'${v}'`}`).join(' \\\n  ');
    console.log(`Dev identity provider at ${idp.issuer} (any login and password sign in; "teacher" is an instructor).
Start the academy with:

  ${line} \\
  make dev

then open ${academies[0]}/login and choose "Sign in with Dev IdP".`);
  }
  const stop = () => void idp.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
