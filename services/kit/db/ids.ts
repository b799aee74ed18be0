import { randomBytes } from 'node:crypto';

/** A UUIDv7's 12-bit rand_a field holds the logical shard, so at most 4,096 logical shards. */
export const MAX_LOGICAL_SHARDS = 4096;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * A time-ordered UUIDv7 whose rand_a bits carry `logicalShard`: B-tree inserts stay local, and
 * any id names its shard without a lookup (docs/spine.md, "Data").
 */
export function newId(logicalShard: number, now: number = Date.now()): string {
  if (!Number.isInteger(logicalShard) || logicalShard < 0 || logicalShard >= MAX_LOGICAL_SHARDS) {
    throw new RangeError(`logical shard ${logicalShard} is outside 0..${MAX_LOGICAL_SHARDS - 1}`);
  }
  const b = randomBytes(16);
  // 48-bit big-endian millisecond timestamp.
  b.writeUIntBE(now, 0, 6);
  // version 7 in the high nibble, then the 12-bit logical shard.
  b[6] = 0x70 | ((logicalShard >> 8) & 0x0f);
  b[7] = logicalShard & 0xff;
  // RFC 9562 variant 10xx.
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * An id that cannot be one of ours: not a UUIDv7, or naming a logical shard outside the current
 * shard map. Ids arrive from clients (paths, refresh tokens, certificate codes), so this is a
 * lookup of something that does not exist: kit/errors.ts answers it with 404, never 500.
 */
export class ForeignIdError extends RangeError {
  override readonly name = 'ForeignIdError';
}

/** A UUID of version 7 with the RFC 9562 variant: the shape of every id we mint. */
export function isShardedId(id: string): boolean {
  return UUID_RE.test(id);
}

/** The logical shard an id was minted for; throws ForeignIdError on anything that is not one of our ids. */
export function shardOfId(id: string): number {
  if (!isShardedId(id)) throw new ForeignIdError(`not a sharded id: ${JSON.stringify(id).slice(0, 60)}`);
  return parseInt(id.slice(15, 18), 16);
}

/** Millisecond timestamp an id was minted at. */
export function timeOfId(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
