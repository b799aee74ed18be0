import { z } from 'zod';
import { MAX_LOGICAL_SHARDS } from './ids.ts';

const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

/** One physical Postgres cluster: a primary, its replicas and the logical shards it owns. */
export const PhysicalClusterSchema = z.object({
  name: z.string().min(1),
  /** Connection URL; `${VAR}` placeholders are filled from the environment (secrets stay out of the map). */
  primary: z.string().min(1),
  replicas: z.array(z.string().min(1)).default([]),
  /** Reads skip a replica whose replay delay exceeds this (ms); the router's default is 5,000. */
  maxReplicaLagMs: z.number().int().positive().optional(),
  /** Inclusive logical-shard ranges this cluster owns; none for a cluster added as a move's target. */
  ranges: z.array(Range).default([]),
});

/**
 * The shard map: logical shards (the space ids are minted in) assigned to physical clusters.
 * Adding clusters moves ranges; ids never change. Published by the operator as a ConfigMap.
 */
export const ShardMapSchema = z
  .object({
    logicalShards: z.number().int().min(1).max(MAX_LOGICAL_SHARDS),
    clusters: z.array(PhysicalClusterSchema).min(1),
  })
  .superRefine((map, ctx) => {
    const owner = new Array<string | undefined>(map.logicalShards);
    map.clusters.forEach((c, ci) =>
      c.ranges.forEach(([from, to], ri) => {
        const path = ['clusters', ci, 'ranges', ri];
        if (from > to || to >= map.logicalShards) {
          ctx.addIssue({ code: 'custom', path, message: `range [${from}, ${to}] is outside 0..${map.logicalShards - 1}` });
          return;
        }
        for (let s = from; s <= to; s++) {
          if (owner[s]) {
            ctx.addIssue({ code: 'custom', path, message: `logical shard ${s} is owned by both ${owner[s]} and ${c.name}` });
            return;
          }
          owner[s] = c.name;
        }
      }),
    );
    const missing = owner.findIndex((o) => o === undefined);
    if (missing >= 0) ctx.addIssue({ code: 'custom', path: ['clusters'], message: `logical shard ${missing} has no cluster` });
  });

export type ShardMap = z.infer<typeof ShardMapSchema>;
export type PhysicalCluster = z.infer<typeof PhysicalClusterSchema>;

/** Every logical shard on one database: the local default. */
export function singleDatabaseMap(url: string, replicas: string[] = [], logicalShards = 16): ShardMap {
  return { logicalShards, clusters: [{ name: 'main', primary: url, replicas, ranges: [[0, logicalShards - 1]] }] };
}

/** Fills `${VAR}` placeholders from env; a missing variable is an error naming it. */
export function expandEnv(url: string, env: Record<string, string | undefined> = process.env): string {
  return url.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const v = env[name];
    if (v === undefined) throw new Error(`shard map needs environment variable ${name}`);
    return v;
  });
}

export function parseShardMap(json: string): ShardMap {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('SHARD_MAP: not valid JSON');
  }
  const parsed = ShardMapSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`SHARD_MAP: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** logical shard -> cluster index lookup table. */
export function ownerTable(map: ShardMap): Uint16Array {
  const t = new Uint16Array(map.logicalShards);
  map.clusters.forEach((c, ci) => c.ranges.forEach(([from, to]) => t.fill(ci, from, to + 1)));
  return t;
}
