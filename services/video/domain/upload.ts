import type { Request } from 'express';
import busboy from 'busboy';
import { fail, ValidationError } from '../../kit/errors.ts';
import type { Container } from '../store.ts';
import { ingestVideo, type IngestDeps } from './ingest.ts';

export interface UploadProps {
  req: Request;
  tenantId: string;
  userId: string;
}

const badMultipart = () => new ValidationError([{ field: 'file', message: 'the multipart body is not valid' }]);

/**
 * The multipart path (`POST /videos`, small files): streams the field `file` into a new asset
 * (ingest.ts, shared with the resumable path). A Content-Length already over the limit is refused
 * before reading anything; otherwise the gate refuses as soon as the file passes the limit or its
 * first bytes are not a video.
 */
export async function receiveUpload(deps: IngestDeps, p: UploadProps): Promise<{ id: string; container: Container; size: number }> {
  const declared = Number(p.req.headers['content-length'] ?? NaN);
  if (declared > deps.maxBytes + 64 * 1024) throw fail('video_too_large', `The file is larger than ${deps.maxBytes} bytes`, { limit: deps.maxBytes });
  if (!/^multipart\/form-data/i.test(p.req.headers['content-type'] ?? '')) throw new ValidationError([{ field: 'file', message: 'send multipart/form-data with a field "file"' }]);

  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err: unknown, v?: { id: string; container: Container; size: number }) => {
      if (settled) return;
      settled = true;
      if (err) {
        p.req.unpipe();
        reject(err);
      } else resolve(v!);
    };
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: p.req.headers, limits: { files: 1, fields: 10, fileSize: deps.maxBytes + 1 } });
    } catch {
      return settle(badMultipart());
    }
    let sawFile = false;
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || sawFile) return void stream.resume();
      sawFile = true;
      ingestVideo(deps, { tenantId: p.tenantId, userId: p.userId, filename: info.filename || 'video', body: stream }).then(
        (v) => settle(undefined, v),
        (e) => settle(e),
      );
    });
    bb.on('error', () => settle(badMultipart()));
    bb.on('close', () => {
      if (!sawFile) settle(new ValidationError([{ field: 'file', message: 'required' }]));
    });
    p.req.pipe(bb);
  });
}
