import { join } from 'node:path';
import type { ServiceContext } from '../context.ts';
import { FsStorage } from './fs.ts';
import { S3Storage } from './s3.ts';
import type { Storage } from './port.ts';

export type { Storage, StoredObject, ByteRange } from './port.ts';
export { FsStorage } from './fs.ts';
export { S3Storage, s3ClientConfig, type S3StorageOptions } from './s3.ts';

/** The process's object storage, chosen by STORAGE_DRIVER (one per process, held by the context). */
export function storageFor(ctx: Pick<ServiceContext, 'config' | 'instances'>): Storage {
  return ctx.instances.of((): Storage => {
    const c = ctx.config;
    if (c.STORAGE_DRIVER === 's3') {
      return new S3Storage({
        endpoint: c.S3_ENDPOINT, bucket: c.S3_BUCKET, region: c.S3_REGION,
        accessKeyId: c.S3_ACCESS_KEY_ID, secretAccessKey: c.S3_SECRET_ACCESS_KEY, forcePathStyle: c.S3_FORCE_PATH_STYLE,
      });
    }
    return new FsStorage(join(c.DATA_DIR, 'storage'));
  }, storageFor);
}
