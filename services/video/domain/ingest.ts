import { randomUUID } from 'node:crypto';
import { PassThrough, Transform, type Readable, type TransformCallback } from 'node:stream';
import { fail } from '../../kit/errors.ts';
import type { ServiceContext } from '../../kit/context.ts';
import type { Storage } from '../../kit/storage/index.ts';
import { assetPrefix, type Container, type VideoStore } from '../store.ts';
import { SNIFF_BYTES, sniffContainer } from './sniff.ts';

/** The queue the processing jobs run on. */
export const PROCESS_QUEUE = 'video.process';

const notVideo = () => fail('unsupported_video_type', 'file: the content is not an MP4, WebM or QuickTime video');
const tooLarge = (max: number) => fail('video_too_large', `The file is larger than ${max} bytes`, { limit: max });

/**
 * Counts bytes and refuses the file past `max` (413), and checks its first bytes are a video
 * container (415) as soon as enough of them passed — before anything reaches storage.
 *
 * A tus chunk is judged together with the bytes of the file stored before it (`stored`), and its
 * end is not the file's end (`final: false`): a chunk shorter than the sniffed head passes
 * unjudged, and the next chunk (or the finished file) is judged with it.
 */
export class Gate extends Transform {
  container?: Container;
  private seen: number;
  private head: Buffer;
  private readonly skip: number;
  private readonly final: boolean;

  constructor(
    private readonly max: number,
    opts: { stored?: Buffer; final?: boolean } = {},
  ) {
    super();
    this.head = opts.stored ?? Buffer.alloc(0);
    this.skip = this.head.length;
    this.seen = this.head.length;
    this.final = opts.final ?? true;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.seen += chunk.length;
    if (this.seen > this.max) return done(tooLarge(this.max));
    if (this.container) return done(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < SNIFF_BYTES) return done();
    this.container = sniffContainer(this.head);
    if (!this.container) return done(notVideo());
    const first = this.head.subarray(this.skip);
    this.head = Buffer.alloc(0);
    done(null, first);
  }

  override _flush(done: TransformCallback) {
    if (this.container || this.head.length === this.skip) return done();
    if (this.final) {
      this.container = sniffContainer(this.head);
      if (!this.container) return done(notVideo());
    }
    this.push(this.head.subarray(this.skip));
    done();
  }
}

export interface IngestDeps {
  store: VideoStore;
  storage: Storage;
  queues: Pick<ServiceContext['queues'], 'add'>;
  maxBytes: number;
}

export interface IngestProps {
  tenantId: string;
  userId: string;
  filename: string;
  /** The whole file, from its first byte. */
  body: Readable;
}

/**
 * Makes a new asset from a file, whichever way it arrived (a multipart form or a finished tus
 * upload): streams it through the gate into storage (never more than a chunk in memory), records
 * the asset (`uploaded`) and queues its processing. A refused or failed file leaves nothing behind.
 */
export async function ingestVideo(deps: IngestDeps, p: IngestProps): Promise<{ id: string; container: Container; size: number }> {
  const id = randomUUID();
  const gate = new Gate(deps.maxBytes);
  const out = new PassThrough();
  // Storage may not be reading yet when the gate refuses: the refusal is reported by the promise.
  out.on('error', () => undefined);
  const size = await new Promise<number>((resolve, reject) => {
    p.body.on('error', (e) => gate.destroy(e));
    gate.on('error', (e) => {
      out.destroy(e);
      reject(e);
    });
    p.body.pipe(gate).pipe(out);
    deps.storage.put(`${assetPrefix(p.tenantId, id)}source`, out, 'application/octet-stream').then(resolve, reject);
  }).catch(async (err) => {
    await deps.storage.deletePrefix(assetPrefix(p.tenantId, id)).catch(() => undefined);
    throw err;
  });
  const container = gate.container!;
  await deps.store.insert({ id, tenant_id: p.tenantId, uploaded_by: p.userId, container, filename: p.filename.slice(0, 255) || 'video', size_bytes: size });
  await deps.queues.add(PROCESS_QUEUE, { tenantId: p.tenantId, assetId: id }, { jobId: id, attempts: 3 });
  return { id, container, size };
}
