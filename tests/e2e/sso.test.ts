import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTenant, signUp, startTestAcademy, type TestAcademy } from '../support/academy.ts';
import { startIdp, type Idp } from '../support/idp.ts';
import { SsoDirectory, saveSsoProvider } from '../../services/auth/sso/settings.ts';
import { SsoStrategies } from '../../services/auth/sso/flow.ts';
import { ssoDirectoryFor, ssoStrategiesFor } from '../../services/auth/sso-routes.ts';

// Single sign-on per tenant (docs/sso.md) against real OpenID Connect providers (oidc-provider,
// in this process on random ports), real Postgres and Redis: the browser's part is played by
// fetch with a cookie jar per origin, following redirects by hand.
let academy: TestAcademy;
let idpA: Idp;
let idpB: Idp;
const secretA = 'client-secret-of-demo-at-idp-a';
const secretB = 'client-secret-of-beta-at-idp-b';

beforeAll(async () => {
  academy = await startTestAcademy({ seed: true });
  const redirectUris = [`${academy.url}/api/v1/auth/sso/callback`];
  idpA = await startIdp({ clients: [{ clientId: 'academy-demo', clientSecret: secretA, redirectUris }] });
  idpB = await startIdp({ clients: [{ clientId: 'academy-beta', clientSecret: secretB, redirectUris }] });
  const demo = (await academy.ctx.tenants.bySlugOrNull('demo'))!;
  const beta = await createTenant(academy.ctx, 'beta');
  await createTenant(academy.ctx, 'gamma');
  await saveSsoProvider(academy.ctx.dbs.control, demo.id, {
    issuer: idpA.issuer, clientId: 'academy-demo', clientSecret: secretA, displayName: 'Acme Login',
    allowedEmailDomains: ['acme.test'], scopes: ['openid', 'email', 'profile', 'groups'],
    roleClaim: 'groups', roleMapping: { teachers: 'instructor', 'academy-admins': 'admin' },
  });
  await saveSsoProvider(academy.ctx.dbs.control, beta.id, { issuer: idpB.issuer, clientId: 'academy-beta', clientSecret: secretB, enforce: true });
  for (const [idp, sub, email, groups] of [
    [idpA, 'a-alice', 'alice@acme.test', ['teachers']],
    [idpA, 'a-bob', 'bob@elsewhere.test', []],
    [idpA, 'a-carol', 'carol@acme.test', []],
    [idpA, 'a-dave', 'dave@acme.test', []],
    [idpB, 'b-alice', 'alice@acme.test', []],
  ] as const) {
    idp.accounts.set(sub, { sub, email, groups: [...groups] });
  }
  idpA.accounts.set('a-unverified', { sub: 'a-unverified', email: 'eve@acme.test', emailVerified: false });
});
afterAll(async () => {
  await idpA?.stop();
  await idpB?.stop();
  await academy?.stop();
});

/** A browser: cookies per origin (names and values only; these tests need no more). */
class Browser {
  private jars = new Map<string, Map<string, string>>();
  constructor(private readonly tenant: string) {}

  jar(origin: string) {
    let j = this.jars.get(origin);
    if (!j) this.jars.set(origin, (j = new Map()));
    return j;
  }

  async get(url: string, opts: { tenant?: string; accept?: string } = {}) {
    const u = new URL(url);
    // A browser's navigation asks for a page first.
    const headers: Record<string, string> = { accept: opts.accept ?? 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const jar = this.jar(u.origin);
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    // The academy finds the tenant by X-Tenant here (a tenant's own domain in production).
    if (u.origin === new URL(academy.url).origin) headers['x-tenant'] = opts.tenant ?? this.tenant;
    const res = await fetch(url, { headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const gone = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    return { status: res.status, location: location ? new URL(location, url).href : undefined, text: await res.text() };
  }

  /** Starts at the academy, goes through the provider's pages, and stops at the academy's callback URL (not yet visited). */
  async toCallback(as: { idp: Idp; sub: string }, next = '/courses'): Promise<string> {
    as.idp.nextAccount = as.sub;
    const start = await this.get(`${academy.url}/api/v1/auth/sso/start?next=${encodeURIComponent(next)}`);
    expect(start.status, start.text).toBe(302);
    let url = start.location!;
    expect(url.startsWith(as.idp.issuer)).toBe(true);
    for (let hops = 0; hops < 10 && url.startsWith(as.idp.issuer); hops++) {
      const r = await this.get(url);
      expect([302, 303], r.text).toContain(r.status);
      url = r.location!;
    }
    expect(url.startsWith(`${academy.url}/api/v1/auth/sso/callback?`)).toBe(true);
    return url;
  }

  /**
   * The callback as an API client takes it (Accept: application/json): the token pair, or
   * problem+json. `page`: as a browser, a redirect to the web app, then what the web app does on
   * load: refresh with the cookie (and its CSRF value) for an access token.
   */
  async finish(callback: string, tenant = this.tenant, as: 'json' | 'page' = 'json') {
    const res = await this.get(callback, { tenant, accept: as === 'json' ? 'application/json' : undefined });
    let accessToken: string;
    const jar = this.jar(new URL(academy.url).origin);
    if (as === 'json') {
      if (res.status !== 200) return { res, body: JSON.parse(res.text) };
      const body = JSON.parse(res.text);
      expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      // The same session cookies as a password sign-in.
      expect(jar.get('academy_rt')).toBe(body.refreshToken);
      accessToken = body.accessToken;
    } else {
      if (res.status !== 303) return { res, body: undefined };
      const refreshed = await academy.api.at(tenant).post('/api/v1/auth/refresh', {}, { cookie: `academy_rt=${jar.get('academy_rt')}`, 'x-csrf-token': jar.get('academy_csrf')! });
      expect(refreshed.status, refreshed.text).toBe(200);
      accessToken = refreshed.body.accessToken;
    }
    const me = await academy.api.as(accessToken, tenant).get('/api/v1/users/me');
    expect(me.status, me.text).toBe(200);
    return { res, me: me.body as { id: string; email: string; roles: string[]; name: string } };
  }
}

const signIn = async (as: { idp: Idp; sub: string }, tenant = 'demo') => {
  const browser = new Browser(tenant);
  return browser.finish(await browser.toCallback(as));
};

const identities = (email: string) => academy.ctx.dbs.control('sso_identities').where({ email });

describe('single sign-on (OIDC)', () => {
  it('tells the sign-in page which academy has single sign-on', async () => {
    expect((await academy.api.at('demo').get('/api/v1/auth/sso')).body).toEqual({ enabled: true, displayName: 'Acme Login', enforce: false, startUrl: '/api/v1/auth/sso/start' });
    expect((await academy.api.at('beta').get('/api/v1/auth/sso')).body).toMatchObject({ enabled: true, enforce: true });
    expect((await academy.api.at('gamma').get('/api/v1/auth/sso')).body).toEqual({ enabled: false, enforce: false });
    const start = await academy.api.at('gamma').get('/api/v1/auth/sso/start', { accept: 'application/json' });
    expect(start.status).toBe(404);
    expect(start.body.code).toBe('sso_not_configured');
    // `next` must be a path of the web app: no other origin, no header injection.
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/a\r\nSet-Cookie: x=1']) {
      const bad = await academy.api.at('demo').get(`/api/v1/auth/sso/start?next=${encodeURIComponent(next)}`, { accept: 'application/json' });
      expect(bad.status, next).toBe(400);
      expect(bad.body.code).toBe('validation_failed');
      expect(bad.text).toContain('query.next');
    }
    // An API client gets the provider URL to open instead of a redirect, and the same state cookie.
    const asApi = await academy.api.at('demo').get('/api/v1/auth/sso/start', { accept: 'application/json' });
    expect(asApi.status, asApi.text).toBe(200);
    const url = new URL(asApi.body.authorizationUrl);
    expect(url.origin).toBe(idpA.issuer);
    for (const p of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(p), p).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${academy.url}/api/v1/auth/sso/callback`);
    expect(asApi.headers.getSetCookie().join()).toMatch(/academy_sso=[A-Za-z0-9_-]+; Max-Age=600; Path=\/api\/v1\/auth\/sso; .*HttpOnly; Secure; SameSite=Lax/);
  });

  it('signs in through the provider, makes the account on first use, maps roles, and finds the same account next time', async () => {
    const browser = new Browser('demo');
    const first = await browser.finish(await browser.toCallback({ idp: idpA, sub: 'a-alice' }), 'demo', 'page');
    expect(first.res.status).toBe(303);
    expect(first.res.location).toBe(`${academy.url}/courses`);
    expect(first.me).toMatchObject({ email: 'alice@acme.test' });
    expect(first.me!.roles.sort()).toEqual(['instructor', 'learner']);
    const links = await identities('alice@acme.test');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ issuer: idpA.issuer, subject: 'a-alice', user_id: first.me!.id });

    // Second sign-in: the same user; the provider's groups decide the roles again.
    idpA.accounts.get('a-alice')!.groups = ['academy-admins'];
    const second = await signIn({ idp: idpA, sub: 'a-alice' });
    expect(second.me!.id).toBe(first.me!.id);
    expect(second.me!.roles.sort()).toEqual(['admin', 'learner']);
    expect(await identities('alice@acme.test')).toHaveLength(1);
    // Linked by subject, not by email: a changed address at the provider still reaches the account.
    idpA.accounts.get('a-alice')!.email = 'alice.smith@acme.test';
    const third = await signIn({ idp: idpA, sub: 'a-alice' });
    expect(third.me!.id).toBe(first.me!.id);
  });

  it('links an existing password account with the same email', async () => {
    const carol = await signUp(academy.api.at('demo'), { email: 'carol@acme.test' });
    const { me } = await signIn({ idp: idpA, sub: 'a-carol' });
    expect(me!.id).toBe(carol.id);
  });

  it('answers 502 sso_provider_unavailable while the provider cannot be reached, and retries discovery after', async () => {
    const down = await startIdp({ clients: [{ clientId: 'academy-delta', clientSecret: 'delta-secret-0123456789', redirectUris: [`${academy.url}/api/v1/auth/sso/callback`] }] });
    const delta = await createTenant(academy.ctx, 'delta');
    await saveSsoProvider(academy.ctx.dbs.control, delta.id, { issuer: down.issuer, clientId: 'academy-delta', clientSecret: 'delta-secret-0123456789' });
    await down.stop();
    const res = await academy.api.at('delta').get('/api/v1/auth/sso/start', { accept: 'application/json' });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('sso_provider_unavailable');
    expect(res.body.detail).toContain(down.issuer);
    // A failed discovery is not remembered: the provider back on its port, the next start works.
    const up = await startIdp({ port: Number(new URL(down.issuer).port), clients: [{ clientId: 'academy-delta', clientSecret: 'delta-secret-0123456789', redirectUris: [`${academy.url}/api/v1/auth/sso/callback`] }] });
    try {
      const again = await academy.api.at('delta').get('/api/v1/auth/sso/start', { accept: 'application/json' });
      expect(again.status, again.text).toBe(200);
      expect(again.body.authorizationUrl.startsWith(up.issuer)).toBe(true);
    } finally {
      await up.stop();
    }
  });

  it('refuses an email outside the allowed domains, and one the provider does not vouch for', async () => {
    const { res, body } = await signIn({ idp: idpA, sub: 'a-bob' });
    expect(res.status).toBe(403);
    expect(body.code).toBe('sso_email_domain');
    expect(res.text).toContain('elsewhere.test');
    expect(await identities('bob@elsewhere.test')).toHaveLength(0);
    const unverified = await signIn({ idp: idpA, sub: 'a-unverified' });
    expect(unverified.res.status).toBe(403);
    expect(unverified.body.code).toBe('sso_email_unverified');
  });

  it('sends a browser that fails back to the sign-in page with the reason', async () => {
    const browser = new Browser('demo');
    const callback = await browser.toCallback({ idp: idpA, sub: 'a-bob' });
    const res = await browser.get(callback, { accept: 'text/html,application/xhtml+xml' });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${academy.url}/login?sso_error=sso_email_domain`);
  });

  it('refuses a wrong state, a missing state cookie and a replayed callback', async () => {
    const browser = new Browser('demo');
    const callback = await browser.toCallback({ idp: idpA, sub: 'a-dave' });
    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-the-state-this-browser-started');
    const wrong = await browser.finish(forged.href);
    expect(wrong.res.status).toBe(400);
    expect(wrong.body.code).toBe('sso_state_invalid');

    // Another browser (no state cookie) with a good callback URL.
    const elsewhere = await new Browser('demo').finish(callback);
    expect(elsewhere.res.status).toBe(400);
    expect(elsewhere.body.code).toBe('sso_state_invalid');

    // A whole sign-in, then the same callback URL with the same cookie again.
    const again = new Browser('demo');
    const url = await again.toCallback({ idp: idpA, sub: 'a-dave' });
    const cookie = again.jar(new URL(academy.url).origin).get('academy_sso')!;
    expect((await again.finish(url)).res.status).toBe(200);
    again.jar(new URL(academy.url).origin).set('academy_sso', cookie);
    const replay = await again.finish(url);
    expect(replay.res.status).toBe(400);
    expect(replay.body.code).toBe('sso_state_invalid');
    // Past that guard (its Redis key gone), the provider refuses the spent code itself.
    const demo = (await academy.ctx.tenants.bySlugOrNull('demo'))!;
    const state = new URL(url).searchParams.get('state')!;
    await academy.ctx.kv.del(`sso:state:${demo.id}:${createHash('sha256').update(state).digest('base64url')}`);
    again.jar(new URL(academy.url).origin).set('academy_sso', cookie);
    const spent = await again.finish(url);
    expect(spent.res.status).toBe(400);
    expect(spent.body.code).toBe('sso_response_invalid');
    expect(spent.body.detail).toContain('invalid_grant');
  });

  it('refuses an ID token of another issuer, for another audience, with another nonce, expired, or with a forged signature', async () => {
    const cases: [string, (c: Record<string, unknown>) => Record<string, unknown>][] = [
      ['issuer', (c) => ({ ...c, iss: idpB.issuer })],
      ['audience', (c) => ({ ...c, aud: 'academy-beta' })],
      ['nonce', (c) => ({ ...c, nonce: 'another-nonce' })],
      ['expiry', (c) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
    ];
    try {
      for (const [what, tamper] of cases) {
        idpA.tamperIdToken = tamper;
        const { res, body } = await signIn({ idp: idpA, sub: 'a-dave' });
        expect(res.status, `${what}: ${res.text}`).toBe(401);
        expect(body.code, what).toBe('sso_token_invalid');
        expect(body.detail, what).toContain(what === 'expiry' ? 'exp' : what === 'issuer' ? '"iss"' : what === 'audience' ? '"aud"' : '"nonce"');
      }
      // The provider's claims, signed by another key under the provider's key id.
      idpA.tamperIdToken = (c) => c;
      idpA.forgeSignature = true;
      const forged = await signIn({ idp: idpA, sub: 'a-dave' });
      expect(forged.res.status, forged.res.text).toBe(401);
      expect(forged.body.code).toBe('sso_token_invalid');
      expect(forged.body.detail).toContain('signature');
    } finally {
      idpA.tamperIdToken = undefined;
      idpA.forgeSignature = false;
    }
    // The same tampering, undone: the provider's own token signs in (the re-signing itself is sound).
    idpA.tamperIdToken = (c) => c;
    try {
      expect((await signIn({ idp: idpA, sub: 'a-dave' })).res.status).toBe(200);
    } finally {
      idpA.tamperIdToken = undefined;
    }
  });

  it("keeps tenants apart: tenant A's provider cannot sign into tenant B, and one person is two accounts", async () => {
    // A sign-in started at demo (IdP A), its callback delivered to beta: beta cannot open demo's state.
    const browser = new Browser('demo');
    const callback = await browser.toCallback({ idp: idpA, sub: 'a-dave' });
    const crossed = await browser.finish(callback, 'beta');
    expect(crossed.res.status).toBe(400);
    expect(crossed.body.code).toBe('sso_state_invalid');

    // The same email at beta's own provider is beta's own account.
    const atBeta = await signIn({ idp: idpB, sub: 'b-alice' }, 'beta');
    expect(atBeta.res.status).toBe(200);
    const atDemo = await signIn({ idp: idpA, sub: 'a-alice' }, 'demo');
    expect(atBeta.me!.id).not.toBe(atDemo.me!.id);
    expect(atBeta.me!.roles).toEqual(['learner']);
    // beta's token is refused at demo.
    const jar = new Browser('beta');
    await jar.finish(await jar.toCallback({ idp: idpB, sub: 'b-alice' }));
    const rt = jar.jar(new URL(academy.url).origin).get('academy_rt')!;
    const refreshAtDemo = await academy.api.at('demo').post('/api/v1/auth/refresh', { refreshToken: rt });
    expect(refreshAtDemo.status).toBe(401);
  });

  it('an enforcing academy refuses password sign-in and sign-up (403 sso_required); others keep them', async () => {
    const login = await academy.api.at('beta').post('/api/v1/auth/login', { email: 'alice@acme.test', password: 'whatever-password-1' });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('sso_required');
    expect(login.body.detail).toContain('/api/v1/auth/sso/start');
    const register = await academy.api.at('beta').post('/api/v1/auth/register', { email: 'new@acme.test', password: 'correct horse battery', name: 'New' });
    expect(register.status).toBe(403);
    expect(register.body.code).toBe('sso_required');
    const demo = await academy.api.at('demo').post('/api/v1/auth/login', { email: 'admin@demo.local', password: ADMIN_PASSWORD });
    expect(demo.status).toBe(200);
    // An account made by single sign-on has no password that verifies.
    const sso = await academy.api.at('demo').post('/api/v1/auth/login', { email: 'dave@acme.test', password: 'any-password-at-all' });
    expect(sso.status).toBe(401);
    expect(sso.body.code).toBe('invalid_credentials');
  });
});

// A long-running process past every lifetime (docs/sso.md, "Lifetimes"): the discovery document
// (an hour), the providers cache (30 s) and the state cookie (10 minutes), driven by one clock the
// test moves instead of waiting. Its own provider and academy tenant; the process's strategies and
// directory are swapped for ones on that clock and put back after.
describe('single sign-on past its lifetimes', () => {
  let idp: Idp;
  let tenantId: string;
  let t = Date.now();
  const warnings: string[] = [];
  const HOUR = 3600_000;
  let strategies: SsoStrategies;
  let restore: () => void;
  const clientOf = async (b: Browser) => {
    const r = await b.get(`${academy.url}/api/v1/auth/sso/start`, { accept: 'application/json' });
    expect(r.status, r.text).toBe(200);
    return new URL(JSON.parse(r.text).authorizationUrl).searchParams.get('client_id');
  };
  const signInHere = () => signIn({ idp, sub: 'l-lena' }, 'lifetimes');
  const oidcNames = () => Object.keys((strategies as unknown as { passport: { _strategies: Record<string, unknown> } }).passport._strategies).filter((n) => n.startsWith('oidc:'));

  beforeAll(async () => {
    const redirectUris = [`${academy.url}/api/v1/auth/sso/callback`];
    idp = await startIdp({ clients: [{ clientId: 'lt-1', clientSecret: 'lifetimes-secret-one', redirectUris }, { clientId: 'lt-2', clientSecret: 'lifetimes-secret-two', redirectUris }] });
    idp.accounts.set('l-lena', { sub: 'l-lena', email: 'lena@lifetimes.test' });
    tenantId = (await createTenant(academy.ctx, 'lifetimes')).id;
    await saveSsoProvider(academy.ctx.dbs.control, tenantId, { issuer: idp.issuer, clientId: 'lt-1', clientSecret: 'lifetimes-secret-one' });
    const [oldStrategies, oldDirectory] = [ssoStrategiesFor(academy.ctx), ssoDirectoryFor(academy.ctx)];
    strategies = new SsoStrategies({ allowHttp: true, now: () => t, log: { warn: (_obj, msg) => void warnings.push(msg) } });
    academy.ctx.instances.set(ssoStrategiesFor, strategies);
    academy.ctx.instances.set(ssoDirectoryFor, new SsoDirectory(academy.ctx.dbs.control, academy.ctx.config, 30_000, () => t));
    restore = () => (academy.ctx.instances.set(ssoStrategiesFor, oldStrategies), academy.ctx.instances.set(ssoDirectoryFor, oldDirectory));
  });
  afterAll(async () => {
    restore?.();
    await idp?.stop();
  });

  it('re-discovers after an hour, and keeps the last good discovery (logged) when that fails', async () => {
    expect((await signInHere()).me?.email).toBe('lena@lifetimes.test');
    expect(idp.discoveryRequests).toBe(1);
    t += HOUR / 2;
    expect((await signInHere()).me).toBeDefined();
    expect(idp.discoveryRequests).toBe(1);
    t += HOUR / 2 + 1;
    expect((await signInHere()).me).toBeDefined();
    expect(idp.discoveryRequests).toBe(2);
    // Past the next hour with discovery failing: sign-in goes on with the last good document.
    idp.failDiscovery = true;
    try {
      t += HOUR + 1;
      expect((await signInHere()).me).toBeDefined();
      expect(idp.discoveryRequests).toBe(3);
      expect(warnings).toEqual(['SSO re-discovery failed; keeping the last good discovery']);
      // Not asked again at every sign-in: after a minute.
      expect((await signInHere()).me).toBeDefined();
      expect(idp.discoveryRequests).toBe(3);
    } finally {
      idp.failDiscovery = false;
    }
    t += 60_001;
    expect((await signInHere()).me).toBeDefined();
    expect(idp.discoveryRequests).toBe(4);
    expect(oidcNames()).toHaveLength(1);
  });

  it('refuses a state cookie past 10 minutes, and the next sign-in works', async () => {
    const browser = new Browser('lifetimes');
    const callback = await browser.toCallback({ idp, sub: 'l-lena' });
    t += 10 * 60_000 + 1000;
    const late = await browser.finish(callback);
    expect(late.res.status).toBe(400);
    expect(late.body.code).toBe('sso_state_invalid');
    expect((await signInHere()).me?.email).toBe('lena@lifetimes.test');
  });

  it('replaces the strategy when the client changes (after the 30 s providers cache) and drops it when the provider is removed', async () => {
    const browser = new Browser('lifetimes');
    const before = oidcNames();
    expect(await clientOf(browser)).toBe('lt-1');
    await saveSsoProvider(academy.ctx.dbs.control, tenantId, { issuer: idp.issuer, clientId: 'lt-2', clientSecret: 'lifetimes-secret-two' });
    expect(await clientOf(browser)).toBe('lt-1'); // within the cache's 30 s
    t += 30_001;
    expect(await clientOf(browser)).toBe('lt-2');
    expect(oidcNames()).toHaveLength(1);
    expect(oidcNames()).not.toEqual(before);
    expect((await signInHere()).me?.email).toBe('lena@lifetimes.test');

    await academy.ctx.dbs.control('sso_providers').where({ tenant_id: tenantId }).delete();
    t += 30_001;
    expect((await academy.api.at('lifetimes').get('/api/v1/auth/sso')).body).toEqual({ enabled: false, enforce: false });
    expect(oidcNames()).toEqual([]);
    expect(strategies.size).toBe(0);
  });
});
