import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, createTenant, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { ApiKeys } from '../../services/kit/api-keys.ts';

// Integration API keys: made by tenant admins, proven by passport's api-key strategy, scoped per
// route, rotated with a grace period, revoked at once. Real Postgres and Redis.
let academy: TestAcademy;
let admin: Api;
beforeAll(async () => {
  academy = await startTestAcademy({ seed: true });
  admin = academy.api.as(await adminToken(academy.api));
});
afterAll(() => academy?.stop());

const make = async (body: object) => {
  const res = await admin.post('/api/v1/admin/api-keys', body);
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; key: string };
};

describe('API keys', () => {
  it('is shown once, prefixed ak_, listed without secrets, and calls the routes of its scopes only', async () => {
    const { id, key } = await make({ name: 'HR sync', scopes: ['users:read', 'progress:read'] });
    expect(key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
    const list = await admin.get('/api/v1/admin/api-keys');
    const row = list.body.items.find((k: { id: string }) => k.id === id);
    expect(row).toMatchObject({ name: 'HR sync', scopes: ['users:read', 'progress:read'], expiresAt: null, lastUsedAt: null });
    expect(list.text).not.toContain(key);
    const stored = await academy.ctx.dbs.control('api_keys').where({ id }).first();
    expect(JSON.stringify(stored)).not.toContain(key.slice(3));

    const asKey = academy.api.as(key);
    const users = await asKey.get('/api/v1/users');
    expect(users.status, users.text).toBe(200);
    expect(users.body.items.length).toBeGreaterThan(0);
    // outside its scopes: 403, also on routes for any signed-in user and on admin routes
    for (const [method, path] of [['post', '/api/v1/courses'], ['get', '/api/v1/users/me'], ['get', '/api/v1/admin/api-keys']] as const) {
      const res = method === 'post' ? await asKey.post(path, { title: 'Nope' }) : await asKey.get(path);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('api_key_scope');
    }
    // public routes stay public
    expect((await asKey.get('/api/v1/courses')).status).toBe(200);
    // last use is recorded (without waiting for the request)
    await expect.poll(async () => (await admin.get('/api/v1/admin/api-keys')).body.items.find((k: { id: string }) => k.id === id).lastUsedAt).not.toBeNull();
  });

  it('writes courses with courses:write, acting as the admin who made it', async () => {
    const { key } = await make({ name: 'CMS', scopes: ['courses:write'] });
    const res = await academy.api.as(key).post('/api/v1/courses', { title: 'Pushed by the CMS' });
    expect(res.status, res.text).toBe(201);
  });

  it('revokes at once (401), and a revoked key is gone from the list', async () => {
    const { id, key } = await make({ name: 'Temp', scopes: ['users:read'] });
    expect((await academy.api.as(key).get('/api/v1/users')).status).toBe(200);
    expect((await admin.delete(`/api/v1/admin/api-keys/${id}`)).status).toBe(204);
    const after = await academy.api.as(key).get('/api/v1/users');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('api_key_invalid');
    expect((await admin.get('/api/v1/admin/api-keys')).body.items.map((k: { id: string }) => k.id)).not.toContain(id);
    expect((await admin.delete(`/api/v1/admin/api-keys/${id}`)).body.code).toBe('api_key_not_found');
  });

  it('reaches another process at once through Redis pub/sub, even one that has the key cached', async () => {
    const { id, key } = await make({ name: 'Other pod', scopes: ['users:read'] });
    const tenant = (await academy.ctx.tenants.bySlugOrNull('demo'))!;
    // Another process: its own cache, the same Redis and control database.
    const otherPod = new ApiKeys(academy.ctx.dbs.control, academy.ctx.kv);
    const unsubscribe = await otherPod.listen();
    try {
      expect((await otherPod.verify(tenant, key)).apiKeyId).toBe(id); // cached there now
      expect((await admin.delete(`/api/v1/admin/api-keys/${id}`)).status).toBe(204);
      await expect.poll(() => otherPod.verify(tenant, key).then(() => 'accepted', (e) => e.code)).toBe('api_key_invalid');
    } finally {
      await unsubscribe();
    }
  });

  it('refuses an expired key with 401 api_key_expired, and a past expiresAt when made', async () => {
    const past = await admin.post('/api/v1/admin/api-keys', { name: 'Old', scopes: ['users:read'], expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(past.status).toBe(400);
    expect(JSON.stringify(past.body)).toContain('expiresAt');
    const { id, key } = await make({ name: 'Short', scopes: ['users:read'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    await academy.ctx.dbs.control('api_keys').where({ id }).update({ expires_at: new Date(Date.now() - 1000) });
    const res = await academy.api.as(key).get('/api/v1/users');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('api_key_expired');
  });

  it('rotates: the new key works, the old one keeps working until its grace period ends', async () => {
    const { id, key: oldKey } = await make({ name: 'Rotating', scopes: ['users:read'] });
    const rot = await admin.post(`/api/v1/admin/api-keys/${id}/rotate`);
    expect(rot.status, rot.text).toBe(200);
    expect(rot.body.key).toMatch(/^ak_/);
    expect(rot.body.key).not.toBe(oldKey);
    expect(Date.parse(rot.body.previousKeyValidUntil) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect((await academy.api.as(rot.body.key).get('/api/v1/users')).status).toBe(200);
    expect((await academy.api.as(oldKey).get('/api/v1/users')).status).toBe(200);
    // grace over (and past this process's cache): the old key is refused, the new one is not
    await academy.ctx.dbs.control('api_keys').where({ id }).update({ prev_valid_until: new Date(Date.now() - 1000) });
    const tenant = (await academy.ctx.tenants.bySlugOrNull('demo'))!;
    await expect(new ApiKeys(academy.ctx.dbs.control).verify(tenant, oldKey)).rejects.toMatchObject({ code: 'api_key_invalid' });
    expect((await new ApiKeys(academy.ctx.dbs.control).verify(tenant, rot.body.key)).apiKeyId).toBe(id);
  });

  it('keeps tenants apart: a key of one academy is refused at another, and admins only see their own', async () => {
    const { key } = await make({ name: 'Demo only', scopes: ['users:read'] });
    await createTenant(academy.ctx, 'keys-other');
    const other = await academy.api.at('keys-other').as(key).get('/api/v1/users');
    expect(other.status).toBe(401);
    expect(other.body.code).toBe('api_key_invalid');
    const otherAdmin = await signUp(academy.api.at('keys-other'));
    const list = await academy.api.at('keys-other').as(otherAdmin.accessToken).get('/api/v1/admin/api-keys');
    expect(list.status).toBe(403); // a learner there
  });

  it('only admins make keys, and bad input is a 400 naming the field', async () => {
    const learner = await signUp(academy.api);
    expect((await academy.api.as(learner.accessToken).post('/api/v1/admin/api-keys', { name: 'x', scopes: ['users:read'] })).body.code).toBe('role_required');
    const bad = await admin.post('/api/v1/admin/api-keys', { name: 'x', scopes: ['everything'] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('scopes');
  });
});
