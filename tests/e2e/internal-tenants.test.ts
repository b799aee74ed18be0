/**
 * The internal tenants route (issue #15): the operator adds a pooled academy's row to its pool's
 * academy with the service token — an idempotent PUT, a DELETE — and the academy then serves it
 * by Host at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';

const TOKEN = 'pool-service-token-for-tests-0123456789';
let academy: TestAcademy;
beforeAll(async () => {
  academy = await startTestAcademy({ env: { SERVICE_TOKEN: TOKEN } });
});
afterAll(() => academy?.stop());

const put = (slug: string, body: unknown, token: string | null = TOKEN) => academy.api.as(token ?? undefined).put(`/api/v1/internal/tenants/${slug}`, body);
const row = (slug: string) => academy.ctx.dbs.control('tenants').where({ slug }).first();

describe('PUT/DELETE /internal/tenants/:slug', () => {
  it('makes the row (201), answers 200 to the same PUT without changing it, and brings it to a changed body', async () => {
    const body = { name: 'Corner Bakery', domains: ['bakery.example.com'], plan: 'starter' };
    const first = await put('bakery', body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ slug: 'bakery', name: 'Corner Bakery', domains: ['bakery.example.com'], plan: 'starter', status: 'active' });
    const again = await put('bakery', body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const changed = await put('bakery', { ...body, domains: ['bakery.example.com', 'learn.bakery.example.com'], plan: 'pro' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: first.body.id, domains: ['bakery.example.com', 'learn.bakery.example.com'], plan: 'pro' });
    expect(await row('bakery')).toMatchObject({ id: first.body.id, plan: 'pro' });
  });

  it('serves the new academy by Host at once (the tenant cache is invalidated)', async () => {
    // A miss first: the name is remembered as unknown...
    expect((await academy.api.get('/api/v1/courses', { 'x-tenant': 'fresh' })).status).toBe(404);
    expect((await put('fresh', { name: 'Fresh', domains: ['fresh.example.com'], plan: 'free' })).status).toBe(201);
    // ...and forgotten by the PUT.
    expect((await academy.api.get('/api/v1/courses', { 'x-tenant': 'fresh' })).status).toBe(200);
  });

  it('refuses without the service token (401), a domain another academy serves (409 naming it), and a bad slug or body (400 naming the field)', async () => {
    expect((await put('nope', { name: 'x', plan: 'free' }, null)).status).toBe(401);
    expect((await put('nope', { name: 'x', plan: 'free' }, 'wrong-token')).status).toBe(401);
    const taken = await put('copycat', { name: 'Copycat', domains: ['bakery.example.com'], plan: 'free' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'tenant_domain_conflict', detail: expect.stringContaining('bakery.example.com') });
    expect(await row('copycat')).toBeUndefined();
    const badSlug = await put('Not_A_Label', { name: 'x', plan: 'free' });
    expect(badSlug.status).toBe(400);
    expect(JSON.stringify(badSlug.body)).toContain('slug');
    const badPlan = await put('okslug', { name: 'x', plan: 'platinum' });
    expect(badPlan.status).toBe(400);
    expect(JSON.stringify(badPlan.body)).toContain('plan');
    // The deployment's own academy is not the operator's to change.
    expect((await put('demo', { name: 'Hijack', plan: 'free' })).body).toMatchObject({ code: 'tenant_is_home' });
  });

  it('DELETE removes the row (204) and is idempotent (204 again); the academy is then unknown', async () => {
    expect((await academy.api.as(TOKEN).delete('/api/v1/internal/tenants/fresh')).status).toBe(204);
    expect(await row('fresh')).toBeUndefined();
    expect((await academy.api.as(TOKEN).delete('/api/v1/internal/tenants/fresh')).status).toBe(204);
    expect((await academy.api.get('/api/v1/courses', { 'x-tenant': 'fresh' })).status).toBe(404);
    expect((await academy.api.delete('/api/v1/internal/tenants/bakery')).status).toBe(401);
  });

  it('concurrent PUTs all succeed: an invalidation does not fail the look-ups it interrupts (no 500)', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => put(`burst-${i}`, { name: `Burst ${i}`, domains: [`burst-${i}.example.com`], plan: 'free' })));
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(201));
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await academy.api.get('/api/v1/openapi.json')).body;
    expect(Object.keys(doc.paths['/api/v1/internal/tenants/{slug}'] ?? doc.paths['/internal/tenants/{slug}'] ?? {}).sort()).toEqual(['delete', 'put']);
  });
});
