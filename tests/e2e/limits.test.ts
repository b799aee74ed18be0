import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { startTestAcademy, uniqueEmail, type TestAcademy } from '../support/academy.ts';
import { createLogger } from '../../services/kit/logger.ts';
import { UserStore } from '../../services/users/store.ts';

let academy: TestAcademy;
beforeAll(async () => {
  academy = await startTestAcademy({ env: { RATE_LIMIT_PER_MINUTE: '5', AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
});
afterAll(() => academy?.stop());

describe('rate limits (in Redis)', () => {
  it('limits sign-in attempts per IP with 429 and Retry-After', async () => {
    const statuses = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await academy.api.post('/api/v1/auth/login', { email: uniqueEmail(), password: 'whatever-password' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last!.body.code).toBe('rate_limited');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits each user to the configured requests per minute, across one IP', async () => {
    // Registration is itself limited above (3/min per IP), so mint tokens with the academy's own key ring.
    const tenant = (await academy.ctx.tenants.bySlugOrNull('demo'))!;
    const adminId = (await new UserStore(academy.ctx.dbs).idByEmail(tenant.id, 'admin@demo.local'))!;
    const tokenFor = (sub: string) => academy.ctx.keys.sign({ sub, tid: tenant.id, ten: 'demo', roles: ['learner'] });
    const admin = await tokenFor(adminId);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await academy.api.as(admin).get('/api/v1/users/me')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // Another user on the same IP has a budget of their own: the key is the user, not the address.
    const other = await tokenFor('01900000-0000-7000-8000-000000000000');
    const res = await academy.api.as(other).get('/api/v1/users/me');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('user_not_found');
  });
});

describe('logs', () => {
  it('never write passwords, tokens or emails', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) });
    const logger = createLogger('info', sink);
    logger.info({ body: { email: 'ada@example.com', password: 'correct horse battery' }, refreshToken: 'abc.def', req: { headers: { authorization: 'Bearer xyz', cookie: 'academy_rt=1' } } }, 'oops');
    const out = lines.join('');
    expect(out).toContain('oops');
    for (const secret of ['ada@example.com', 'correct horse battery', 'abc.def', 'Bearer xyz', 'academy_rt=1']) expect(out).not.toContain(secret);
  });
});
