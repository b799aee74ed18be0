import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStorage } from './fs.ts';
import { S3Storage } from './s3.ts';
import type { Storage } from './port.ts';

let dir: string;
let s3rver: S3rver;
let s3Endpoint: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storage-'));
  s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: join(dir, 's3') });
  const { port } = await s3rver.run();
  s3Endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3rver?.close();
  await rm(dir, { recursive: true, force: true });
});

const adapters: [string, () => Storage][] = [
  ['fs', () => new FsStorage(join(dir, 'fs'))],
  ['s3 (s3rver)', () => new S3Storage({ endpoint: s3Endpoint, bucket: 'academy-test', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true })],
];

describe.each(adapters)('storage port on %s', (_name, make) => {
  it('stores a stream and a buffer, reads whole and by range, reports size, deletes by prefix', async () => {
    const store = make();
    const big = Buffer.alloc(9 * 1024 * 1024, 7); // more than one S3 part
    expect(await store.put('t/1/videos/a/source', Readable.from([big.subarray(0, 5_000_000), big.subarray(5_000_000)]))).toBe(big.length);
    expect(await store.put('t/1/videos/a/poster.jpg', Buffer.from('0123456789'), 'image/jpeg')).toBe(10);
    expect(await store.size('t/1/videos/a/source')).toBe(big.length);
    const whole = await store.get('t/1/videos/a/poster.jpg');
    expect(whole!.size).toBe(10);
    expect(await text(whole!.body)).toBe('0123456789');
    const part = await store.get('t/1/videos/a/poster.jpg', { start: 2, end: 4 });
    expect(part!.size).toBe(10);
    expect(await text(part!.body)).toBe('234');
    expect(await store.get('t/1/videos/missing')).toBeUndefined();
    await store.deletePrefix('t/1/videos/a/');
    expect(await store.size('t/1/videos/a/source')).toBeUndefined();
  });

  it('refuses keys that climb out of the store', async () => {
    await expect(make().put('../etc/passwd', Buffer.from('x'))).rejects.toThrow(/not allowed/);
  });
});
