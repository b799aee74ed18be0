import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { SignJWT, generateKeyPair } from 'jose';
import { adminToken, createTenant, signUp, startTestAcademy, uniqueEmail, type TestAcademy } from '../support/academy.ts';
import { currentTotp } from '../../services/auth/domain/mfa.ts';

let academy: TestAcademy;
beforeAll(async () => {
  academy = await startTestAcademy({ physicalShards: 2, logicalShards: 8 });
});
afterAll(() => academy?.stop());

const problem = (res: { status: number; headers: Headers; body: any }, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
};

describe('register, log in, read me', () => {
  it('registers a learner, signs in and reads /users/me', async () => {
    const email = uniqueEmail('ada');
    const reg = await academy.api.post('/api/v1/auth/register', { email, password: 'correct horse battery', name: 'Ada' });
    expect(reg.status).toBe(201);
    expect(reg.body.user).toMatchObject({ email, name: 'Ada', roles: ['learner'], mfaEnabled: false });
    expect(reg.body.user.password_hash).toBeUndefined();
    expect(reg.body.user.passwordHash).toBeUndefined();
    const login = await academy.api.post('/api/v1/auth/login', { email: email.toUpperCase(), password: 'correct horse battery' });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ expiresIn: 900, tokenType: 'Bearer' });
    const me = await academy.api.as(login.body.accessToken).get('/api/v1/users/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(reg.body.user.id);
  });

  it('signs access tokens for 15 minutes with a kid published in the JWKS', async () => {
    const { accessToken } = await signUp(academy.api);
    const [h, p] = accessToken.split('.').slice(0, 2).map((s) => JSON.parse(Buffer.from(s, 'base64url').toString()));
    expect(p.exp - p.iat).toBe(900);
    const jwks = await academy.api.get('/api/v1/auth/.well-known/jwks.json');
    expect(jwks.body.keys.map((k: { kid: string }) => k.kid)).toContain(h.kid);
    expect(jwks.body.keys[0].d).toBeUndefined(); // never the private part
  });

  it('refuses a duplicate email with 409, case-insensitively', async () => {
    const u = await signUp(academy.api);
    problem(await academy.api.post('/api/v1/auth/register', { email: u.email.toUpperCase(), password: 'another good passphrase', name: 'X' }), 409, 'email_taken');
  });

  it('refuses weak passwords naming the field', async () => {
    const res = await academy.api.post('/api/v1/auth/register', { email: uniqueEmail(), password: 'password123', name: 'X' });
    problem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([{ field: 'password', message: 'is one of the most common passwords' }]);
    const short = await academy.api.post('/api/v1/auth/register', { email: uniqueEmail(), password: 'short', name: 'X' });
    expect(short.body.errors[0].field).toBe('password');
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const u = await signUp(academy.api);
    const wrong = await academy.api.post('/api/v1/auth/login', { email: u.email, password: 'not the password!' });
    const unknown = await academy.api.post('/api/v1/auth/login', { email: uniqueEmail(), password: 'not the password!' });
    problem(wrong, 401, 'invalid_credentials');
    problem(unknown, 401, 'invalid_credentials');
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });
});

describe('refresh tokens', () => {
  it('rotates: the old token is spent, the new one works', async () => {
    const u = await signUp(academy.api);
    const r1 = await academy.api.post('/api/v1/auth/refresh', { refreshToken: u.refreshToken });
    expect(r1.status).toBe(200);
    expect(r1.body.refreshToken).not.toBe(u.refreshToken);
    const r2 = await academy.api.post('/api/v1/auth/refresh', { refreshToken: r1.body.refreshToken });
    expect(r2.status).toBe(200);
  });

  it('revokes the whole family when a spent token is presented again', async () => {
    const u = await signUp(academy.api);
    const r1 = await academy.api.post('/api/v1/auth/refresh', { refreshToken: u.refreshToken });
    problem(await academy.api.post('/api/v1/auth/refresh', { refreshToken: u.refreshToken }), 401, 'refresh_token_reused');
    // The thief's (or the user's) newer token of the same family is dead too.
    problem(await academy.api.post('/api/v1/auth/refresh', { refreshToken: r1.body.refreshToken }), 401, 'refresh_token_reused');
    // A new sign-in starts a fresh family that works.
    const login = await academy.api.post('/api/v1/auth/login', { email: u.email, password: u.password });
    expect((await academy.api.post('/api/v1/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(200);
  });

  it('lets exactly one of two concurrent refreshes win, and revokes the family', async () => {
    const u = await signUp(academy.api);
    const results = await Promise.all([1, 2].map(() => academy.api.post('/api/v1/auth/refresh', { refreshToken: u.refreshToken })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await academy.api.post('/api/v1/auth/refresh', { refreshToken: winner.body.refreshToken })).status).toBe(401);
  });

  it('refuses garbage and tampered refresh tokens', async () => {
    const u = await signUp(academy.api);
    problem(await academy.api.post('/api/v1/auth/refresh', { refreshToken: 'nope' }), 401, 'refresh_token_invalid');
    const [id, secret] = u.refreshToken.split('.');
    const tampered = `${id}.${secret.slice(0, -2)}${secret.endsWith('AA') ? 'BB' : 'AA'}`;
    problem(await academy.api.post('/api/v1/auth/refresh', { refreshToken: tampered }), 401, 'refresh_token_invalid');
    problem(await academy.api.post('/api/v1/auth/refresh', {}), 401, 'refresh_token_missing');
  });

  it('logout revokes the family', async () => {
    const u = await signUp(academy.api);
    expect((await academy.api.post('/api/v1/auth/logout', { refreshToken: u.refreshToken })).status).toBe(204);
    expect((await academy.api.post('/api/v1/auth/refresh', { refreshToken: u.refreshToken })).status).toBe(401);
  });

  it('works from the httpOnly cookie, but only with the CSRF header (double submit)', async () => {
    const reg = await fetch(`${academy.url}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail(), password: 'correct horse battery', name: 'Web' }),
    });
    const cookies = reg.headers.getSetCookie();
    const rt = cookies.find((c) => c.startsWith('academy_rt='))!;
    const csrf = cookies.find((c) => c.startsWith('academy_csrf='))!;
    expect(rt).toMatch(/HttpOnly/i);
    expect(rt).toMatch(/Secure/i);
    expect(rt).toMatch(/SameSite=Strict/i);
    expect(rt).toMatch(/Path=\/api\/v1\/auth/);
    expect(csrf).not.toMatch(/HttpOnly/i);
    const jar = [rt, csrf].map((c) => c.split(';')[0]).join('; ');
    const csrfValue = csrf.split(';')[0].split('=')[1];
    const noHeader = await academy.api.post('/api/v1/auth/refresh', {}, { cookie: jar });
    problem(noHeader, 403, 'csrf_failed');
    const wrongHeader = await academy.api.post('/api/v1/auth/refresh', {}, { cookie: jar, 'x-csrf-token': 'x'.repeat(csrfValue.length) });
    problem(wrongHeader, 403, 'csrf_failed');
    const ok = await academy.api.post('/api/v1/auth/refresh', {}, { cookie: jar, 'x-csrf-token': csrfValue });
    expect(ok.status).toBe(200);
  });
});

describe('MFA (TOTP)', () => {
  it('enrols, then requires a valid, unreplayed code at login', async () => {
    const u = await signUp(academy.api);
    const me = academy.api.as(u.accessToken);
    const setup = await me.post('/api/v1/auth/mfa/setup', { password: u.password });
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    problem(await me.post('/api/v1/auth/mfa/enable', { totp: '000000' === currentTotp(setup.body.secret) ? '111111' : '000000' }), 400, 'validation_failed');
    const enabled = await me.post('/api/v1/auth/mfa/enable', { totp: currentTotp(setup.body.secret) });
    expect(enabled.status).toBe(200);
    expect(enabled.body.mfaEnabled).toBe(true);
    expect(enabled.body.recoveryCodes).toHaveLength(10);

    problem(await academy.api.post('/api/v1/auth/login', { email: u.email, password: u.password }), 401, 'mfa_required');
    problem(await academy.api.post('/api/v1/auth/login', { email: u.email, password: u.password, totp: '123456' === currentTotp(setup.body.secret) ? '654321' : '123456' }), 401, 'mfa_invalid');
    // The code used to enable cannot be replayed; the next step's code works.
    const next = currentTotp(setup.body.secret, Date.now() + 30_000);
    const ok = await academy.api.post('/api/v1/auth/login', { email: u.email, password: u.password, totp: next });
    expect(ok.status).toBe(200);
    problem(await academy.api.post('/api/v1/auth/login', { email: u.email, password: u.password, totp: next }), 401, 'mfa_invalid');
  });

  it('refuses setup without a token', async () => {
    problem(await academy.api.post('/api/v1/auth/mfa/setup', { password: 'whatever-password' }), 401, 'unauthorized');
  });
});

describe('lockout', () => {
  it('slows down after repeated failures and then locks, with Retry-After', async () => {
    const u = await signUp(academy.api);
    for (let i = 0; i < 4; i++) {
      problem(await academy.api.post('/api/v1/auth/login', { email: u.email, password: 'wrong wrong wrong' }), 401, 'invalid_credentials');
    }
    // The 5th failure starts the waiting; the next try inside the wait is refused unchecked.
    problem(await academy.api.post('/api/v1/auth/login', { email: u.email, password: 'wrong wrong wrong' }), 401, 'invalid_credentials');
    const locked = await academy.api.post('/api/v1/auth/login', { email: u.email, password: u.password });
    problem(locked, 429, 'login_locked');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('tenant isolation', () => {
  it('refuses a token of academy A at academy B, and keeps users apart', async () => {
    await createTenant(academy.ctx, 'other-academy');
    const other = academy.api.at('other-academy');
    const a = await signUp(academy.api);
    problem(await other.as(a.accessToken).get('/api/v1/users/me'), 401, 'token_wrong_tenant');
    // The same email is a different account in another academy.
    const b = await signUp(other, { email: a.email });
    expect(b.id).not.toBe(a.id);
    problem(await academy.api.post('/api/v1/auth/login', { email: a.email, password: 'wrong wrong wrong' }), 401, 'invalid_credentials');
    // A's refresh token means nothing at B.
    problem(await other.post('/api/v1/auth/refresh', { refreshToken: a.refreshToken }), 401, 'refresh_token_invalid');
  });

  it('resolves the tenant from the Host among its domains', async () => {
    await createTenant(academy.ctx, 'hosted', ['learn.hosted.test']);
    const u = await signUp(academy.api.at('hosted'));
    // fetch may not set Host; plain http can.
    const me = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const url = new URL(academy.url);
      http
        .get({ host: url.hostname, port: url.port, path: '/api/v1/users/me', headers: { host: 'learn.hosted.test', authorization: `Bearer ${u.accessToken}` } }, (res) => {
          let data = '';
          res.on('data', (c) => (data += c));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(data) }));
        })
        .on('error', reject);
    });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(u.id);
  });

  it('answers 404 for an unknown academy', async () => {
    problem(await academy.api.at('no-such-academy').get('/api/v1/users/me'), 404, 'tenant_not_found');
  });

  it('an admin cannot see or change users of another academy', async () => {
    const admin = await adminToken(academy.api);
    const stranger = await signUp(academy.api.at('other-academy'));
    problem(await academy.api.as(admin).patch(`/api/v1/users/${stranger.id}`, { roles: ['admin'] }), 404, 'user_not_found');
    const list = await academy.api.as(admin).get('/api/v1/users?limit=100');
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(stranger.id);
  });
});

describe('roles', () => {
  it('lets only admins list users and change roles', async () => {
    const learner = await signUp(academy.api);
    problem(await academy.api.as(learner.accessToken).get('/api/v1/users'), 403, 'role_required');
    problem(await academy.api.as(learner.accessToken).patch(`/api/v1/users/${learner.id}`, { roles: ['admin'] }), 403, 'role_required');
    const admin = await adminToken(academy.api);
    const promoted = await academy.api.as(admin).patch(`/api/v1/users/${learner.id}`, { roles: ['instructor', 'learner'] });
    expect(promoted.status).toBe(200);
    expect(promoted.body.roles).toEqual(['instructor', 'learner']);
    problem(await academy.api.as(admin).patch(`/api/v1/users/${learner.id}`, { roles: ['platform-admin'] }), 400, 'validation_failed');
  });

  it('lists users across every shard in sign-up order with a cursor', async () => {
    const admin = await adminToken(academy.api);
    const made = [];
    for (let i = 0; i < 6; i++) made.push(await signUp(academy.api));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await academy.api.as(admin).get(`/api/v1/users?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((x) => x.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    for (const u of made) expect(seen).toContain(u.id);
  });
});

describe('bad input', () => {
  it('malformed JSON -> 400, unknown fields -> 400 naming them', async () => {
    problem(await academy.api.post('/api/v1/auth/login', '{"email": '), 400, 'malformed_json');
    const res = await academy.api.post('/api/v1/auth/register', { email: uniqueEmail(), password: 'correct horse battery', name: 'X', isAdmin: true });
    problem(res, 400, 'validation_failed');
    expect(res.body.errors).toContainEqual({ field: 'isAdmin', message: 'unknown field' });
  });

  it('a body over the limit -> 413; a wrong content type -> 415', async () => {
    problem(await academy.api.post('/api/v1/auth/login', { email: 'a@b.co', password: 'x'.repeat(200_000) }), 413, 'payload_too_large');
    problem(await academy.api.post('/api/v1/auth/login', 'email=a', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
  });

  it('missing, malformed, expired, tampered and foreign-key tokens -> 401', async () => {
    const u = await signUp(academy.api);
    problem(await academy.api.get('/api/v1/users/me'), 401, 'unauthorized');
    problem(await academy.api.get('/api/v1/users/me', { authorization: 'Basic abc' }), 401, 'token_invalid');
    const [h, p, s] = u.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    problem(await academy.api.as(`${h}.${forged}.${s}`).get('/api/v1/users'), 401, 'token_invalid');
    // Signed by a key the academy never had, with a kid it knows.
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const kid = JSON.parse(Buffer.from(h, 'base64url').toString()).kid;
    const foreign = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'at+jwt' }).sign(privateKey);
    problem(await academy.api.as(foreign).get('/api/v1/users/me'), 401, 'token_invalid');
    // Expired: signed by the academy's own key ring, 1 s lifetime, in the past.
    const expired = await academy.ctx.keys.sign({ sub: u.id, tid: claims.tid, ten: 'demo', roles: ['learner'] }, -10);
    problem(await academy.api.as(expired).get('/api/v1/users/me'), 401, 'token_expired');
  });

  it('unknown routes -> 404 problem; a bad id -> 400', async () => {
    const admin = await adminToken(academy.api);
    problem(await academy.api.get('/api/v1/nope'), 404, 'route_not_found');
    const res = await academy.api.as(admin).patch('/api/v1/users/not-a-uuid', { roles: ['learner'] });
    problem(res, 400, 'validation_failed');
    expect(res.body.errors[0].field).toBe('params.id');
  });
});

describe('edge', () => {
  it('sets helmet headers and a request id on every response', async () => {
    const res = await academy.api.get('/api/v1/users/me');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('serves health, readiness, metrics and the OpenAPI document', async () => {
    expect((await academy.api.get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await academy.api.get('/readyz');
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
    const metrics = await academy.api.get('/metrics');
    expect(metrics.text).toMatch(/academy_http_requests_total\{method="POST",route="\/api\/v1\/auth\/login",status="200"\} \d+/);
    const doc = await academy.api.get('/api/v1/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(doc.body.paths['/api/v1/auth/register'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password', 'name']);
    expect(doc.body.paths['/api/v1/users/{id}'].patch).toBeDefined();
    const docs = await fetch(`${academy.url}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
  });
});
