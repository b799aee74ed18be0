import type { Readable } from 'node:stream';

/** What `get` returns: the bytes (a whole object or a range of it) and the object's full size. */
export interface StoredObject {
  body: Readable;
  /** Size of the whole object (not of the range). */
  size: number;
}

/** An inclusive byte range, as HTTP Range has it. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Object storage: videos and their renditions, certificates' printable files, user uploads. Keys
 * are `/`-separated paths (`tenant/<id>/videos/<asset>/source`). Local filesystem by default
 * (DATA_DIR/storage), S3 with STORAGE_DRIVER=s3 (`contract.test.ts` runs the same suite on both).
 */
export interface Storage {
  readonly kind: 'fs' | 's3';
  /** Writes the stream under `key` (replacing it); resolves with the bytes written. */
  put(key: string, body: Readable | Buffer, contentType?: string): Promise<number>;
  /** The object or a byte range of it; undefined when there is no such object. */
  get(key: string, range?: ByteRange): Promise<StoredObject | undefined>;
  /** Size in bytes, undefined when absent. */
  size(key: string): Promise<number | undefined>;
  /** Removes every object whose key starts with `prefix`. */
  deletePrefix(prefix: string): Promise<void>;
}

/** Keys are made by the services from ids; refuse anything that could climb out of the store. */
export function checkKey(key: string): string {
  if (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(key) || key.split('/').some((p) => p === '..' || p === '.')) {
    throw new Error(`storage key not allowed: ${JSON.stringify(key)}`);
  }
  return key;
}
