/**
 * Shard moves declared in a ShardSet: the spec says who should own each logical shard, the
 * published shard map (the ConfigMap) says who does. Where they differ a move is planned and run
 * by a Job (`academy shards move-job`, services/shards); the published ownership changes only at
 * that move's cut-over, which the Job reports on itself.
 */
import { createHash } from 'node:crypto';
import type { ShardSet } from '../../crds/index.ts';
import { MANAGED_BY, SHARDSET_LABEL, ownerReferences, type Owner } from './labels.ts';
import type { KubeManifest } from './manifest.ts';
import type { ShardMap, ShardMapCluster } from './shard-map.ts';
import { RESTRICTED_CONTAINER_SECURITY } from './service-workload.ts';
import { reassignRange } from '../../services/shards/map-store.ts';

/** Annotations the move Job writes on itself: its progress (JSON) and the cut-over. */
export const MOVE_PROGRESS_ANNOTATION = 'academy.trendtactics.io/move-progress';
export const MOVE_CUT_OVER_ANNOTATION = 'academy.trendtactics.io/move-cut-over';

export interface PlannedMove {
  readonly from: number;
  readonly to: number;
  readonly source: string;
  readonly target: string;
}

function owners(map: Pick<ShardMap, 'logicalShards' | 'clusters'>): (string | undefined)[] {
  const out = new Array<string | undefined>(map.logicalShards);
  for (const c of map.clusters) for (const [a, b] of c.ranges) for (let s = a; s <= b && s < out.length; s++) out[s] = c.name;
  return out;
}

/** Contiguous runs of logical shards whose published owner differs from the spec's. */
export function plannedMoves(published: ShardMap, desired: ShardMap): PlannedMove[] {
  const was = owners(published);
  const want = owners(desired);
  const moves: PlannedMove[] = [];
  for (let s = 0; s < want.length; s++) {
    const source = was[s];
    const target = want[s];
    if (!source || !target || source === target) continue;
    const last = moves[moves.length - 1];
    if (last && last.to === s - 1 && last.source === source && last.target === target) moves[moves.length - 1] = { ...last, to: s };
    else moves.push({ from: s, to: s, source, target });
  }
  return moves;
}

/**
 * The spec's map (connection details, new clusters) with the published ownership: a cluster the
 * spec no longer lists keeps its published entry until its ranges have moved away; a new cluster
 * owns nothing until a move's cut-over.
 */
export function withPublishedOwnership(desired: ShardMap, published: ShardMap): ShardMap {
  const ranges = (name: string) => published.clusters.find((c) => c.name === name)?.ranges ?? [];
  const kept = published.clusters.filter((c) => c.ranges.length && !desired.clusters.some((d) => d.name === c.name));
  const clusters: ShardMapCluster[] = [...desired.clusters.map((c) => ({ ...c, ranges: ranges(c.name) })), ...kept];
  const credentials = [...desired.credentials, ...published.credentials.filter((p) => kept.length && !desired.credentials.some((d) => d.variable === p.variable))];
  return { ...desired, clusters, credentials };
}

/** The published map after a move's cut-over: the range now belongs to the target. */
export function cutOver(published: ShardMap, move: PlannedMove): ShardMap {
  return reassignRange(published, [move.from, move.to], move.target);
}

/**
 * The Job's name: the range, the target and a digest of the published ownership the move starts
 * from, so the same move keeps its Job across spec edits and a later move of the same range (back
 * and forth) gets a new one.
 */
export function moveJobName(shardSetName: string, move: PlannedMove, published: ShardMap): string {
  const digest = createHash('sha256').update(JSON.stringify(published.clusters.map((c) => [c.name, c.ranges]))).digest('hex').slice(0, 6);
  return `${shardSetName}-move-${move.from}-${move.to}-${digest}`.slice(0, 63);
}

export interface MoveJobProps {
  readonly shardSet: ShardSet;
  readonly owner: Owner;
  readonly move: PlannedMove;
  /** The published map the move starts from (the Job reads both clusters' URLs from it). */
  readonly published: ShardMap;
  readonly image: string;
  /** Seconds to keep the source's rows after cut-over. @default 300 */
  readonly graceSeconds?: number;
}

/** A ServiceAccount and Role (annotate its own Job) and the Job running the mover. */
export function moveJobManifests(props: MoveJobProps): KubeManifest[] {
  const { shardSet, owner, move, published } = props;
  const shardSetName = shardSet.metadata.name as string;
  const namespace = shardSet.metadata.namespace as string;
  const name = moveJobName(shardSetName, move, published);
  const account = `${shardSetName}-shard-mover`;
  const labels = { 'app.kubernetes.io/managed-by': MANAGED_BY, 'app.kubernetes.io/component': 'shard-mover', [SHARDSET_LABEL]: shardSetName };
  const meta = (n: string) => ({ name: n, namespace, labels, ...ownerReferences(owner) });
  const env = [
    { name: 'SHARD_MAP', value: JSON.stringify(published) },
    { name: 'MOVE_RANGE', value: `${move.from}-${move.to}` },
    { name: 'MOVE_TO', value: move.target },
    { name: 'MOVE_GRACE_SECONDS', value: String(props.graceSeconds ?? 300) },
    { name: 'MOVE_JOB', value: `${namespace}/${name}` },
    ...published.credentials.map((c) => ({ name: c.variable, valueFrom: { secretKeyRef: { name: c.secret.name, key: c.secret.key } } })),
  ];
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(account) },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta(account), rules: [{ apiGroups: ['batch'], resources: ['jobs'], verbs: ['get', 'patch'] }] },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta(account), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: account }, subjects: [{ kind: 'ServiceAccount', name: account, namespace }] },
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: meta(name),
      spec: {
        // A failed mover is not retried blindly: its state says where it stopped; a new Job resumes it.
        backoffLimit: 0,
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: account,
            restartPolicy: 'Never',
            securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{ name: 'mover', image: props.image, args: ['shards', 'move-job'], env, securityContext: RESTRICTED_CONTAINER_SECURITY }],
          },
        },
      },
    },
  ];
}
