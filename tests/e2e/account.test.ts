import { csrfFor } from '../../services/auth/cookies.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { problem } from './learning-support.ts';

/** A user's own account: name, password, other devices (issue 10, item 6). */

let academy: TestAcademy;
let api: Api;

beforeAll(async () => {
  academy = await startTestAcademy({ physicalShards: 2, logicalShards: 4, seed: false });
  await createTenant(academy.ctx, 'demo');
  await createTenant(academy.ctx, 'acct-elsewhere');
  api = academy.api.at('demo');
});
afterAll(() => academy?.stop());

const V1 = '/api/v1';
const login = (email: string, password: string, at = api) => at.post(`${V1}/auth/login`, { email, password });
const refresh = (token: string) => api.post(`${V1}/auth/refresh`, { refreshToken: token });
const fields = (res: { body: any }) => (res.body.errors as { field: string }[]).map((e) => e.field);

/** A user signed in on three devices: the sign-up session and two more sign-ins. */
async function threeDevices() {
  const u = await signUp(api);
  const second = await login(u.email, u.password);
  const third = await login(u.email, u.password);
  expect(second.status, second.text).toBe(200);
  return { ...u, devices: [u.refreshToken, second.body.refreshToken as string, third.body.refreshToken as string] };
}

describe('PATCH /users/me', () => {
  it('changes my name, seen at once by GET /users/me', async () => {
    const u = await signUp(api, { name: 'Before' });
    const me = api.as(u.accessToken);
    expect((await me.get(`${V1}/users/me`)).body.name).toBe('Before');
    const res = await me.patch(`${V1}/users/me`, { name: '  Ada Lovelace ' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: u.id, name: 'Ada Lovelace', email: u.email.toLowerCase() });
    expect((await me.get(`${V1}/users/me`)).body.name).toBe('Ada Lovelace');
  });

  it('refuses bad input naming the field, changes nothing, and needs a token of this academy', async () => {
    const u = await signUp(api, { name: 'Stays' });
    const me = api.as(u.accessToken);
    for (const [body, field] of [[{ name: '   ' }, 'name'], [{ name: 'x'.repeat(201) }, 'name'], [{ name: 5 }, 'name'], [{}, 'name'], [{ name: 'Ok', email: 'a@b.c' }, 'email'], [{ name: 'Ok', roles: ['admin'] }, 'roles']] as const) {
      const res = await me.patch(`${V1}/users/me`, body);
      problem(res, 400, 'validation_failed');
      expect(fields(res)).toEqual([field]);
    }
    expect((await me.get(`${V1}/users/me`)).body).toMatchObject({ name: 'Stays', roles: ['learner'] });
    problem(await api.as(undefined).patch(`${V1}/users/me`, { name: 'Anon' }), 401, 'unauthorized');
    problem(await academy.api.as(u.accessToken, 'acct-elsewhere').patch(`${V1}/users/me`, { name: 'Elsewhere' }), 401, 'token_wrong_tenant');
  });
});

describe('POST /auth/password', () => {
  it('changes the password and signs out every other session, keeping this one', async () => {
    const u = await threeDevices();
    const res = await api.as(u.accessToken).post(`${V1}/auth/password`, { currentPassword: u.password, newPassword: 'a brand new passphrase', refreshToken: u.devices[0] });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ revokedSessions: 2 });
    expect((await refresh(u.devices[0])).status).toBe(200);
    problem(await refresh(u.devices[1]), 401, 'refresh_token_reused');
    problem(await refresh(u.devices[2]), 401, 'refresh_token_reused');
    problem(await login(u.email, u.password), 401, 'invalid_credentials');
    expect((await login(u.email, 'a brand new passphrase')).status).toBe(200);
  });

  it('without a refresh token, signs out every session', async () => {
    const u = await threeDevices();
    const res = await api.as(u.accessToken).post(`${V1}/auth/password`, { currentPassword: u.password, newPassword: 'another good passphrase' });
    expect(res.body).toEqual({ revokedSessions: 3 });
    for (const t of u.devices) expect((await refresh(t)).status).toBe(401);
  });

  it('keeps the session of the web cookie when the CSRF header matches', async () => {
    const u = await signUp(api);
    const other = await login(u.email, u.password);
    const csrf = csrfFor(u.refreshToken); // bound to the session (services/auth/cookies.ts)
    const cookie = `academy_rt=${u.refreshToken}; academy_csrf=${csrf}`;
    const body = { currentPassword: u.password, newPassword: 'cookie kept passphrase' };
    problem(await api.as(u.accessToken).post(`${V1}/auth/password`, body, { cookie }), 403, 'csrf_failed');
    const res = await api.as(u.accessToken).post(`${V1}/auth/password`, body, { cookie, 'x-csrf-token': csrf });
    expect(res.body).toEqual({ revokedSessions: 1 });
    expect((await refresh(u.refreshToken)).status).toBe(200);
    expect((await refresh(other.body.refreshToken)).status).toBe(401);
  });

  it('refuses bad input with problem+json naming the field, changing nothing', async () => {
    const u = await threeDevices();
    const stranger = await signUp(api);
    const me = api.as(u.accessToken);
    const cases: [Record<string, unknown>, string][] = [
      [{ currentPassword: u.password, newPassword: 'short' }, 'newPassword'],
      [{ currentPassword: u.password, newPassword: 'password123' }, 'newPassword'],
      [{ currentPassword: u.password, newPassword: u.email }, 'newPassword'],
      [{ currentPassword: u.password, newPassword: u.password }, 'newPassword'],
      [{ newPassword: 'a fine new passphrase' }, 'currentPassword'],
      [{ currentPassword: u.password, newPassword: 'a fine new passphrase', refreshToken: stranger.refreshToken }, 'refreshToken'],
      [{ currentPassword: u.password, newPassword: 'a fine new passphrase', refreshToken: 'garbage' }, 'refreshToken'],
      [{ currentPassword: u.password, newPassword: 'a fine new passphrase', mfa: '123456' }, 'mfa'],
    ];
    for (const [body, field] of cases) {
      const res = await me.post(`${V1}/auth/password`, body);
      problem(res, 400, 'validation_failed');
      expect(fields(res), JSON.stringify(body)).toEqual([field]);
    }
    const wrong = await me.post(`${V1}/auth/password`, { currentPassword: 'not the password', newPassword: 'a fine new passphrase' });
    problem(wrong, 403, 'current_password_wrong');
    expect(fields(wrong)).toEqual(['currentPassword']);
    // Nothing changed: the old password signs in, every device still refreshes.
    expect((await login(u.email, u.password)).status).toBe(200);
    for (const t of u.devices) expect((await refresh(t)).status).toBe(200);
    problem(await api.as(undefined).post(`${V1}/auth/password`, { currentPassword: u.password, newPassword: 'a fine new passphrase' }), 401, 'unauthorized');
  });

  it('counts wrong current passwords as failed sign-ins, then locks (a stolen access token cannot guess the password)', async () => {
    const u = await signUp(api);
    const me = api.as(u.accessToken);
    for (let i = 0; i < 5; i++) problem(await me.post(`${V1}/auth/password`, { currentPassword: `guess number ${i}`, newPassword: 'a fine new passphrase' }), 403, 'current_password_wrong');
    const locked = await me.post(`${V1}/auth/password`, { currentPassword: u.password, newPassword: 'a fine new passphrase' });
    problem(locked, 429, 'login_locked');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    problem(await login(u.email, u.password), 429, 'login_locked');
  });
});

describe('POST /auth/logout-others', () => {
  it('revokes every session but this one', async () => {
    const u = await threeDevices();
    const res = await api.as(u.accessToken).post(`${V1}/auth/logout-others`, { refreshToken: u.devices[1] });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ revokedSessions: 2 });
    expect((await refresh(u.devices[1])).status).toBe(200);
    problem(await refresh(u.devices[0]), 401, 'refresh_token_reused');
    problem(await refresh(u.devices[2]), 401, 'refresh_token_reused');
    // Again: nothing else is left.
    const rotated = await login(u.email, u.password);
    expect((await api.as(rotated.body.accessToken).post(`${V1}/auth/logout-others`, { refreshToken: rotated.body.refreshToken })).body).toEqual({ revokedSessions: 1 });
  });

  it("refuses a missing, spent, foreign or other academy's refresh token (400 refreshToken), revoking nothing", async () => {
    const u = await threeDevices();
    const me = api.as(u.accessToken);
    const stranger = await signUp(api);
    const elsewhere = await signUp(academy.api.at('acct-elsewhere'), { email: u.email, password: u.password });
    const spent = u.devices[2];
    const fresh = await refresh(spent);
    for (const body of [{}, { refreshToken: spent }, { refreshToken: stranger.refreshToken }, { refreshToken: elsewhere.refreshToken }, { refreshToken: 'x.y' }]) {
      const res = await me.post(`${V1}/auth/logout-others`, body);
      problem(res, 400, 'validation_failed');
      expect(fields(res), JSON.stringify(body)).toEqual(['refreshToken']);
    }
    problem(await me.post(`${V1}/auth/logout-others`, { refreshToken: 5 }), 400, 'validation_failed');
    for (const t of [u.devices[0], u.devices[1], fresh.body.refreshToken]) expect((await refresh(t)).status).toBe(200);
    expect((await refresh(elsewhere.refreshToken)).status).toBe(401); // wrong academy for that token
    expect((await academy.api.at('acct-elsewhere').post(`${V1}/auth/refresh`, { refreshToken: elsewhere.refreshToken })).status).toBe(200);
    problem(await api.as(undefined).post(`${V1}/auth/logout-others`, { refreshToken: u.devices[0] }), 401, 'unauthorized');
  });
});

describe('the OpenAPI document', () => {
  it('describes the account routes', async () => {
    const doc = (await api.get(`${V1}/openapi.json`)).body;
    for (const [path, method] of [['/api/v1/users/me', 'patch'], ['/api/v1/auth/password', 'post'], ['/api/v1/auth/logout-others', 'post']]) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.security).toEqual([{ bearerAuth: [] }]);
      expect(op.requestBody.content['application/json'].schema).toBeDefined();
    }
  });
});
