import { describe, expect, it } from 'vitest';
import { expandEnv, ownerTable, parseShardMap } from './shard-map.ts';

const cluster = (name: string, ranges: [number, number][]) => ({ name, primary: `postgres://h/${name}`, replicas: [], ranges });

describe('shard map', () => {
  it('maps every logical shard to exactly one cluster', () => {
    const map = parseShardMap(JSON.stringify({ logicalShards: 8, clusters: [cluster('a', [[0, 2], [6, 7]]), cluster('b', [[3, 5]])] }));
    expect([...ownerTable(map)]).toEqual([0, 0, 0, 1, 1, 1, 0, 0]);
  });
  it('refuses gaps, overlaps and out-of-range ranges, naming them', () => {
    expect(() => parseShardMap(JSON.stringify({ logicalShards: 8, clusters: [cluster('a', [[0, 5]])] }))).toThrow(/logical shard 6 has no cluster/);
    expect(() => parseShardMap(JSON.stringify({ logicalShards: 8, clusters: [cluster('a', [[0, 5]]), cluster('b', [[5, 7]])] }))).toThrow(/shard 5 is owned by both a and b/);
    expect(() => parseShardMap(JSON.stringify({ logicalShards: 8, clusters: [cluster('a', [[0, 8]])] }))).toThrow(/clusters\.0\.ranges\.0: range \[0, 8\]/);
    expect(() => parseShardMap('{nope')).toThrow(/not valid JSON/);
  });
  it('fills ${VAR} placeholders so secrets stay out of the map', () => {
    expect(expandEnv('postgres://app:${PG_PASS}@db/x', { PG_PASS: 's3cret' })).toBe('postgres://app:s3cret@db/x');
    expect(() => expandEnv('postgres://${MISSING}@db', {})).toThrow(/MISSING/);
  });
});
