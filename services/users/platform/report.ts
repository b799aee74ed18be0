import { hostname } from 'node:os';
import type { Knex } from 'knex';
import type { ServiceContext } from '../../kit/context.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import type { Health, OperatorPlatform, Platform } from './schemas.ts';
import type { Serving } from './serving.ts';
import type { PlatformFileState } from './status-file.ts';

/**
 * The platform view of `GET /admin/platform`. Two sources, one shape:
 * - in a cluster, the operator's file gives the services (desired / ready replicas, autoscalers)
 *   and the Tenant's conditions;
 * - locally (no file), the services are this process's own (and any it proxies, asked live).
 * Either way the database, every shard cluster and Redis are checked live from the answering
 * process: that is what its requests meet right now, and it needs no operator round trip.
 */

export const PROBE_TIMEOUT_MS = 2000;

/** Runs a check with a deadline; never throws, never reveals a connection string. */
export async function probe(check: () => Promise<unknown>, timeoutMs = PROBE_TIMEOUT_MS): Promise<Health> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new ProbeTimeout()), timeoutMs)))]);
    return { status: 'ok', latencyMs: elapsed() };
  } catch (err) {
    // Only a code: driver messages can carry host names or users.
    const code = (err as { code?: unknown }).code;
    const error = err instanceof ProbeTimeout ? `no answer within ${timeoutMs} ms` : typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? `failed: ${code}` : 'failed';
    return { status: 'failing', latencyMs: elapsed(), error };
  } finally {
    clearTimeout(timer);
  }
}

class ProbeTimeout extends Error {}

type Deps = Pick<ServiceContext, 'config' | 'dbs' | 'kv'>;

/** Every cluster of the shard map, its ranges and a live `select 1` on its primary (one per distinct pool). */
export async function shardReport(dbs: Deps['dbs']): Promise<Platform['shards']> {
  const map = dbs.shardMap;
  const byPool = new Map<Knex, Promise<Health>>();
  const check = (k: Knex) => {
    let h = byPool.get(k);
    if (!h) byPool.set(k, (h = probe(() => k.raw('select 1'))));
    return h;
  };
  const clusters = await Promise.all(
    map.clusters.map(async (c) => ({
      name: c.name,
      ranges: c.ranges.map(([from, to]) => [from, to] as [number, number]),
      replicas: c.replicas.length,
      health: c.ranges.length ? await check(dbs.cluster(c.ranges[0][0]).primary) : ({ status: 'failing', latencyMs: 0, error: 'owns no logical shard' } as Health),
    })),
  );
  return { logicalShards: map.logicalShards, clusters };
}

/** The services of the operator's file: desired replicas are what the autoscaler wants. */
export function operatorServices(doc: OperatorPlatform): Platform['services'] {
  return doc.services.map((s) => ({
    name: s.name,
    runs: 'deployment' as const,
    ready: s.ready,
    desiredReplicas: s.autoscaler?.desiredReplicas ?? s.replicas ?? null,
    readyReplicas: s.readyReplicas ?? null,
    autoscaler: s.autoscaler ? { ...s.autoscaler, currentReplicas: s.autoscaler.currentReplicas ?? null, desiredReplicas: s.autoscaler.desiredReplicas ?? null } : null,
  }));
}

/** This process's services (one replica each, ready: it is answering) and the ones it proxies, asked at `/readyz`. */
export async function localServices(serving: Serving, fetchImpl: typeof fetch = fetch): Promise<Platform['services']> {
  const local = serving.local.map((name) => ({ name, runs: 'in-process' as const, ready: true, desiredReplicas: 1, readyReplicas: 1, autoscaler: null }));
  const remote = await Promise.all(
    serving.remote.map(async ({ name, url }) => {
      const health = await probe(async () => {
        const res = await fetchImpl(new URL('/readyz', url), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        await res.body?.cancel();
        if (!res.ok) throw Object.assign(new Error('not ready'), { code: `HTTP_${res.status}` });
      });
      return { name, runs: 'remote' as const, ready: health.status === 'ok', desiredReplicas: null, readyReplicas: null, autoscaler: null };
    }),
  );
  return [...local, ...remote];
}

/** Which source to trust, and what to tell the reader when it is not the operator's. */
export function chooseSource(state: PlatformFileState, tenant: Tenant): { doc?: OperatorPlatform; notice?: string } {
  if (!state.configured) return { notice: 'No operator: this is one academy process; autoscalers and Tenant conditions exist only in a cluster.' };
  if (state.doc && state.doc.tenant !== tenant.slug) return { notice: `The platform status file describes academy "${state.doc.tenant}", not this one; showing this process.` };
  if (!state.doc) return { notice: `The platform status file is not usable (${state.problem}); showing this process.` };
  return { doc: state.doc, ...(state.problem ? { notice: `The platform status file is not usable now (${state.problem}); showing the last good one.` } : {}) };
}

export async function platformReport(deps: Deps, props: { tenant: Tenant; state: PlatformFileState; serving: Serving; now?: Date }): Promise<Platform> {
  const { config, dbs, kv } = deps;
  const { doc, notice } = chooseSource(props.state, props.tenant);
  const [services, control, shards, redis] = await Promise.all([
    doc ? operatorServices(doc) : localServices(props.serving),
    probe(() => dbs.control.raw('select 1')),
    shardReport(dbs),
    probe(() => kv.ping()),
  ]);
  return {
    source: doc ? 'operator' : 'local',
    generatedAt: (props.now ?? new Date()).toISOString(),
    tenant: { slug: props.tenant.slug, name: props.tenant.name },
    process: {
      hostname: hostname(),
      pid: process.pid,
      uptimeSeconds: Math.floor(process.uptime()),
      node: process.version,
      rssBytes: process.memoryUsage.rss(),
      services: props.serving.local,
    },
    services,
    conditions: doc?.conditions ?? [],
    database: { kind: config.DATABASE_URL ? 'postgres' : 'embedded', controlReplicas: config.DATABASE_REPLICA_URLS.length, control },
    shards,
    redis: { adapter: config.REDIS_URL ? 'redis' : 'in-process', health: redis },
    ...(notice ? { notice } : {}),
  };
}
