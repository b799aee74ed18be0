import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { FileStore } from '@tus/file-store';
import { S3Store } from '@tus/s3-store';
import { ERRORS, type DataStore, type KvStore } from '@tus/server';
import { S3Storage, s3ClientConfig, type Storage } from '../../kit/storage/index.ts';

/**
 * Where unfinished resumable (tus) uploads wait for their next chunk: the store tus writes to,
 * plus what our rules around tus need from it.
 */
export interface Staging {
  /** What the staged bytes live on, for the docs and logs. */
  readonly where: string;
  /** The tus datastore. */
  readonly store: DataStore;
  /** Put before an upload's URL id to make its id (its key) in the store. */
  readonly prefix: string;
  /** Made ready on first use (a directory, a bucket): a failure fails that request, not the process. */
  ready(): Promise<void>;
  /** The first `length` bytes staged, while fewer than a part (only asked for below the sniffed head). */
  head(id: string, length: number): Promise<Buffer>;
  /** The finished upload's bytes, from the first. */
  read(id: string): Promise<Readable>;
  /** Removes everything staged for the upload, finished or not. */
  discard(id: string): Promise<void>;
  /** Removes unfinished uploads past their expiry; answers how many staged objects went. */
  sweep(): Promise<number>;
}

export interface StagingOptions {
  /** An unfinished upload is forgotten this long after it began. */
  expiresMs: number;
  /** The local directory for the `fs` driver (`DATA_DIR/tus-uploads`). */
  directory: string;
}

/** The staging for the academy's storage: the bucket when it is S3 (any process resumes any upload), else a local directory. */
export function stagingFor(storage: Storage, opts: StagingOptions): Staging {
  return storage instanceof S3Storage ? new BucketStaging(storage, opts.expiresMs) : new DirectoryStaging(opts.directory, opts.expiresMs);
}

/** `DATA_DIR/tus-uploads` of this process (`@tus/file-store`): one process, or one pod per upload. */
class DirectoryStaging implements Staging {
  readonly prefix = '';
  readonly store: FileStore;
  readonly where: string;

  constructor(
    private readonly directory: string,
    expiresMs: number,
  ) {
    this.where = `directory ${directory}`;
    this.store = new FileStore({ directory, expirationPeriodInMilliseconds: expiresMs });
  }

  async ready() {
    await mkdir(this.directory, { recursive: true });
  }

  async head(id: string, length: number): Promise<Buffer> {
    if (length === 0) return Buffer.alloc(0);
    const file = await open(join(this.directory, id), 'r');
    try {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await file.read(buf, 0, length, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  }

  async read(id: string): Promise<Readable> {
    return this.store.read(id);
  }

  async discard(id: string) {
    await this.store.remove(id);
  }

  sweep() {
    return this.store.deleteExpired();
  }
}

/** Keys in the bucket under this prefix hold the staged uploads (`<id>`, `<id>.info`, `<id>.part`). */
export const BUCKET_PREFIX = 'tus-uploads/';
/** S3's parts (but the last) are at least 5 MiB; parts of 8 MiB are buffered in the OS temp dir before they go up. */
const PART_BYTES = 8 * 1024 * 1024;
/** At most this many parts in flight per process, so the temp dir holds at most 4 × 8 MiB of them (pods have a 64 Mi `/tmp`). */
const PARTS_IN_FLIGHT = 4;

/**
 * A KvStore that keeps nothing: every request reads the upload's `.info` from the bucket, so a
 * process never answers from what it cached about an upload that another process finished or
 * deleted since (@tus/s3-store's default cache is per process).
 */
const NO_CACHE: KvStore<never> = { get: async () => undefined, set: async () => undefined, delete: async () => undefined };

/**
 * The academy's bucket (`@tus/s3-store`): the upload is an S3 multipart upload at
 * `tus-uploads/<id>`, its tus info in `<id>.info`, and bytes short of a part in `<id>.part`. Any
 * process of the academy resumes any upload; processes keep no state.
 */
class BucketStaging extends S3Store implements Staging {
  readonly prefix = BUCKET_PREFIX;
  readonly where: string;
  readonly store = this;

  constructor(
    private readonly storage: S3Storage,
    expiresMs: number,
  ) {
    super({
      partSize: PART_BYTES,
      maxConcurrentPartUploads: PARTS_IN_FLIGHT,
      expirationPeriodInMilliseconds: expiresMs,
      // We sweep by listing the multipart uploads; no lifecycle rule needs tags (not every S3 has them).
      useTags: false,
      cache: NO_CACHE as KvStore<never>,
      s3ClientConfig: { ...s3ClientConfig(storage.opts), bucket: storage.opts.bucket },
    });
    this.where = `bucket ${storage.opts.bucket}/${BUCKET_PREFIX}`;
  }

  ready() {
    return this.storage.ensureBucket();
  }

  /** Bytes below a part are all in `<id>.part` (any full part is at least 5 MiB). */
  async head(id: string, length: number): Promise<Buffer> {
    if (length === 0) return Buffer.alloc(0);
    const part = await this.getIncompletePart(id);
    return part ? (await buffer(part)).subarray(0, length) : Buffer.alloc(0);
  }

  /**
   * Aborts the multipart upload when it is still open, then deletes the object it became, its
   * info and its incomplete part (@tus/s3-store's `remove` leaves the `.part`, and after
   * completion it finds no upload to abort and deletes nothing).
   */
  override async remove(id: string): Promise<void> {
    try {
      await super.remove(id);
    } catch (err) {
      if (err !== ERRORS.FILE_NOT_FOUND) throw err;
    }
    await this.client.deleteObjects({ Bucket: this.bucket, Delete: { Objects: [{ Key: id }, { Key: this.infoKey(id) }, { Key: this.partKey(id, true) }] } });
  }

  discard(id: string) {
    return this.remove(id);
  }

  /**
   * @tus/s3-store's own `deleteExpired` lists every multipart upload of the bucket; the storage
   * port's uploads live there too, so this one looks only under our prefix.
   */
  override async deleteExpired(): Promise<number> {
    let deleted = 0;
    let KeyMarker: string | undefined;
    let UploadIdMarker: string | undefined;
    do {
      const page = await this.client.listMultipartUploads({ Bucket: this.bucket, Prefix: BUCKET_PREFIX, KeyMarker, UploadIdMarker });
      const expired = (page.Uploads ?? []).filter((u) => u.Key && u.Initiated && Date.now() > u.Initiated.getTime() + this.getExpiration());
      for (const upload of expired) {
        // Every video process sweeps the same bucket: another may have aborted it a moment ago.
        await this.client.abortMultipartUpload({ Bucket: this.bucket, Key: upload.Key, UploadId: upload.UploadId }).catch((err) => {
          if ((err as { name?: string }).name !== 'NoSuchUpload') throw err;
        });
        await this.remove(upload.Key!);
        deleted += 1;
      }
      KeyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      UploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
    } while (KeyMarker);
    return deleted;
  }

  sweep() {
    return this.deleteExpired();
  }
}
