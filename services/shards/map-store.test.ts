import { describe, expect, it } from 'vitest';
import { ownerOfRange, parseRange, reassignRange } from './map-store.ts';
import { parseShardMap } from '../kit/db/shard-map.ts';

const map = parseShardMap(
  JSON.stringify({
    logicalShards: 16,
    clusters: [
      { name: 'a', primary: 'postgres://h/a', ranges: [[0, 11]] },
      { name: 'b', primary: 'postgres://h/b', ranges: [[12, 15]] },
      { name: 'c', primary: 'postgres://h/c', ranges: [] },
    ],
  }),
);

describe('shard map edits of a move', () => {
  it('gives a range to the target, splitting and joining ranges, and the result is a valid map', () => {
    const moved = reassignRange(map, [4, 7], 'c');
    expect(moved.clusters.map((c) => c.ranges)).toEqual([[[0, 3], [8, 11]], [[12, 15]], [[4, 7]]]);
    const back = reassignRange(moved, [4, 7], 'a');
    expect(back.clusters.map((c) => c.ranges)).toEqual([[[0, 11]], [[12, 15]], []]);
    expect(() => parseShardMap(JSON.stringify(moved))).not.toThrow();
  });
  it('names the owners of a split range and refuses unknown clusters and bad ranges', () => {
    expect(ownerOfRange(map, [4, 7])).toBe('a');
    expect(() => ownerOfRange(map, [10, 13])).toThrow(/owned by a and b/);
    expect(() => reassignRange(map, [4, 7], 'zz')).toThrow(/zz is not in the shard map/);
    expect(parseRange('3-9', 16)).toEqual([3, 9]);
    expect(parseRange('5', 16)).toEqual([5, 5]);
    expect(() => parseRange('9-3', 16)).toThrow(/reversed/);
    expect(() => parseRange('0-16', 16)).toThrow(/outside/);
    expect(() => parseRange('a-b', 16)).toThrow(/expected A-B/);
  });
});
