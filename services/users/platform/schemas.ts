import { z } from 'zod';

/**
 * The platform file the operator writes (ConfigMap `academy-platform`, mounted into every pod):
 * the Tenant's status plus each service's autoscaler. Read loosely — fields the operator adds
 * later are ignored, fields it drops are optional — so operator and academy can be upgraded apart.
 */
const Condition = z.object({
  type: z.string(),
  status: z.string(),
  reason: z.string().optional(),
  message: z.string().optional(),
  lastTransitionTime: z.string().optional(),
  observedGeneration: z.number().int().optional(),
});

const Autoscaler = z.object({
  minReplicas: z.number().int(),
  maxReplicas: z.number().int(),
  targetCPUUtilization: z.number().int().optional(),
  currentReplicas: z.number().int().optional(),
  desiredReplicas: z.number().int().optional(),
  conditions: z.array(Condition).default([]),
});

export const OperatorPlatformSchema = z.object({
  tenant: z.string(),
  observedGeneration: z.number().int().optional(),
  conditions: z.array(Condition).default([]),
  services: z
    .array(
      z.object({
        name: z.string(),
        ready: z.boolean(),
        replicas: z.number().int().optional(),
        readyReplicas: z.number().int().optional(),
        autoscaler: Autoscaler.optional(),
      }),
    )
    .default([]),
  shardSet: z.object({ namespace: z.string(), name: z.string() }).optional(),
});
export type OperatorPlatform = z.infer<typeof OperatorPlatformSchema>;

/** A live check made while answering: did it answer, and how fast. */
const Health = z.object({
  status: z.enum(['ok', 'failing']),
  latencyMs: z.number(),
  error: z.string().optional(),
});
export type Health = z.infer<typeof Health>;

export const PlatformSchema = z.object({
  source: z.enum(['operator', 'local']).describe('operator: services and conditions from the Tenant status; local: this one process'),
  generatedAt: z.string(),
  tenant: z.object({ slug: z.string(), name: z.string() }),
  process: z.object({
    hostname: z.string(),
    pid: z.number().int(),
    uptimeSeconds: z.number().int(),
    node: z.string(),
    rssBytes: z.number().int(),
    services: z.array(z.string()).describe('Services this process serves'),
  }),
  services: z.array(
    z.object({
      name: z.string(),
      runs: z.enum(['deployment', 'in-process', 'remote']),
      ready: z.boolean(),
      desiredReplicas: z.number().int().nullable(),
      readyReplicas: z.number().int().nullable(),
      autoscaler: Autoscaler.extend({ currentReplicas: z.number().int().nullable(), desiredReplicas: z.number().int().nullable() }).nullable(),
    }),
  ),
  conditions: z.array(Condition).describe("The Tenant's conditions (none locally: no operator)"),
  database: z.object({ kind: z.enum(['embedded', 'postgres']), controlReplicas: z.number().int(), control: Health }),
  shards: z.object({
    logicalShards: z.number().int(),
    clusters: z.array(z.object({ name: z.string(), ranges: z.array(z.array(z.number().int()).length(2)).describe('[first, last] logical shard, inclusive'), replicas: z.number().int(), health: Health })),
  }),
  redis: z.object({ adapter: z.enum(['redis', 'in-process']), health: Health }),
  notice: z.string().optional(),
});
export type Platform = z.infer<typeof PlatformSchema>;
