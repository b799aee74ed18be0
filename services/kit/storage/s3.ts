import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { checkKey, type ByteRange, type Storage, type StoredObject } from './port.ts';

export interface S3StorageOptions {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/** The S3 client settings for these options (shared with whatever else talks to the bucket, e.g. tus staging). */
export function s3ClientConfig(opts: S3StorageOptions): S3ClientConfig {
  return {
    endpoint: opts.endpoint,
    region: opts.region,
    forcePathStyle: opts.forcePathStyle,
    credentials: opts.accessKeyId && opts.secretAccessKey ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } : undefined,
  };
}

const notFound = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
};

/** Objects in one S3 bucket (AWS, MinIO, s3rver); streams go up as multipart uploads. */
export class S3Storage implements Storage {
  readonly kind = 's3' as const;
  readonly client: S3Client;
  private bucketReady?: Promise<void>;

  constructor(readonly opts: S3StorageOptions) {
    this.client = new S3Client(s3ClientConfig(opts));
  }

  /** Makes the bucket when it does not exist (once per process). */
  ensureBucket(): Promise<void> {
    this.bucketReady ??= (async () => {
      try {
        await this.client.send(new HeadBucketCommand({ Bucket: this.opts.bucket }));
      } catch (err) {
        if (!notFound(err)) throw err;
        await this.client.send(new CreateBucketCommand({ Bucket: this.opts.bucket }));
      }
    })().catch((err) => {
      this.bucketReady = undefined;
      throw err;
    });
    return this.bucketReady;
  }

  async put(key: string, body: Readable | Buffer, contentType?: string): Promise<number> {
    await this.ensureBucket();
    const Bucket = this.opts.bucket;
    const Key = checkKey(key);
    if (Buffer.isBuffer(body)) {
      await this.client.send(new PutObjectCommand({ Bucket, Key, Body: body, ContentType: contentType }));
      return body.length;
    }
    // A stream of unknown length goes up in parts (S3 multipart), so memory holds one part at most.
    const { UploadId } = await this.client.send(new CreateMultipartUploadCommand({ Bucket, Key, ContentType: contentType }));
    const parts: { ETag: string; PartNumber: number }[] = [];
    let total = 0;
    try {
      for await (const part of chunks(body, PART_BYTES)) {
        const PartNumber = parts.length + 1;
        const r = await this.client.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber, Body: part }));
        parts.push({ ETag: r.ETag!, PartNumber });
        total += part.length;
      }
      if (!parts.length) {
        await this.client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }));
        await this.client.send(new PutObjectCommand({ Bucket, Key, Body: Buffer.alloc(0), ContentType: contentType }));
        return 0;
      }
      await this.client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } }));
      return total;
    } catch (err) {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => undefined);
      throw err;
    }
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | undefined> {
    await this.ensureBucket();
    try {
      const r = await this.client.send(
        new GetObjectCommand({ Bucket: this.opts.bucket, Key: checkKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      const total = r.ContentRange ? Number(r.ContentRange.split('/')[1]) : Number(r.ContentLength ?? 0);
      return { body: r.Body as Readable, size: total };
    } catch (err) {
      if (notFound(err)) return undefined;
      throw err;
    }
  }

  async size(key: string): Promise<number | undefined> {
    await this.ensureBucket();
    try {
      const r = await this.client.send(new HeadObjectCommand({ Bucket: this.opts.bucket, Key: checkKey(key) }));
      return Number(r.ContentLength ?? 0);
    } catch (err) {
      if (notFound(err)) return undefined;
      throw err;
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    await this.ensureBucket();
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.opts.bucket, Prefix: prefix, ContinuationToken: token }));
      const keys = (page.Contents ?? []).map((o) => ({ Key: o.Key! }));
      if (keys.length) await this.client.send(new DeleteObjectsCommand({ Bucket: this.opts.bucket, Delete: { Objects: keys } }));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}

/** S3's smallest part (but the last) is 5 MiB. */
const PART_BYTES = 8 * 1024 * 1024;

/** Re-chunks a stream into buffers of `size` bytes (the last one shorter). */
async function* chunks(stream: Readable, size: number): AsyncGenerator<Buffer> {
  let held: Buffer[] = [];
  let heldBytes = 0;
  for await (const c of stream) {
    const buf = Buffer.isBuffer(c) ? c : Buffer.from(c);
    held.push(buf);
    heldBytes += buf.length;
    while (heldBytes >= size) {
      const all = Buffer.concat(held);
      yield all.subarray(0, size);
      held = [all.subarray(size)];
      heldBytes = held[0].length;
    }
  }
  if (heldBytes) yield Buffer.concat(held);
}
