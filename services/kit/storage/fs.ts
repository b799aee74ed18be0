import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkKey, type ByteRange, type Storage, type StoredObject } from './port.ts';

/** Objects as files under `root`; a write goes to a temporary name first, then is renamed. */
export class FsStorage implements Storage {
  readonly kind = 'fs' as const;
  constructor(private readonly root: string) {}

  private path(key: string) {
    return join(this.root, checkKey(key));
  }

  async put(key: string, body: Readable | Buffer): Promise<number> {
    const file = this.path(key);
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.part`;
    try {
      if (Buffer.isBuffer(body)) await writeFile(tmp, body);
      else await pipeline(body, createWriteStream(tmp));
      await rename(tmp, file);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return (await stat(file)).size;
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | undefined> {
    const size = await this.size(key);
    if (size === undefined) return undefined;
    const body = createReadStream(this.path(key), range ? { start: range.start, end: range.end } : {});
    return { body, size };
  }

  async size(key: string): Promise<number | undefined> {
    try {
      const s = await stat(this.path(key));
      return s.isFile() ? s.size : undefined;
    } catch {
      return undefined;
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    const dir = this.path(prefix.replace(/\/$/, ''));
    // Prefixes the services pass are whole folders (`.../videos/<id>/`).
    await rm(dir, { recursive: true, force: true });
  }
}
