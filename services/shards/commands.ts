import type { ShardMap } from '../kit/db/shard-map.ts';
import { connectCluster, tryRunnerLock } from './connect.ts';
import type { MapStore, Range } from './map-store.ts';
import { rollBack } from './mover.ts';
import { activeMoves, ensureStateTables, listMoves, loadMove, requestStop, type MoveRecord } from './state.ts';

type Env = Record<string, string | undefined>;

/** Every cluster of the map whose primary answers, with the moves it holds (newest first). */
export async function moveStatus(mapStore: MapStore, env: Env = process.env): Promise<{ cluster: string; moves?: MoveRecord[]; error?: string }[]> {
  const map = await mapStore.read();
  return Promise.all(
    map.clusters.map(async (c) => {
      const { knex } = connectCluster(map, c.name, env);
      try {
        const exists = (await knex.raw(`select to_regclass('academy_shard_moves') as t`)).rows[0].t;
        return { cluster: c.name, moves: exists ? await listMoves(knex) : [] };
      } catch (err) {
        return { cluster: c.name, error: (err as Error).message };
      } finally {
        await knex.destroy();
      }
    }),
  );
}

/** The unfinished move overlapping `range`, and the cluster that records it (its source). */
async function findActive(map: ShardMap, range: Range, env: Env): Promise<{ cluster: string; move: MoveRecord } | undefined> {
  for (const c of map.clusters) {
    const { knex } = connectCluster(map, c.name, env);
    try {
      await ensureStateTables(knex);
      const [move] = await activeMoves(knex, range);
      if (move) return { cluster: c.name, move };
    } catch {
      // A cluster that is down records no move we could act on; the others are still looked at.
    } finally {
      await knex.destroy();
    }
  }
  return undefined;
}

/**
 * Stops the unfinished move of `range`: `pause` keeps everything (capture goes on; run `move`
 * again to resume); `abort` rolls back (before cut-over only). When a mover is running it is
 * asked to do it between two batches; otherwise this process does it.
 */
export async function stopMove(mapStore: MapStore, range: Range, what: 'pause' | 'abort', env: Env = process.env, waitMs = 60_000): Promise<MoveRecord> {
  const map = await mapStore.read();
  const found = await findActive(map, range, env);
  if (!found) throw new Error(`no unfinished move of logical shards ${range[0]}-${range[1]}`);
  const { move } = found;
  if (what === 'abort' && ['cut-over', 'clean-up'].includes(move.phase)) throw new Error(`move ${move.id} is past cut-over (${move.phase}); move the range back instead`);
  const source = connectCluster(map, found.cluster, env);
  try {
    await requestStop(source.knex, move.id, what);
    const lock = await tryRunnerLock(source.url, move.id);
    if (lock) {
      // No mover runs it: act here.
      try {
        if (what === 'pause') return (await loadMove(source.knex, move.id))!;
        let target;
        try {
          target = connectCluster(map, move.target, env).knex;
        } catch {
          target = undefined;
        }
        try {
          await rollBack(source.knex, target, move);
        } finally {
          await target?.destroy();
        }
        return (await loadMove(source.knex, move.id))!;
      } finally {
        await lock.release();
      }
    }
    const deadline = Date.now() + waitMs;
    for (;;) {
      const now = (await loadMove(source.knex, move.id))!;
      if (what === 'abort' ? now.phase === 'aborted' : !now.pauseRequested) return now;
      if (Date.now() > deadline) throw new Error(`the mover running move ${move.id} did not ${what} within ${waitMs / 1000}s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await source.knex.destroy();
  }
}
