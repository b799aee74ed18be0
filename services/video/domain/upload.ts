import { randomUUID } from 'node:crypto';
import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import type { Request } from 'express';
import busboy from 'busboy';
import { fail, ValidationError } from '../../kit/errors.ts';
import type { Storage } from '../../kit/storage/index.ts';
import { assetPrefix, type Container, type VideoStore } from '../store.ts';
import { CONTENT_TYPES, SNIFF_BYTES, sniffContainer } from './sniff.ts';

export interface UploadProps {
  req: Request;
  tenantId: string;
  userId: string;
  maxBytes: number;
  store: VideoStore;
  storage: Storage;
}

/**
 * Counts bytes and refuses the file past `max` (413), and checks its first bytes are a video
 * container (415) before anything reaches storage.
 */
class Gate extends Transform {
  seen = 0;
  container?: Container;
  private head = Buffer.alloc(0);

  constructor(private readonly max: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.seen += chunk.length;
    if (this.seen > this.max) return done(fail('video_too_large', `The file is larger than ${this.max} bytes`, { limit: this.max }));
    if (!this.container) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < SNIFF_BYTES) return done();
      this.container = sniffContainer(this.head);
      if (!this.container) return done(fail('unsupported_video_type', 'file: the content is not an MP4, WebM or QuickTime video'));
      const first = this.head;
      this.head = Buffer.alloc(0);
      return done(null, first);
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback) {
    if (!this.container) {
      this.container = sniffContainer(this.head);
      if (!this.container) return done(fail('unsupported_video_type', 'file: the content is not an MP4, WebM or QuickTime video'));
      this.push(this.head);
    }
    done();
  }
}

const badMultipart = () => new ValidationError([{ field: 'file', message: 'the multipart body is not valid' }]);

/**
 * Streams the multipart field `file` to storage as a new asset (status `uploaded`): never more
 * than one chunk in memory, refused as soon as it passes the limit or its first bytes are not a
 * video. A Content-Length already over the limit is refused before reading anything.
 */
export async function receiveUpload(p: UploadProps): Promise<{ id: string; container: Container; size: number }> {
  const declared = Number(p.req.headers['content-length'] ?? NaN);
  if (declared > p.maxBytes + 64 * 1024) throw fail('video_too_large', `The file is larger than ${p.maxBytes} bytes`, { limit: p.maxBytes });
  if (!/^multipart\/form-data/i.test(p.req.headers['content-type'] ?? '')) throw new ValidationError([{ field: 'file', message: 'send multipart/form-data with a field "file"' }]);

  const id = randomUUID();
  const key = `${assetPrefix(p.tenantId, id)}source`;
  const result = await new Promise<{ container: Container; size: number; filename: string }>((resolve, reject) => {
    let settled = false;
    const settle = (err?: unknown, v?: { container: Container; size: number; filename: string }) => {
      if (settled) return;
      settled = true;
      if (err) {
        p.req.unpipe();
        reject(err);
      } else resolve(v!);
    };
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: p.req.headers, limits: { files: 1, fields: 10, fileSize: p.maxBytes + 1 } });
    } catch {
      return settle(badMultipart());
    }
    let sawFile = false;
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || sawFile) return void stream.resume();
      sawFile = true;
      const gate = new Gate(p.maxBytes);
      const out = new PassThrough();
      // Storage may not be reading yet when the gate refuses: the refusal is reported by settle().
      out.on('error', () => undefined);
      stream.on('error', (e) => gate.destroy(e));
      gate.on('error', (e) => {
        out.destroy(e);
        settle(e);
      });
      stream.pipe(gate).pipe(out);
      p.storage
        .put(key, out, gate.container ? CONTENT_TYPES[gate.container] : 'application/octet-stream')
        .then((size) => settle(undefined, { container: gate.container!, size, filename: info.filename || 'video' }))
        .catch((e) => settle(e));
    });
    bb.on('error', () => settle(badMultipart()));
    bb.on('close', () => {
      if (!sawFile) settle(new ValidationError([{ field: 'file', message: 'required' }]));
    });
    p.req.pipe(bb);
  }).catch(async (err) => {
    await p.storage.deletePrefix(assetPrefix(p.tenantId, id)).catch(() => undefined);
    throw err;
  });
  await p.store.insert({ id, tenant_id: p.tenantId, uploaded_by: p.userId, container: result.container, filename: result.filename.slice(0, 255), size_bytes: result.size });
  return { id, container: result.container, size: result.size };
}
