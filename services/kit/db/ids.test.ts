import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newId, shardOfId, timeOfId, isShardedId, ForeignIdError, MAX_LOGICAL_SHARDS } from './ids.ts';

describe('sharded UUIDv7 ids', () => {
  it('carry their logical shard and time, as valid v7 UUIDs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_LOGICAL_SHARDS - 1 }), fc.integer({ min: 0, max: 2 ** 47 }), (shard, ms) => {
        const id = newId(shard, ms);
        expect(isShardedId(id)).toBe(true);
        expect(shardOfId(id)).toBe(shard);
        expect(timeOfId(id)).toBe(ms);
      }),
    );
  });
  it('sort by time across shards', () => {
    const a = newId(4095, 1000);
    const b = newId(0, 1001);
    expect(a < b).toBe(true);
  });
  it('refuse shards outside the 12-bit space and foreign ids', () => {
    expect(() => newId(4096)).toThrow(/outside/);
    expect(() => newId(-1)).toThrow(/outside/);
    expect(() => shardOfId('f47ac10b-58cc-4372-a567-0e02b2c3d479')).toThrow(/not a sharded id/);
    expect(() => shardOfId('00000000-0000-0000-0000-000000000000')).toThrow(ForeignIdError);
  });
});
