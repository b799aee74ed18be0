import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminToken, signUp, startTestAcademy, type TestAcademy } from '../support/academy.ts';
import { videoDeps } from '../../services/video/api.ts';
import { grantQuery } from '../../services/video/domain/signing.ts';

/**
 * The video service end to end on real Postgres, Redis (BullMQ) and an S3-compatible server
 * (s3rver): upload, processing with Debian's ffmpeg, signed playback with ranges and HLS, and
 * the bad inputs of issue #12.
 */
let academy: TestAcademy;
let s3: S3rver;
let dir: string;
let clip: Buffer;
let admin: string;
let learner: { id: string; accessToken: string };
const MAX = 1024 * 1024;

const form = (bytes: Buffer, filename = 'clip.mp4') => {
  const f = new FormData();
  f.append('file', new Blob([new Uint8Array(bytes)]), filename);
  return f;
};
const upload = (body: RequestInit['body'], token = admin, headers: Record<string, string> = {}) =>
  fetch(`${academy.url}/api/v1/videos`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body, duplex: 'half' } as RequestInit);
const settled = (id: string) =>
  vi.waitFor(
    async () => {
      const r = await academy.api.as(admin).get(`/api/v1/videos/${id}`);
      if (r.body.status !== 'ready' && r.body.status !== 'failed') throw new Error(`still ${r.body.status}`);
      return r.body;
    },
    { timeout: 60_000, interval: 100 },
  );
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (r: Response): Promise<any> => r.json();
const get = (path: string, headers: Record<string, string> = {}) => fetch(academy.url + path, { headers });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'video-e2e-'));
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=3:size=320x240:rate=10', '-pix_fmt', 'yuv420p', join(dir, 'clip.mp4')]);
  clip = await readFile(join(dir, 'clip.mp4'));
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: join(dir, 's3') });
  const { port } = await s3.run();
  academy = await startTestAcademy({
    env: {
      STORAGE_DRIVER: 's3', S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: 'videos-test', S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', VIDEO_MAX_BYTES: String(MAX), QUEUE_BACKOFF_MS: '50',
    },
  });
  admin = await adminToken(academy.api);
  learner = await signUp(academy.api);
}, 60_000);
afterAll(async () => {
  await academy?.stop();
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('video upload, processing and playback', () => {
  let id: string;
  /** The course whose lesson names the clip. */
  let filmed: string;

  it('uploads, processes (duration, poster, HLS with content-addressed segments) and plays with ranges', async () => {
    const res = await upload(form(clip));
    expect(res.status).toBe(201);
    id = (await json(res)).id;
    const video = await settled(id);
    expect(video).toMatchObject({ status: 'ready', container: 'mp4', sizeBytes: clip.length, processingNote: null, failureReason: null });
    expect(video.durationSeconds).toBeCloseTo(3, 0);
    expect(video.renditions).toEqual([{ name: '240p', height: 240, bandwidth: 400_000 }]);

    // Staff preview what they upload; learners need an enrollment (below).
    const play = await academy.api.as(admin).get(`/api/v1/videos/${id}/playback`);
    expect(play.status).toBe(200);
    expect(play.body.kind).toBe('hls');
    expect(Date.parse(play.body.expiresAt)).toBeGreaterThan(Date.now());
    const master = await get(play.body.url);
    expect(master.headers.get('content-type')).toMatch(/mpegurl/);
    const variant = (await master.text()).split('\n').find((l) => l.includes('240p.m3u8'))!;
    expect(variant).toMatch(/^240p\.m3u8\?u=.+&exp=\d+&sig=/);
    const base = `/api/v1/videos/${id}/files/`;
    const media = await (await get(base + variant)).text();
    const segments = media.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(segments.length).toBeGreaterThan(0);
    for (const s of segments) expect(s).toMatch(/^seg-[0-9a-f]{32}\.ts\?u=.+&sig=/);
    const seg = await get(base + segments[0]);
    expect(seg.status).toBe(200);
    expect(seg.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await seg.arrayBuffer()).byteLength).toBeGreaterThan(0);

    const poster = await get(play.body.posterUrl);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');

    // The uploaded file, by ranges (what a player seeking in an mp4 asks).
    const q = play.body.url.split('?')[1];
    const part = await get(`${base}source?${q}`, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${clip.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(clip.subarray(100, 200));
    const past = await get(`${base}source?${q}`, { range: `bytes=${clip.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${clip.length}`);
    expect((await json(past)).code).toBe('range_not_satisfiable');
  });

  it("gives a lesson that names the asset the file's duration; an unknown asset is 404", async () => {
    const api = academy.api.as(admin);
    const course = await api.post('/api/v1/courses', { title: 'Filmed', slug: `filmed-${Date.now()}` });
    filmed = course.body.id;
    const mod = await api.post(`/api/v1/courses/${course.body.id}/modules`, { title: 'One' });
    const lesson = await api.post(`/api/v1/modules/${mod.body.id}/lessons`, { title: 'Clip', type: 'video', assetId: id, durationSeconds: 999 });
    expect(lesson.status).toBe(201);
    expect(lesson.body).toMatchObject({ durationSeconds: 3, content: { assetId: id } });
    const missing = await api.post(`/api/v1/modules/${mod.body.id}/lessons`, { title: 'Gone', type: 'video', assetId: '00000000-0000-4000-8000-000000000000', durationSeconds: 5 });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('video_not_found');
  });

  it('signs a playback URL for a learner only once enrolled in a course that uses the video', async () => {
    const refused = await academy.api.as(learner.accessToken).get(`/api/v1/videos/${id}/playback`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('not_enrolled');
    expect((await academy.api.as(admin).post(`/api/v1/courses/${filmed}/publish`)).status).toBe(200);
    expect((await academy.api.as(learner.accessToken).post(`/api/v1/courses/${filmed}/enrollments`, {})).status).toBe(201);
    expect((await academy.api.as(learner.accessToken).get(`/api/v1/videos/${id}/playback`)).status).toBe(200);
  });

  it('refuses a signed URL that expired, was altered, or is used by another user (403)', async () => {
    const play = await academy.api.as(learner.accessToken).get(`/api/v1/videos/${id}/playback`);
    const url: string = play.body.url;
    const other = await signUp(academy.api);
    const asOther = await get(url, { authorization: `Bearer ${other.accessToken}` });
    expect(asOther.status).toBe(403);
    expect((await json(asOther)).code).toBe('playback_url_invalid');
    expect((await get(url, { authorization: `Bearer ${learner.accessToken}` })).status).toBe(200);
    const altered = url.replace(/exp=(\d+)/, (_m, e) => `exp=${Number(e) + 3600}`);
    expect((await get(altered)).status).toBe(403);
    const swapped = url.replace(/u=[^&]+/, `u=${other.id}`);
    expect((await get(swapped)).status).toBe(403);
    const tenantId = (await academy.ctx.tenants.bySlugOrNull('demo'))!.id;
    const secret = await videoDeps(academy.ctx).store.secret(tenantId);
    const expired = await get(`/api/v1/videos/${id}/files/master.m3u8?${grantQuery(secret, { tenantId, assetId: id, userId: learner.id, exp: Math.floor(Date.now() / 1000) - 1 })}`);
    expect(expired.status).toBe(403);
    expect((await json(expired)).code).toBe('playback_url_expired');
    // What the player does then: a new link, whose query signs any file of the video (a segment
    // named in the old playlist too).
    const renewed = await academy.api.as(learner.accessToken).get(`/api/v1/videos/${id}/playback`);
    const q = renewed.body.url.split('?')[1];
    expect((await get(`/api/v1/videos/${id}/files/master.m3u8?${q}`)).status).toBe(200);
    expect((await get(`/api/v1/videos/${id}/files/source?${q}`, { range: 'bytes=0-15' })).status).toBe(206);
  });

  it('refuses a renamed executable (415) and a learner upload (403)', async () => {
    const elf = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\0', 'latin1'), Buffer.alloc(4096, 1)]);
    const res = await upload(form(elf, 'movie.mp4'));
    expect(res.status).toBe(415);
    expect((await json(res)).code).toBe('unsupported_video_type');
    expect((await upload(form(clip), learner.accessToken)).status).toBe(403);
  });

  it('refuses an upload over the limit with 413 before the whole body is read', async () => {
    const total = 64 * MAX;
    let sent = 0;
    const boundary = 'x-boundary-413';
    const chunk = Buffer.alloc(64 * 1024, 0);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.mp4"\r\ncontent-type: video/mp4\r\n\r\n`));
        c.enqueue(clip.subarray(0, 64));
      },
      pull(c) {
        if (sent >= total) return c.close();
        sent += chunk.length;
        c.enqueue(new Uint8Array(chunk));
      },
    });
    const res = await upload(body, admin, { 'content-type': `multipart/form-data; boundary=${boundary}` }).catch((e) => e as Error);
    // The server answers and closes while the client is still sending: either the 413 arrives, or
    // the client sees the connection closed under it; in both cases most of the body was never sent.
    if (res instanceof Response) {
      expect(res.status).toBe(413);
      expect((await json(res)).code).toBe('video_too_large');
    }
    expect(sent).toBeLessThan(total / 2);
  });

  it('marks a corrupt file failed with the reason, once (no endless retries)', async () => {
    const corrupt = Buffer.concat([clip.subarray(0, 32), Buffer.alloc(20_000, 0x5a)]);
    const res = await upload(form(corrupt));
    expect(res.status).toBe(201);
    const { id: bad } = await json(res);
    const video = await settled(bad);
    expect(video.status).toBe('failed');
    expect(video.failureReason).toMatch(/ffprobe|Invalid|moov/i);
    expect(await academy.ctx.queues.deadLetters('video.process')).toEqual([]);
    const play = await academy.api.as(learner.accessToken).get(`/api/v1/videos/${bad}/playback`);
    expect(play.status).toBe(409);
  });

  it('plays the file as uploaded when ffmpeg is absent, and says so', async () => {
    const deps = videoDeps(academy.ctx);
    const real = deps.hasFfmpeg;
    deps.hasFfmpeg = async () => false;
    try {
      const { id: plain } = await json(await upload(form(clip)));
      const video = await settled(plain);
      expect(video).toMatchObject({ status: 'ready', renditions: [], durationSeconds: null });
      expect(video.processingNote).toMatch(/ffmpeg is not installed/);
      const play = await academy.api.as(admin).get(`/api/v1/videos/${plain}/playback`);
      expect(play.body.kind).toBe('file');
      const whole = await get(play.body.url);
      expect(whole.headers.get('accept-ranges')).toBe('bytes');
      expect(Buffer.from(await whole.arrayBuffer())).toEqual(clip);
    } finally {
      deps.hasFfmpeg = real;
    }
  });
});
