import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestAcademy, adminToken, type Api, type TestAcademy } from '../support/academy.ts';
import { toAppError } from '../../services/kit/errors.ts';

/**
 * The odd inputs a fuzzing probe turned into 500s (issue 8, item 5), each pinned to the exact
 * 4xx problem it must get, on real PostgreSQL with a map of 8 logical shards.
 */
let academy: TestAcademy;
let api: Api;
let admin: Api;
beforeAll(async () => {
  academy = await startTestAcademy({ seed: true });
  api = academy.api;
  admin = api.as(await adminToken(api));
});
afterAll(() => academy?.stop());

/** A v7 id whose 12-bit shard field is 0xfff: outside this academy's 8 logical shards. */
const OUTSIDE_THE_MAP = '01a23aaa-ff99-7fff-8cf8-45ca9cfeaa0c';

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
}

describe('a NUL character in any text', () => {
  it('in a query string is a 400 naming the field', async () => {
    const res = await api.get('/api/v1/courses?q=%00');
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([{ field: 'query.q', message: 'must not contain a NUL character' }]);
  });

  it('in a sign-up name is a 400 naming the field, and no account is made', async () => {
    const email = `nul.${Date.now()}@example.com`;
    const res = await api.post('/api/v1/auth/register', { email, password: 'correct horse battery', name: 'Ada\u0000' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([{ field: 'name', message: 'must not contain a NUL character' }]);
    expect((await api.post('/api/v1/auth/login', { email, password: 'correct horse battery' })).status).toBe(401);
  });

  it('in course titles and descriptions, nested or not, names each field', async () => {
    const res = await admin.post('/api/v1/courses', { title: 'T\u0000', description: '\u0000' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['description', 'title']);
  });

  it('anywhere in any field of a sign-up or sign-in is a 400 naming exactly that field (fuzzed)', async () => {
    const withNul = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}\u0000${b}`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('register', 'login'), fc.constantFrom('email', 'password', 'name'), withNul, async (route, field, value) => {
        const body: Record<string, string> = { email: 'ada@example.com', password: 'correct horse battery', ...(route === 'register' ? { name: 'Ada' } : {}) };
        body[field] = value;
        const res = await api.post(`/api/v1/auth/${route}`, body);
        expectProblem(res, 400, 'validation_failed');
        expect(res.body.errors).toEqual([{ field, message: 'must not contain a NUL character' }]);
      }),
      { numRuns: 40 },
    );
  });

  it('in a body sent as UTF-16 is a 400 naming the field, and no account is made', async () => {
    // JSON in UTF-16 (body-parser accepts any utf-* charset): the escape `\u0000` is not the
    // UTF-8 bytes a quick scan of the raw body could look for, so the walk over the values must run.
    const email = `nul16.${Date.now()}@example.com`;
    const text = JSON.stringify({ email, password: 'correct horse battery', name: 'Ada\u0000' });
    const res = await fetch(`${api.base}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'x-tenant': api.defaults.tenant ?? 'demo', 'content-type': 'application/json; charset=utf-16le' },
      body: Buffer.from(text, 'utf16le'),
    });
    const body = (await res.json()) as { code: string; errors: unknown };
    expectProblem({ status: res.status, headers: res.headers, body }, 400, 'validation_failed');
    expect(body.errors).toEqual([{ field: 'name', message: 'must not contain a NUL character' }]);
    expect((await api.post('/api/v1/auth/login', { email, password: 'correct horse battery' })).status).toBe(401);
  });

  it('in a path parameter is a 400', async () => {
    expectProblem(await api.get('/api/v1/courses/a%00b'), 400, 'validation_failed');
  });

  it('that reaches PostgreSQL anyway maps from its SQLSTATE (class 22) to a 400', async () => {
    const err = await academy.ctx.dbs.control.raw('select ?::text as t', ['a\u0000b']).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as { code?: string }).code).toBe('22021');
    expect(toAppError(err)).toMatchObject({ status: 400, code: 'invalid_text' });
  });
});

describe('a path that cannot be percent-decoded', () => {
  it('/courses/%FF is a 400 problem', async () => {
    expectProblem(await api.get('/api/v1/courses/%FF'), 400, 'malformed_path');
  });
});

describe('ids we never minted', () => {
  it('a certificate code whose shard is outside the map is a 404', async () => {
    expectProblem(await api.get(`/api/v1/certificates/${OUTSIDE_THE_MAP}`), 404, 'not_found');
  });

  it('a refresh token whose id names a shard outside the map is an invalid token (401), and logging out with it is a no-op', async () => {
    const refreshToken = `${OUTSIDE_THE_MAP}.${'A'.repeat(43)}`;
    expectProblem(await api.post('/api/v1/auth/refresh', { refreshToken }), 401, 'refresh_token_invalid');
    expect((await api.post('/api/v1/auth/logout', { refreshToken })).status).toBe(204);
  });

  it('a UUID that is not version 7 is a 404 on an admin route', async () => {
    expectProblem(await admin.patch('/api/v1/users/00000000-0000-0000-0000-000000000000', { roles: ['learner'] }), 404, 'user_not_found');
  });

  it('the router answers owns() from the current map', () => {
    expect(academy.ctx.dbs.owns(OUTSIDE_THE_MAP)).toBe(false);
    expect(academy.ctx.dbs.owns('01a23aaa-ff99-7007-8cf8-45ca9cfeaa0c')).toBe(true);
    expect(academy.ctx.dbs.owns('00000000-0000-0000-0000-000000000000')).toBe(false);
  });
});
