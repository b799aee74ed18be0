import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import * as tus from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { startS3 } from '../support/s3-server.ts';
import type { S3Storage } from '../../services/kit/storage/index.ts';
import { adminToken, createTenant, signUp, type TestAcademy, startTestAcademy } from '../support/academy.ts';
import { userWithRole } from '../e2e/learning-support.ts';
import { profileCacheFor } from '../../services/users/api.ts';
import { videoDeps } from '../../services/video/api.ts';
import { assetPrefix } from '../../services/video/store.ts';
import { resumableUploads } from '../../services/video/domain/deps.ts';

/**
 * Resumable uploads over tus (issue #12) on real Postgres and Redis, once per storage driver: `fs`
 * (staged in DATA_DIR/tus-uploads) and `s3` (staged in the bucket by @tus/s3-store, on a real S3
 * server, see tests/support/s3-server.ts): an interrupted upload resumes where the server's offset
 * says — with S3 on another academy process too — and becomes one asset with the file's bytes;
 * wrong type, too large, another academy, another uploader and a learner are refused.
 */
let academy: TestAcademy;
let dir: string;
let clip: Buffer;
let admin: string;
let tenantId: string;
const MAX = 1024 * 1024;
const TUS = { 'tus-resumable': '1.0.0' };
const b64 = (s: string) => Buffer.from(s).toString('base64');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (r: Response): Promise<any> => r.json();
const s3 = await startS3();

describe.each([
  { driver: 'fs' as const, skip: undefined },
  { driver: 's3' as const, skip: s3.skip },
])('resumable video upload (tus), storage $driver', ({ driver, skip }) => {
  const env = (): Record<string, string> =>
    driver === 's3'
      ? { STORAGE_DRIVER: 's3', S3_BUCKET: `tus-${randomUUID().slice(0, 8)}`, ...s3.env }
      : { DATA_DIR: join(dir, 'data') };
  const call = (method: string, path: string, token: string, headers: Record<string, string> = {}, body?: Buffer, tenant = 'demo') =>
    fetch(academy.url + path, { method, headers: { authorization: `Bearer ${token}`, 'x-tenant': tenant, ...TUS, ...headers }, body: body && new Uint8Array(body) });
  const create = (token: string, length: number, name = 'clip.mp4', tenant = 'demo') =>
    call('POST', '/api/v1/video-uploads', token, { 'upload-length': String(length), 'upload-metadata': `filename ${b64(name)},filetype ${b64('video/mp4')}` }, undefined, tenant);
  const patch = (token: string, url: string, offset: number, bytes: Buffer, tenant = 'demo') =>
    call('PATCH', url, token, { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }, bytes, tenant);
  const offsetOf = async (token: string, url: string) => {
    const res = await call('HEAD', url, token);
    expect(res.status).toBe(200);
    return Number(res.headers.get('upload-offset'));
  };
  const staged = async (prefix: string) => {
    const { client, opts } = videoDeps(academy.ctx).storage as S3Storage;
    const page = await client.send(new ListObjectsV2Command({ Bucket: opts.bucket, Prefix: prefix }));
    return (page.Contents ?? []).map((o) => o.Key).sort();
  };
  const storedSource = async (id: string) => {
    const obj = await videoDeps(academy.ctx).storage.get(`${assetPrefix(tenantId, id)}source`);
    const chunks: Buffer[] = [];
    for await (const c of obj!.body) chunks.push(Buffer.from(c));
    return Buffer.concat(chunks);
  };

  beforeAll(async () => {
    if (skip) return;
    dir = await mkdtemp(join(tmpdir(), 'video-tus-'));
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=3:size=320x240:rate=10', '-pix_fmt', 'yuv420p', join(dir, 'clip.mp4')]);
    clip = await readFile(join(dir, 'clip.mp4'));
    academy = await startTestAcademy({ env: { ...env(), VIDEO_MAX_BYTES: String(MAX), QUEUE_BACKOFF_MS: '50' } });
    admin = await adminToken(academy.api);
    tenantId = (await academy.ctx.tenants.bySlugOrNull('demo'))!.id;
  }, 60_000);
  afterAll(async () => {
    await academy?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe.skipIf(skip)(skip ? `skipped: ${skip}` : 'protocol and rules', () => {
    it('resumes an upload cut off half way from the offset HEAD gives, and makes one asset with the right bytes', async () => {
      const created = await create(admin, clip.length, 'resumed.mp4');
      expect(created.status).toBe(201);
      const url = created.headers.get('location')!;
      expect(url).toMatch(/^\/api\/v1\/video-uploads\/[0-9a-f]{32}$/);
      expect(await offsetOf(admin, url)).toBe(0);

      // Send the first half, wait until the server holds it, then cut the connection.
      const half = Math.floor(clip.length / 2);
      const cut = httpRequest(academy.url + url, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${admin}`, 'x-tenant': 'demo', ...TUS, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(clip.length) },
      });
      cut.on('error', () => undefined);
      if (driver === 'fs') {
        // A file store holds the bytes as they arrive: wait until it has half, then cut.
        cut.write(clip.subarray(0, half));
        await vi.waitFor(async () => expect(await offsetOf(admin, url)).toBe(half), { timeout: 10_000, interval: 50 });
        cut.destroy();
        await vi.waitFor(async () => expect(await offsetOf(admin, url)).toBe(half), { timeout: 10_000, interval: 50 });
        // A client that lost track resumes from the server's offset; a wrong offset is a 409.
        expect((await patch(admin, url, 0, clip.subarray(0, 10))).status).toBe(409);
      } else {
        // An S3 store uploads what it read when the body ends (here: cut); bytes still in the
        // socket's buffer then are lost, so the offset is whatever HEAD says after the cut.
        cut.write(clip.subarray(0, half), () => cut.destroy());
      }
      const done = await vi.waitFor(
        async () => {
          const from = await offsetOf(admin, url);
          const r = await patch(admin, url, from, clip.subarray(from));
          // The cut request may still hold the upload's lock for a moment (423/409 are tus's "try again").
          if (r.status !== 204) throw new Error(`PATCH answered ${r.status}: ${await r.text()}`);
          return r;
        },
        { timeout: 15_000, interval: 200 },
      );
      expect(done.headers.get('upload-offset')).toBe(String(clip.length));
      const id = done.headers.get('video-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);

      expect(await storedSource(id)).toEqual(clip);
      const rows = await academy.ctx.dbs.control('video_assets').where({ tenant_id: tenantId, filename: 'resumed.mp4' });
      expect(rows.map((r) => r.id)).toEqual([id]);
      const video = await academy.api.as(admin).get(`/api/v1/videos/${id}`);
      expect(video.body).toMatchObject({ container: 'mp4', sizeBytes: clip.length });
      // The staged upload is gone once it became a video.
      const gone = await call('HEAD', url, admin);
      expect(gone.status).toBe(404);
    });

    it('works with tus-js-client in chunks, reporting progress', async () => {
      const progress: number[] = [];
      const id = await new Promise<string>((resolve, reject) => {
        const upload = new tus.Upload(clip, {
          endpoint: `${academy.url}/api/v1/video-uploads`,
          headers: { authorization: `Bearer ${admin}`, 'x-tenant': 'demo' },
          metadata: { filename: 'chunked.mp4', filetype: 'video/mp4' },
          chunkSize: Math.ceil(clip.length / 4),
          retryDelays: [],
          onProgress: (sent) => void progress.push(sent),
          onError: reject,
          onSuccess: ({ lastResponse }) => resolve(lastResponse.getHeader('video-id')!),
        });
        upload.start();
      });
      expect(progress.at(-1)).toBe(clip.length);
      expect(new Set(progress).size).toBeGreaterThan(1);
      expect(await storedSource(id)).toEqual(clip);
    });

    it('refuses a file whose first bytes are not a video with 415 problem+json, even when they come in pieces, and deletes it', async () => {
      const elf = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\0', 'latin1'), Buffer.alloc(4096, 1)]);
      const created = await create(admin, elf.length, 'movie.mp4');
      const url = created.headers.get('location')!;
      // Eight bytes are too few to judge: they are kept, and judged with the next chunk.
      expect((await patch(admin, url, 0, elf.subarray(0, 8))).status).toBe(204);
      const refused = await patch(admin, url, 8, elf.subarray(8));
      expect(refused.status).toBe(415);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect((await json(refused)).code).toBe('unsupported_video_type');
      expect((await call('HEAD', url, admin)).status).toBe(404);
      const gone = await patch(admin, url, 0, clip);
      expect(gone.status).toBe(404);
      expect((await json(gone)).code).toBe('upload_not_found');
    });

    it('judges a file shorter than the sniffed head when it completes: refused with 415, nothing kept', async () => {
      const tiny = Buffer.from('#!/bin/sh\n', 'latin1');
      const url = (await create(admin, tiny.length, 'tiny.mp4')).headers.get('location')!;
      const refused = await patch(admin, url, 0, tiny);
      expect(refused.status).toBe(415);
      expect((await json(refused)).code).toBe('unsupported_video_type');
      expect((await call('HEAD', url, admin)).status).toBe(404);
      expect(await academy.ctx.dbs.control('video_assets').where({ tenant_id: tenantId, filename: 'tiny.mp4' })).toEqual([]);
    });

    it('forgets an unfinished upload a day after it began (the hourly sweep)', async () => {
      const url = (await create(admin, clip.length, 'abandoned.mp4')).headers.get('location')!;
      expect((await patch(admin, url, 0, clip.subarray(0, 100))).status).toBe(204);
      // The sweep runs a day and an hour later (only the clock moves: the upload's start stays).
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 25 * 3600_000 });
      try {
        expect(await resumableUploads(academy.ctx).sweep()).toBeGreaterThanOrEqual(1);
      } finally {
        vi.useRealTimers();
      }
      expect((await call('HEAD', url, admin)).status).toBe(404);
      // Nothing happens to an upload still within its day when the clock is real.
      expect(await resumableUploads(academy.ctx).sweep()).toBe(0);
    });

    it('refuses an upload over the limit (413) and one without a length (400 naming the header) before any byte', async () => {
      const big = await create(admin, MAX + 1);
      expect(big.status).toBe(413);
      expect((await json(big)).code).toBe('video_too_large');
      const none = await call('POST', '/api/v1/video-uploads', admin, { 'upload-defer-length': '1' });
      expect(none.status).toBe(400);
      expect((await json(none)).errors[0].field).toBe('headers.upload-length');
    });

    it("does not let another academy, or another uploader, see or resume someone's upload; a learner cannot upload", async () => {
      const created = await create(admin, clip.length, 'mine.mp4');
      const url = created.headers.get('location')!;
      expect((await patch(admin, url, 0, clip.subarray(0, 100))).status).toBe(204);

      await createTenant(academy.ctx, 'tus-elsewhere');
      const there = academy.api.at('tus-elsewhere');
      const owner = await signUp(there);
      await academy.ctx.dbs.primaryFor(owner.id)('users').where({ id: owner.id }).update({ roles: ['learner', 'admin'] });
      await profileCacheFor(academy.ctx).invalidate(owner.id);
      const adminThere = (await there.post('/api/v1/auth/login', { email: owner.email, password: owner.password })).body.accessToken as string;
      const head = await call('HEAD', url, adminThere, {}, undefined, 'tus-elsewhere');
      expect(head.status).toBe(404);
      const resumed = await patch(adminThere, url, 100, clip.subarray(100), 'tus-elsewhere');
      expect(resumed.status).toBe(404);
      expect((await json(resumed)).code).toBe('upload_not_found');

      const instructor = await userWithRole(academy.api, admin, 'instructor');
      expect((await patch(instructor.accessToken, url, 100, clip.subarray(100))).status).toBe(404);
      expect(await offsetOf(admin, url)).toBe(100);

      const learner = await signUp(academy.api);
      const refused = await create(learner.accessToken, clip.length);
      expect(refused.status).toBe(403);
      expect((await json(refused)).code).toBe('role_required');
      // A tus chunk sent to a route that takes JSON is refused by its media type.
      const wrongRoute = await fetch(`${academy.url}/api/v1/courses`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/offset+octet-stream' }, body: 'x' });
      expect(wrongRoute.status).toBe(415);
      expect(await text((await fetch(`${academy.url}/api/v1/openapi.json`)).body as never)).toContain('/api/v1/video-uploads/{uploadId}');
    });
  });

  // Only S3 staging is shared between processes (a directory is the process's own).
  if (driver === 's3') describe.skipIf(skip)('staged in the bucket', () => {
    it('answers 503 problem+json (retry), not 404 (start over), when the bucket does not answer', async () => {
      const url = (await create(admin, clip.length, 'unreachable.mp4')).headers.get('location')!;
      const closed = await startTestAcademy({
        seed: false,
        env: {
          ...env(), S3_ENDPOINT: 'http://127.0.0.1:9', S3_BUCKET: academy.ctx.config.S3_BUCKET, DATABASE_URL: academy.databaseUrls[0], SHARD_MAP: academy.ctx.config.SHARD_MAP!,
          REDIS_PREFIX: academy.ctx.config.REDIS_PREFIX, VIDEO_MAX_BYTES: String(MAX),
        },
      });
      try {
        const res = await fetch(closed.url + url, { method: 'HEAD', headers: { authorization: `Bearer ${admin}`, 'x-tenant': 'demo', ...TUS } });
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        const get = await fetch(closed.url + url, { method: 'PATCH', headers: { authorization: `Bearer ${admin}`, 'x-tenant': 'demo', ...TUS, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }, body: new Uint8Array(clip.subarray(0, 10)) });
        expect(get.status).toBe(503);
        expect(get.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect((await json(get)).code).toBe('upload_store_unavailable');
      } finally {
        await closed.stop();
      }
      // The upload is still there for the academy that can reach the bucket.
      expect(await offsetOf(admin, url)).toBe(0);
    }, 60_000);

    it('resumes on another academy process (same bucket and database) an upload begun on this one', async () => {
      const other = await startTestAcademy({
        seed: false,
        env: {
          ...env(), S3_BUCKET: academy.ctx.config.S3_BUCKET, DATABASE_URL: academy.databaseUrls[0], SHARD_MAP: academy.ctx.config.SHARD_MAP!,
          REDIS_PREFIX: academy.ctx.config.REDIS_PREFIX, VIDEO_MAX_BYTES: String(MAX), QUEUE_BACKOFF_MS: '50',
        },
      });
      try {
        const url = (await create(admin, clip.length, 'elsewhere.mp4')).headers.get('location')!;
        const half = Math.floor(clip.length / 2);
        expect((await patch(admin, url, 0, clip.subarray(0, half))).status).toBe(204);
        // What is staged is in the bucket: the tus info and the bytes short of a part.
        const key = `tus-uploads/${url.split('/').pop()}`;
        expect(await staged(key)).toEqual([`${key}.info`, `${key}.part`]);
        const there = (method: string, headers: Record<string, string> = {}, body?: Buffer) =>
          fetch(other.url + url, { method, headers: { authorization: `Bearer ${admin}`, 'x-tenant': 'demo', ...TUS, ...headers }, body: body && new Uint8Array(body) });
        const head = await there('HEAD');
        expect(head.status).toBe(200);
        expect(head.headers.get('upload-offset')).toBe(String(half));
        const done = await there('PATCH', { 'upload-offset': String(half), 'content-type': 'application/offset+octet-stream' }, clip.subarray(half));
        expect(done.status).toBe(204);
        const id = done.headers.get('video-id')!;
        expect(await storedSource(id)).toEqual(clip);
        // Nothing of it stays in the bucket, and both processes answer that it is gone.
        expect(await staged(key)).toEqual([]);
        expect((await call('HEAD', url, admin)).status).toBe(404);
        expect((await there('HEAD')).status).toBe(404);
      } finally {
        await other.stop();
      }
    });
  });
});
