import { parseArgs } from 'node:util';
import { platformMigrations } from '../kit/platform-migrations.ts';
import { ALL_SERVICES } from '../registry.ts';
import { moveStatus, stopMove } from './commands.ts';
import { fileMapStore, parseRange, type MapStore } from './map-store.ts';
import { moveRange, type MoverOptions } from './mover.ts';
import type { MoveRecord } from './state.ts';

export const SHARDS_HELP = `academy shards — move logical shards between PostgreSQL clusters online

Usage:
  academy shards move --range A-B --to CLUSTER [options]
                       copy the range to CLUSTER, catch up, freeze its writes briefly, verify,
                       cut over (the shard map file names CLUSTER), delete the source rows after
                       the grace period; run it again to resume a move that was stopped or killed
  academy shards status [--json]   moves recorded on every cluster of the map
  academy shards pause --range A-B  stop between two batches; \`move\` resumes
  academy shards abort --range A-B  roll back (before cut-over): the source stays authoritative
  academy shards move-job           what a ShardSet's move Job runs (environment set by the operator)

Options:
  --map FILE          the shard-map file the services watch (default: SHARD_MAP)
  --batch-rows N      rows per copy batch (1000)
  --throttle-ms N     pause between copy batches (0)
  --grace-seconds N   keep the source rows this long after cut-over (300)
  --freeze-lease-ms N a freeze lapses this long after the mover last renewed it (5000)`;

/** The migrations whose shard part names the tables to move (the same list \`academy migrate\` applies). */
export const shardMigrations = () => [platformMigrations, ...ALL_SERVICES.map((m) => m.migrations ?? {})].flatMap((s) => s.shard ?? []);

function describe(m: MoveRecord): string {
  const s = m.stats;
  const parts = [`${m.id}  shards ${m.rangeFrom}-${m.rangeTo}  ${m.source} -> ${m.target}  ${m.phase}`, `copied ${s.rowsCopied}`, `caught up ${s.changesApplied}`, `lag ${s.lag}`];
  if (s.freezeMs !== undefined) parts.push(`writes frozen ${s.freezeMs} ms`);
  if (m.pauseRequested) parts.push('pause requested');
  if (m.abortRequested && m.phase !== 'aborted') parts.push('abort requested');
  if (m.error) parts.push(`error: ${m.error}`);
  return parts.join('  ');
}

/** `academy shards …`; returns the exit code. */
export async function runShards(argv: string[], env: Record<string, string | undefined> = process.env, print = console.log): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      range: { type: 'string' }, to: { type: 'string' }, map: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      'batch-rows': { type: 'string' }, 'throttle-ms': { type: 'string' }, 'grace-seconds': { type: 'string' }, 'freeze-lease-ms': { type: 'string' },
    },
  });
  const command = positionals[0];
  if (command === 'move-job') {
    // Loaded only here, so the command line never imports the Kubernetes client otherwise.
    const job = await import('../../operator/shard-move-job.ts');
    return job.runMoveJob(env, shardMigrations());
  }
  if (values.help || !command) {
    print(SHARDS_HELP);
    return values.help ? 0 : 2;
  }
  const file = values.map ?? env.SHARD_MAP;
  if (!file || file.trim().startsWith('{')) throw new Error('--map (or SHARD_MAP) must name the shard-map file the services watch');
  const mapStore: MapStore = fileMapStore(file);
  const map = await mapStore.read();
  const num = (name: 'batch-rows' | 'throttle-ms' | 'grace-seconds' | 'freeze-lease-ms') => {
    const v = values[name];
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new Error(`--${name}: expected a whole number, got ${JSON.stringify(v)}`);
    return Number(v);
  };
  const range = () => {
    if (!values.range) throw new Error('--range A-B is required');
    return parseRange(values.range, map.logicalShards);
  };

  switch (command) {
    case 'move': {
      if (!values.to) throw new Error('--to CLUSTER is required');
      const grace = num('grace-seconds');
      let phase = '';
      const opts: MoverOptions = {
        mapStore, shardMigrations: shardMigrations(), env,
        batchRows: num('batch-rows'), throttleMs: num('throttle-ms'), freezeLeaseMs: num('freeze-lease-ms'),
        graceMs: grace === undefined ? undefined : grace * 1000,
        onProgress: (m) => {
          if (m.phase !== phase) print(describe(m));
          phase = m.phase;
        },
      };
      const { move, outcome } = await moveRange(opts, range(), values.to);
      print(`move ${move.id}: ${outcome}`);
      return outcome === 'done' ? 0 : 3;
    }
    case 'status': {
      const clusters = await moveStatus(mapStore, env);
      if (values.json) {
        print(JSON.stringify(clusters, null, 2));
        return 0;
      }
      for (const c of clusters) {
        if (c.error) print(`${c.cluster}: unreachable (${c.error})`);
        for (const m of c.moves ?? []) print(describe(m));
      }
      if (clusters.every((c) => !c.moves?.length)) print('no moves recorded');
      return 0;
    }
    case 'pause':
    case 'abort': {
      const m = await stopMove(mapStore, range(), command, env);
      print(describe(m));
      return 0;
    }
    default:
      print(`academy shards: unknown command "${command}"\n\n${SHARDS_HELP}`);
      return 2;
  }
}
