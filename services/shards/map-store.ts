import { readFile, rename, writeFile } from 'node:fs/promises';
import { parseShardMap, type ShardMap } from '../kit/db/shard-map.ts';

/** Where the shard map lives: a file the pods watch, or (in a cluster) what the operator publishes. */
export interface MapStore {
  read(): Promise<ShardMap>;
  /** Publishes a new map; pods pick it up without a restart. */
  write(map: ShardMap): Promise<void>;
}

/** A shard-map JSON file, replaced atomically (write beside, then rename) so a watcher never reads half a map. */
export function fileMapStore(path: string): MapStore {
  return {
    async read() {
      return parseShardMap(await readFile(path, 'utf8'));
    },
    async write(map) {
      parseShardMap(JSON.stringify(map));
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, `${JSON.stringify(map, null, 2)}\n`);
      await rename(tmp, path);
    },
  };
}

export type Range = [number, number];

/** Parses `A-B` (or one shard `A`), checking it against the map. */
export function parseRange(text: string, logicalShards: number): Range {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`--range: expected A-B (logical shards), got ${JSON.stringify(text)}`);
  const range: Range = [Number(m[1]), Number(m[2] ?? m[1])];
  if (range[0] > range[1] || range[1] >= logicalShards) throw new Error(`--range: ${text} is outside 0-${logicalShards - 1} or reversed`);
  return range;
}

/** The one cluster owning every shard of the range; throws naming the owners when it is split. */
export function ownerOfRange(map: ShardMap, [from, to]: Range): string {
  const owners = new Set<string>();
  for (const c of map.clusters) for (const [a, b] of c.ranges) if (a <= to && b >= from) owners.add(c.name);
  if (owners.size !== 1) throw new Error(`logical shards ${from}-${to} are owned by ${[...owners].join(' and ')}: move a range that one cluster owns`);
  return [...owners][0];
}

/** Sorted ranges with adjacent ones joined. */
function normalize(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** A shard map as far as ownership goes: the services' map and the operator's richer one both are. */
interface Owned {
  readonly clusters: readonly { readonly name: string; readonly ranges: readonly (readonly [number, number])[] }[];
}

/** The map with `range` taken from its owner and given to `target` (the cut-over's only edit). */
export function reassignRange<M extends Owned>(map: M, [from, to]: Range, target: string): M {
  if (!map.clusters.some((c) => c.name === target)) throw new Error(`cluster ${target} is not in the shard map (add it, without ranges, first)`);
  const clusters = map.clusters.map((c) => {
    const kept: Range[] = [];
    for (const [a, b] of c.ranges) {
      if (b < from || a > to) kept.push([a, b]);
      else {
        if (a < from) kept.push([a, from - 1]);
        if (b > to) kept.push([to + 1, b]);
      }
    }
    if (c.name === target) kept.push([from, to]);
    return { ...c, ranges: normalize(kept) };
  });
  return { ...map, clusters };
}
