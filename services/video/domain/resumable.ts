import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { ERRORS, Server, type Upload } from '@tus/server';
import { AppError, fail, NotFound, Unavailable, ValidationError } from '../../kit/errors.ts';
import { Gate, ingestVideo, type IngestDeps } from './ingest.ts';
import { SNIFF_BYTES } from './sniff.ts';
import type { Staging } from './staging.ts';

/** Where the tus endpoint is mounted (the creation URL; an upload is `<path>/<id>`). */
export const RESUMABLE_PATH = '/api/v1/video-uploads';
/** An unfinished upload is forgotten a day after it was created. */
export const EXPIRES_MS = 24 * 60 * 60 * 1000;
const TUS_VERSION = '1.0.0';
/** Hop-by-hop headers of the incoming request that a fetch Request must not carry. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect', 'host']);

/** Who is calling, and what our hooks decided about the call (keyed by the request tus sees). */
interface Call {
  tenantId: string;
  userId: string;
  refused?: AppError;
  /** The staging store failed (not the file's fault): answered 503, the upload kept for a retry. */
  failed?: AppError;
}

/** The staging store (directory or bucket) could not do its part: a 503 to retry, its error as the cause. */
const storeUnavailable = (cause: unknown) =>
  Object.assign(Unavailable('The store of uploads in progress is not answering; retry shortly', 'upload_store_unavailable', { retryAfter: 5 }), { cause });

/**
 * Resumable uploads over the tus protocol (creation, HEAD for the offset, PATCH to continue,
 * termination), with @tus/server on a staging store (a local directory, or the academy's bucket:
 * staging.ts) holding the bytes until the last one. Our rules sit around it:
 * the route checks the role; an upload belongs to its academy and its uploader (metadata written
 * here, never taken from the client); the declared length is checked against the limit; the
 * first bytes are sniffed as soon as they arrive; and a finished upload becomes an asset through
 * the same `ingestVideo` as the multipart form. Refusals leave as problem+json.
 */
export class ResumableUploads {
  private readonly calls = new WeakMap<Request, Call>();
  /** Uploads being turned into assets now (by id): one asset per upload. */
  private readonly finishing = new Map<string, Promise<string>>();
  private started?: Promise<Server>;

  constructor(
    private readonly deps: IngestDeps,
    private readonly staging: Staging,
  ) {}

  /**
   * The tus server, made on first use: the staging directory (or bucket) is made ready then, so
   * an unwritable or unreachable one fails that request (503, logged with its cause) instead of
   * the process at start; the next request tries again.
   */
  private ready(): Promise<Server> {
    this.started ??= this.staging.ready().then(
      () => this.make(),
      (err) => {
        this.started = undefined;
        throw storeUnavailable(err);
      },
    );
    return this.started;
  }

  private make(): Server {
    const { prefix } = this.staging;
    return new Server({
      path: RESUMABLE_PATH,
      datastore: this.staging.store,
      maxSize: this.deps.maxBytes,
      // The store's key is the prefix and the id; the URL carries the id alone.
      namingFunction: () => prefix + randomBytes(16).toString('hex'),
      generateUrl: (_req, { path, id }) => `${path}/${id.slice(prefix.length)}`,
      getFileIdFromRequest: (_req, id) => (id ? prefix + id : undefined),
      onUploadCreate: async (req, upload) => {
        const call = this.call(req);
        // Only the file's name and type come from the client; whose upload it is comes from the token.
        const { filename, filetype } = upload.metadata ?? {};
        return { metadata: { filename: filename ?? null, filetype: filetype ?? null, tenant: call.tenantId, owner: call.userId } };
      },
      onUploadFinish: async (req, upload) => {
        const id = await this.finish(this.call(req), upload);
        return { headers: { 'Video-Id': id, 'Content-Location': `/api/v1/videos/${id}` } };
      },
      onResponseError: (req, err) => {
        const call = this.calls.get(req);
        if (call?.refused) return { status_code: call.refused.status, body: '' };
        // tus's own answers (409 wrong offset, 404 …) carry a status; anything else is the store failing.
        if (call && !('status_code' in err)) {
          call.failed = storeUnavailable(err);
          return { status_code: call.failed.status, body: '' };
        }
        return undefined;
      },
    });
  }

  /**
   * Serves one tus request (POST, HEAD, PATCH or DELETE) for a signed-in uploader: answers with
   * tus's response, or throws the AppError that refused it (the kit turns it into problem+json).
   */
  async handle(req: ExpressRequest, res: ExpressResponse, who: { tenantId: string; userId: string; uploadId?: string }): Promise<void> {
    res.set('tus-resumable', TUS_VERSION);
    const call: Call = { tenantId: who.tenantId, userId: who.userId };
    // What the body's first bytes are judged with: the bytes staged before them, or nothing to
    // judge (undefined) once an earlier chunk brought the file's first bytes.
    let stored: Buffer | undefined = Buffer.alloc(0);
    if (req.method === 'POST') this.checkLength(req);
    const tus = await this.ready();
    const id = who.uploadId && this.staging.prefix + who.uploadId;
    if (id) {
      const upload = await this.owned(call, id);
      if (req.method === 'PATCH') stored = upload.offset < SNIFF_BYTES ? await this.staging.head(upload.id, upload.offset).catch((err) => Promise.reject(storeUnavailable(err))) : undefined;
    }
    const request = this.toFetchRequest(req, call, stored);
    this.calls.set(request, call);
    const response = await tus.handleWeb(request);
    if (call.refused) {
      // A refused file is not resumable: its bytes go now, and the client stops sending.
      if (id) await this.staging.discard(id).catch(() => undefined);
      res.set('connection', 'close');
      throw call.refused;
    }
    if (call.failed) {
      // Kept: the client asks for the offset again and resumes once the store answers.
      res.set('connection', 'close');
      throw call.failed;
    }
    res.status(response.status);
    response.headers.forEach((value, name) => void res.setHeader(name, value));
    const body = Buffer.from(await response.arrayBuffer());
    res.end(req.method === 'HEAD' || body.length === 0 ? undefined : body);
  }

  /** Removes staged uploads past their expiry (run now and then by the service). */
  async sweep(): Promise<number> {
    return this.started ? (await this.started, this.staging.sweep()) : 0;
  }

  private call(req: Request): Call {
    const call = this.calls.get(req);
    if (!call) throw new Error('a tus request that did not come through ResumableUploads.handle');
    return call;
  }

  /** The length must be declared (no deferred lengths) and within the limit: 413 before a byte is read. */
  private checkLength(req: ExpressRequest) {
    const raw = req.headers['upload-length'];
    if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw new ValidationError([{ field: 'headers.upload-length', message: 'required: the file size in bytes (deferred lengths are not accepted)' }]);
    if (Number(raw) > this.deps.maxBytes) throw fail('video_too_large', `The file is larger than ${this.deps.maxBytes} bytes`, { limit: this.deps.maxBytes });
  }

  /**
   * The upload, when it is the caller's: another academy's or another uploader's is not found. A
   * store that cannot answer (the bucket unreachable) is a 503 the client retries, not a 404 that
   * would make it start over (logged with its cause).
   */
  private async owned(call: Call, id: string): Promise<Upload> {
    const upload = await this.staging.store.getUpload(id).catch((err) => {
      if (err === ERRORS.FILE_NOT_FOUND || err === ERRORS.FILE_NO_LONGER_EXISTS) return undefined;
      // The error handler logs 5xx answers; the store's own error goes with it as the cause.
      throw storeUnavailable(err);
    });
    if (!upload || upload.metadata?.tenant !== call.tenantId || upload.metadata?.owner !== call.userId) throw NotFound('No such upload in progress', 'upload_not_found');
    return upload;
  }

  /**
   * The request tus sees: same method, URL and headers. A body that holds some of the file's first
   * bytes passes the sniffing gate, judged together with the bytes `stored` before it.
   */
  private toFetchRequest(req: ExpressRequest, call: Call, stored: Buffer | undefined): Request {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.originalUrl, 'http://academy.invalid');
    const hasBody = req.is('application/offset+octet-stream') && (req.method === 'PATCH' || req.method === 'POST');
    if (!hasBody) return new Request(url, { method: req.method, headers });
    const body = stored ? new Gate(Infinity, { stored, final: false }) : new PassThrough();
    body.on('error', (err) => {
      if (err instanceof AppError) call.refused = err;
    });
    // A client that goes away mid-chunk ends the body where it stopped, so the store keeps what
    // arrived (the new offset): a file store has it already, an S3 store uploads it then.
    const cut = () => {
      req.unpipe(body);
      if (!body.writableEnded) body.end();
    };
    req.on('aborted', cut);
    req.on('error', cut);
    req.pipe(body);
    return new Request(url, { method: req.method, headers, body: Readable.toWeb(body) as ReadableStream, duplex: 'half' } as RequestInit);
  }

  /**
   * A finished upload becomes an asset through the shared path; the staged file then goes. A
   * retried last PATCH that arrives while the first is still being stored gets the same asset.
   */
  private async finish(call: Call, upload: Upload): Promise<string> {
    let finishing = this.finishing.get(upload.id);
    if (!finishing) {
      finishing = this.ingest(call, upload).finally(() => this.finishing.delete(upload.id));
      this.finishing.set(upload.id, finishing);
    }
    try {
      return await finishing;
    } catch (err) {
      if (err instanceof AppError) call.refused = err;
      throw err;
    }
  }

  private async ingest(call: Call, upload: Upload): Promise<string> {
    try {
      const asset = await ingestVideo(this.deps, {
        tenantId: call.tenantId,
        userId: call.userId,
        filename: upload.metadata?.filename ?? 'video',
        body: await this.staging.read(upload.id),
      });
      await this.staging.discard(upload.id);
      return asset.id;
    } catch (err) {
      // A refused file is not kept; a storage or database failure keeps it for the client's retry.
      if (err instanceof AppError) await this.staging.discard(upload.id).catch(() => undefined);
      throw err;
    }
  }
}
