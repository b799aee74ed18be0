import { text } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { fail, NotFound } from '../kit/errors.ts';
import { PlaybackSchema, SignedQuery, UploadedSchema, UploadFormSchema, VideoFileParams, VideoIdParams, VideoSchema } from './schemas.ts';
import { presentVideo } from './presenters.ts';
import { assetPrefix } from './store.ts';
import { videoDeps } from './domain/deps.ts';
import { resumableRoutes } from './resumable-routes.ts';
import { receiveUpload } from './domain/upload.ts';
import { mayWatch } from './domain/access.ts';
import { grantQuery, verifyGrant } from './domain/signing.ts';
import { parseRange, signPlaylist } from './domain/serve.ts';
import { contentType } from './domain/process.ts';
import { CONTENT_TYPES } from './domain/sniff.ts';

const PRIVATE = { 'cache-control': 'private, no-store' };

/** Upload, status, signed playback and the signed file route (ranges, signed HLS playlists). */
export function videoRoutes(book: RouteBook, ctx: ServiceContext) {
  const deps = videoDeps(ctx);
  resumableRoutes(book, ctx);

  book.add(
    {
      method: 'post', path: '/videos', summary: 'Upload a video (multipart field "file"); processing is queued. Large files: the resumable /video-uploads', tags: ['videos'],
      access: ['instructor', 'admin'], body: UploadFormSchema, bodyContentType: 'multipart/form-data',
      responses: { 201: { description: 'Stored; processing is queued', schema: UploadedSchema } },
      errors: ['validation_failed', 'video_too_large', 'unsupported_video_type'],
    },
    async ({ req, res, tenant, auth }) => {
      try {
        const up = await receiveUpload(deps, { req, tenantId: tenant.id, userId: auth.userId });
        return { status: 201, body: { id: up.id, status: 'uploaded' as const }, headers: { location: `/api/v1/videos/${up.id}` } };
      } catch (err) {
        // Refused mid-stream: answer now and close the connection instead of reading the rest.
        res.set('connection', 'close');
        throw err;
      }
    },
  );

  book.add(
    {
      method: 'get', path: '/videos/:id', summary: 'A video: status, duration, renditions', tags: ['videos'],
      access: 'user', params: VideoIdParams,
      responses: { 200: { description: 'The video', schema: VideoSchema }, 404: { description: 'video_not_found' } },
    },
    async ({ tenant, params }) => {
      const row = await deps.store.byId(tenant.id, params.id);
      if (!row) throw NotFound('No such video', 'video_not_found');
      return { body: presentVideo(row), headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'get', path: '/videos/:id/playback', summary: 'A short-lived playback URL for me (HMAC-signed, bound to me and the video)', tags: ['videos'],
      access: 'user', params: VideoIdParams,
      responses: { 200: { description: 'Where to play it until expiresAt', schema: PlaybackSchema }, 403: { description: 'not_enrolled: learners watch the videos of courses they are enrolled in' }, 404: { description: 'video_not_found' }, 409: { description: 'video_not_ready' } },
      errors: ['not_enrolled'],
    },
    async ({ tenant, auth, params }) => {
      const row = await deps.store.byId(tenant.id, params.id);
      if (!row) throw NotFound('No such video', 'video_not_found');
      if (row.status !== 'ready') throw fail('video_not_ready', `The video is ${row.status}${row.failure_reason ? `: ${row.failure_reason}` : ''}`);
      await mayWatch(ctx, { tenantId: tenant.id, userId: auth.userId, roles: auth.roles, assetId: row.id });
      const exp = Math.floor(Date.now() / 1000) + deps.ttlSeconds;
      const q = grantQuery(await deps.store.secret(tenant.id), { tenantId: tenant.id, assetId: row.id, userId: auth.userId, exp });
      const base = `/api/v1/videos/${row.id}/files`;
      const hls = row.renditions.length > 0;
      return {
        body: {
          url: `${base}/${hls ? 'master.m3u8' : 'source'}?${q}`,
          kind: hls ? ('hls' as const) : ('file' as const),
          posterUrl: row.poster ? `${base}/${row.poster}?${q}` : null,
          expiresAt: new Date(exp * 1000).toISOString(),
        },
        headers: PRIVATE,
      };
    },
  );

  book.add(
    {
      method: 'get', path: '/videos/:id/files/:name', summary: 'A file of a video through a signed URL (HTTP ranges; playlists re-signed)', tags: ['videos'],
      access: 'public', params: VideoFileParams, query: SignedQuery,
      responses: {
        200: { description: 'The whole file' },
        206: { description: 'The requested byte range' },
        403: { description: 'playback_url_invalid' },
        404: { description: 'video_not_found' },
        416: { description: 'range_not_satisfiable' },
      },
      errors: ['playback_url_expired'],
    },
    async ({ req, res, tenant, auth, params, query }) => {
      const secret = await deps.store.secret(tenant.id);
      verifyGrant(secret, query, { tenantId: tenant.id, assetId: params.id, now: Date.now(), caller: auth?.userId });
      const row = await deps.store.byId(tenant.id, params.id);
      if (!row) throw NotFound('No such video', 'video_not_found');
      const key = assetPrefix(tenant.id, row.id) + params.name;
      const type = params.name === 'source' ? CONTENT_TYPES[row.container] : contentType(params.name);
      if (params.name.endsWith('.m3u8')) {
        const obj = await deps.storage.get(key);
        if (!obj) throw NotFound('No such file of this video', 'video_not_found');
        // Playlists carry the signature of this grant: never cached by a shared cache.
        const body = signPlaylist(await text(obj.body), grantQuery(secret, { tenantId: tenant.id, assetId: row.id, userId: query.u, exp: query.exp }));
        return void res.status(200).set({ 'content-type': type, ...PRIVATE }).send(body);
      }
      const size = await deps.storage.size(key);
      if (size === undefined) throw NotFound('No such file of this video', 'video_not_found');
      let range;
      try {
        range = parseRange(req.headers.range, size);
      } catch (err) {
        res.set('content-range', `bytes */${size}`);
        throw err;
      }
      const obj = await deps.storage.get(key, range);
      if (!obj) throw NotFound('No such file of this video', 'video_not_found');
      // Segments are content-addressed: a name never changes meaning, so caches may keep it for good.
      const cache = params.name.startsWith('seg-') ? 'public, max-age=31536000, immutable' : 'private, max-age=300';
      res.set({ 'content-type': type, 'accept-ranges': 'bytes', 'cache-control': cache });
      if (range) res.status(206).set({ 'content-range': `bytes ${range.start}-${range.end}/${size}`, 'content-length': String(range.end - range.start + 1) });
      else res.status(200).set('content-length', String(size));
      await pipeline(obj.body, res);
    },
  );
}
