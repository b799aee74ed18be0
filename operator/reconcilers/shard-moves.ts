/**
 * The ShardSet's moves (operator/constructs/shard-move.ts): read the published map, take in the
 * cut-overs the move Jobs reported, start a Job for each move still to run, and report their
 * progress. Business logic stays in the mover (services/shards); this only wires Jobs and status.
 */
import type { ShardMove, ShardSet } from '../../crds/index.ts';
import { MOVE_CUT_OVER_ANNOTATION, MOVE_PROGRESS_ANNOTATION, SHARD_MAP_KEY, cutOver, moveJobManifests, moveJobName, plannedMoves, shardMapConfigMapName, type Owner, type PlannedMove, type ShardMap } from '../constructs/index.ts';
import type { ReconcileContext } from '../context.ts';
import type { KubeObject } from '../kube/types.ts';
import type { ConditionSpec } from '../status.ts';

type Job = KubeObject & { status?: { succeeded?: number; failed?: number } };

export interface MovesState {
  /** The ownership to publish: the live map's, with reported cut-overs applied. */
  published?: ShardMap;
  /** Moves that still need their Job started (after this reconcile's ConfigMap is applied). */
  toStart: PlannedMove[];
  moves: ShardMove[];
  condition: ConditionSpec;
  active: boolean;
}

async function readPublished(ctx: ReconcileContext, namespace: string, name: string): Promise<ShardMap | undefined> {
  const cm = await ctx.client.read<KubeObject & { data?: Record<string, string> }>('v1', 'ConfigMap', namespace, shardMapConfigMapName(name));
  const json = cm?.data?.[SHARD_MAP_KEY];
  return json ? (JSON.parse(json) as ShardMap) : undefined;
}

function report(move: PlannedMove, job: Job | undefined, jobName: string): ShardMove {
  let progress: { phase?: string; rowsCopied?: number; lag?: number; freezeMs?: number; error?: string } = {};
  try {
    progress = JSON.parse(job?.metadata.annotations?.[MOVE_PROGRESS_ANNOTATION] ?? '{}');
  } catch {
    // A half-written annotation reads as no progress yet.
  }
  const failed = (job?.status?.failed ?? 0) > 0;
  const phase = failed ? 'failed' : (progress.phase ?? 'pending');
  const entry: ShardMove = { from: move.from, to: move.to, source: move.source, target: move.target, phase, job: jobName };
  if (progress.rowsCopied !== undefined) entry.rowsCopied = progress.rowsCopied;
  if (progress.lag !== undefined) entry.lag = progress.lag;
  if (progress.freezeMs !== undefined) entry.freezeMs = progress.freezeMs;
  if (progress.error || failed) entry.message = progress.error ?? 'the mover Job failed; delete the Job to run the move again (it resumes where it stopped)';
  return entry;
}

/** Reads where every move stands; cut-overs the Jobs reported change the ownership to publish. */
export async function observeMoves(ctx: ReconcileContext, shardSet: ShardSet, desired: ShardMap, previous: readonly ShardMove[] = []): Promise<MovesState> {
  const namespace = shardSet.metadata.namespace as string;
  const name = shardSet.metadata.name as string;
  let published = await readPublished(ctx, namespace, name);
  if (!published) return { published: undefined, toStart: [], moves: [], active: false, condition: { type: 'Moving', status: 'False', reason: 'Reconciled', message: 'No move: the shard map is published as the spec says' } };
  const moves: ShardMove[] = [];
  const toStart: PlannedMove[] = [];
  const readJob = (jobName: string) => ctx.client.read<Job>('batch/v1', 'Job', namespace, jobName);
  for (const move of plannedMoves(published, desired)) {
    const jobName = moveJobName(name, move, published);
    const job = await readJob(jobName);
    if (job?.metadata.annotations?.[MOVE_CUT_OVER_ANNOTATION]) {
      published = cutOver(published, move);
      moves.push({ ...report(move, job, jobName), phase: 'clean-up' });
      continue;
    }
    if (!job) toStart.push(move);
    moves.push(report(move, job, jobName));
  }
  // Moves already cut over (finishing clean-up, or done) stay reported while their Job exists.
  for (const p of previous) {
    if (!p.job || moves.some((m) => m.job === p.job)) continue;
    const job = await readJob(p.job);
    if (job) moves.push(report(p, job, p.job));
  }
  const running = moves.filter((m) => !['done', 'failed'].includes(m.phase));
  const failed = moves.find((m) => m.phase === 'failed');
  const describe = (m: ShardMove) => `${m.from}-${m.to} ${m.source} -> ${m.target}: ${m.phase}`;
  const condition: ConditionSpec = failed
    ? { type: 'Moving', status: 'False', reason: 'MoveFailed', message: `${describe(failed)}: ${failed.message ?? ''}` }
    : running.length
      ? { type: 'Moving', status: 'True', reason: 'Progressing', message: running.map(describe).join('; ') }
      : { type: 'Moving', status: 'False', reason: 'Reconciled', message: moves.length ? `done: ${moves.map(describe).join('; ')}` : 'No move: the shard map is published as the spec says' };
  return { published, toStart, moves, condition, active: running.length > 0 };
}

/** Applies the Job (and its ServiceAccount and Role) of each move that has none yet. */
export async function startMoves(ctx: ReconcileContext, shardSet: ShardSet, owner: Owner, state: MovesState): Promise<void> {
  if (!state.toStart.length || !state.published) return;
  const image = ctx.config.OPERATOR_IMAGE;
  if (!image) throw new Error('a shard move needs OPERATOR_IMAGE (the image whose `academy shards move-job` runs the mover)');
  for (const move of state.toStart) {
    for (const manifest of moveJobManifests({ shardSet, owner, move, published: state.published, image })) await ctx.client.apply(manifest as unknown as KubeObject);
  }
}
