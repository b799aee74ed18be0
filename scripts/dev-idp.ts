/**
 * `npm run dev:idp`: an OpenID Connect identity provider for trying single sign-on locally
 * (docs/sso.md). It runs oidc-provider with its development sign-in page: any login and any
 * password sign in (a login without "@" becomes <login>@example.com). Then start the academy
 * with the printed variables (`make dev` reads them), or, on a shared database, pass
 * `--tenant=<slug>` to write that academy's sso_providers row instead.
 *
 *   npm run dev:idp [-- --port=9400] [--academy=http://localhost:8080] [--tenant=<slug>] [--enforce]
 *
 * Development only: in-memory state, a fixed client secret, plain http.
 */
import { parseArgs } from 'node:util';
import knex from 'knex';
import { startIdp } from '../tests/support/idp.ts';
import { saveSsoProvider } from '../services/auth/sso/settings.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.DEV_IDP_PORT ?? '9400' },
    academy: { type: 'string', multiple: true },
    tenant: { type: 'string' },
    enforce: { type: 'boolean', default: false },
  },
});
const CLIENT_ID = 'academy-dev';
const CLIENT_SECRET = 'dev-idp-client-secret-not-for-production';
const academies = values.academy?.length ? values.academy : ['http://localhost:8080', 'http://127.0.0.1:8080', 'http://localhost:5173'];

const idp = await startIdp({
  mode: 'dev',
  port: Number(values.port),
  host: '127.0.0.1',
  issuerHost: 'localhost',
  clients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: academies.map((a) => `${a.replace(/\/$/, '')}/api/v1/auth/sso/callback`) }],
  accounts: [{ sub: 'teacher', email: 'teacher@example.com', name: 'Dev Teacher', groups: ['teachers'] }],
});

const settings = { issuer: idp.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, displayName: 'Dev IdP', roleClaim: 'groups', roleMapping: { teachers: 'instructor', admins: 'admin' } as const, enforce: values.enforce };
if (values.tenant) {
  if (!process.env.DATABASE_URL) throw new Error('--tenant writes the sso_providers row: set DATABASE_URL to the academy\'s control database');
  const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
  const tenant = await db('tenants').where({ slug: values.tenant }).first('id');
  if (!tenant) throw new Error(`no academy "${values.tenant}" in that database`);
  await saveSsoProvider(db, tenant.id, { ...settings, scopes: ['openid', 'email', 'profile', 'groups'] });
  await db.destroy();
  console.log(`academy "${values.tenant}" signs in with ${idp.issuer} (within 30 s: the academy caches providers that long)`);
} else {
  console.log(`Dev identity provider at ${idp.issuer} (any login and password sign in; "teacher" is an instructor).
Start the academy with:

  SSO_ISSUER=${idp.issuer} SSO_CLIENT_ID=${CLIENT_ID} SSO_CLIENT_SECRET=${CLIENT_SECRET} \\
  SSO_DISPLAY_NAME="Dev IdP" SSO_SCOPES=openid,email,profile,groups SSO_ROLE_CLAIM=groups \\
  SSO_ROLE_MAPPING='{"teachers":"instructor","admins":"admin"}'${values.enforce ? ' SSO_ENFORCE=true' : ''} make dev

then open ${academies[0]}/login and choose "Sign in with Dev IdP".`);
}
const stop = () => void idp.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
