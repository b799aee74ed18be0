import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { resumableUploads } from './domain/deps.ts';
import { ChunkSchema, TusHeaders, UploadIdParams } from './schemas.ts';

const STAFF: ['instructor', 'admin'] = ['instructor', 'admin'];
const header = (description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ description, schema });
const OFFSET = { 'Upload-Offset': header('Bytes of the file the server holds', { type: 'integer' }), 'Tus-Resumable': header('`1.0.0`') };

/**
 * The tus protocol routes (https://tus.io/protocols/resumable-upload): create, ask the offset,
 * continue, cancel. Access, tenancy and validation run as for every route; the protocol itself is
 * @tus/server's, behind domain/resumable.ts.
 */
export function resumableRoutes(book: RouteBook, ctx: ServiceContext) {
  const uploads = resumableUploads(ctx);
  const description = (what: string) =>
    `${what} A resumable upload follows the tus protocol 1.0.0 (core, creation, creation-with-upload, termination, expiration): ` +
    'refused with problem+json when over the size limit (`video_too_large`, from `Upload-Length`, before any byte is read) or when its first bytes are not a video ' +
    '(`unsupported_video_type`, as soon as they arrive; the upload is then deleted). An upload belongs to its academy and to the user who created it.';

  book.add(
    {
      method: 'post', path: '/video-uploads', summary: 'Start a resumable (tus) video upload', tags: ['videos'],
      description: description('Creates an upload of `Upload-Length` bytes and answers its URL in `Location`; send the bytes with PATCH (or in this request, as `application/offset+octet-stream`).'),
      access: STAFF,
      headers: { 'Tus-Resumable': TusHeaders.shape['Tus-Resumable'], 'Upload-Length': TusHeaders.shape['Upload-Length'], 'Upload-Metadata': TusHeaders.shape['Upload-Metadata'] },
      responses: {
        201: { description: 'Created: PATCH the bytes to Location', headers: { Location: header('The upload URL (relative)'), ...OFFSET } },
        204: { description: 'The whole file came with the request and became a video', headers: { 'Video-Id': header('The new video', { type: 'string', format: 'uuid' }) } },
      },
      errors: ['validation_failed', 'video_too_large', 'unsupported_video_type'],
    },
    async ({ req, res, tenant, auth }) => uploads.handle(req, res, { tenantId: tenant.id, userId: auth.userId }),
  );

  book.add(
    {
      method: 'head', path: '/video-uploads/:uploadId', summary: 'How much of a resumable upload the server holds (tus)', tags: ['videos'],
      description: description('Answers `Upload-Offset` (continue from there with PATCH) and `Upload-Length`.'),
      access: STAFF, params: UploadIdParams, headers: { 'Tus-Resumable': TusHeaders.shape['Tus-Resumable'] },
      responses: { 200: { description: 'The offset and the length', headers: { ...OFFSET, 'Upload-Length': header('The file size', { type: 'integer' }) } } },
      errors: ['upload_not_found', 'upload_store_unavailable'],
    },
    async ({ req, res, tenant, auth, params }) => uploads.handle(req, res, { tenantId: tenant.id, userId: auth.userId, uploadId: params.uploadId }),
  );

  book.add(
    {
      method: 'patch', path: '/video-uploads/:uploadId', summary: 'Send bytes of a resumable upload from Upload-Offset (tus)', tags: ['videos'],
      description: description('Appends the body at `Upload-Offset` (which must equal the server\'s offset, else 409). The last chunk turns the file into a video exactly like `POST /videos`: stored, recorded, processing queued; its id is in `Video-Id`.'),
      access: STAFF, params: UploadIdParams, body: ChunkSchema, bodyContentType: 'application/offset+octet-stream',
      headers: { 'Tus-Resumable': TusHeaders.shape['Tus-Resumable'], 'Upload-Offset': TusHeaders.shape['Upload-Offset'] },
      responses: {
        204: { description: 'Stored; the new offset (and, after the last byte, the video)', headers: { ...OFFSET, 'Video-Id': header('The new video, once the last byte arrived', { type: 'string', format: 'uuid' }) } },
        409: { description: 'Upload-Offset is not the server\'s offset (tus: ask with HEAD)' },
      },
      errors: ['upload_not_found', 'upload_store_unavailable', 'video_too_large', 'unsupported_video_type'],
    },
    async ({ req, res, tenant, auth, params }) => uploads.handle(req, res, { tenantId: tenant.id, userId: auth.userId, uploadId: params.uploadId }),
  );

  book.add(
    {
      method: 'delete', path: '/video-uploads/:uploadId', summary: 'Cancel a resumable upload (tus termination)', tags: ['videos'],
      access: STAFF, params: UploadIdParams, headers: { 'Tus-Resumable': TusHeaders.shape['Tus-Resumable'] },
      responses: { 204: { description: 'The staged bytes are gone' } },
      errors: ['upload_not_found', 'upload_store_unavailable'],
    },
    async ({ req, res, tenant, auth, params }) => uploads.handle(req, res, { tenantId: tenant.id, userId: auth.userId, uploadId: params.uploadId }),
  );
}
