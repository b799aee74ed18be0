/**
 * `academy shards move-job`: what a ShardSet's move Job runs (operator/constructs/shard-move.ts).
 * The same mover as `academy shards move`; the shard map comes from the Job's environment (the
 * map published when the move started, credentials from Secrets), progress and the cut-over are
 * reported as annotations on the Job itself, and the operator publishes the new map from there.
 */
import { KubeConfig } from '@kubernetes/client-node';
import { parseShardMap } from '../services/kit/db/shard-map.ts';
import { parseRange, type MapStore } from '../services/shards/map-store.ts';
import { moveRange } from '../services/shards/mover.ts';
import type { MoveRecord } from '../services/shards/state.ts';
import { MOVE_CUT_OVER_ANNOTATION, MOVE_PROGRESS_ANNOTATION } from './constructs/shard-move.ts';
import { KubeClient } from './kube/client.ts';

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const v = env[name];
  if (!v) throw new Error(`the move Job needs ${name} in its environment`);
  return v;
}

/** Runs the Job's move to its end; returns the exit code. */
export async function runMoveJob(env: Env, shardMigrations: Parameters<typeof moveRange>[0]['shardMigrations'], kubeConfig?: KubeConfig): Promise<number> {
  const [namespace, jobName] = required(env, 'MOVE_JOB').split('/');
  const map = parseShardMap(required(env, 'SHARD_MAP'));
  const range = parseRange(required(env, 'MOVE_RANGE'), map.logicalShards);
  const kc = kubeConfig ?? (() => {
    const k = new KubeConfig();
    k.loadFromDefault();
    return k;
  })();
  const client = new KubeClient(kc);
  const annotate = (annotations: Record<string, string>) => client.patch('batch/v1', 'Job', namespace, jobName, 'merge', { metadata: { annotations } });
  const progress = (m: Pick<MoveRecord, 'phase' | 'stats'>, error?: string) =>
    annotate({ [MOVE_PROGRESS_ANNOTATION]: JSON.stringify({ phase: m.phase, rowsCopied: m.stats.rowsCopied, lag: m.stats.lag, freezeMs: m.stats.freezeMs, ...(error ? { error } : {}) }) });
  const mapStore: MapStore = {
    read: async () => map,
    // The cut-over: recorded on the Job; the operator publishes the map that names the target.
    write: async () => void (await annotate({ [MOVE_CUT_OVER_ANNOTATION]: new Date().toISOString() })),
  };
  let lastPhase = '';
  let lastReport = 0;
  let last: MoveRecord | undefined;
  try {
    const { outcome } = await moveRange(
      {
        mapStore, shardMigrations, env, graceMs: Number(env.MOVE_GRACE_SECONDS ?? 300) * 1000,
        // Optional knobs to spare a busy source (set them on the Job's template).
        batchRows: env.MOVE_BATCH_ROWS ? Number(env.MOVE_BATCH_ROWS) : undefined,
        throttleMs: env.MOVE_THROTTLE_MS ? Number(env.MOVE_THROTTLE_MS) : undefined,
        onProgress: async (m) => {
          last = m;
          // Every phase change, and at most every 2 s within a phase: the Job object is not a log.
          if (m.phase === lastPhase && Date.now() - lastReport < 2000) return;
          lastPhase = m.phase;
          lastReport = Date.now();
          await progress(m);
        },
      },
      range,
      required(env, 'MOVE_TO'),
    );
    if (last) await progress(last);
    return outcome === 'done' ? 0 : 3;
  } catch (err) {
    await progress(last ?? { phase: 'copy', stats: { rowsCopied: 0, changesApplied: 0, lag: 0, refreezes: 0 } }, (err as Error).message).catch(() => {});
    throw err;
  }
}
