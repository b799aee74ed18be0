import type { Knex } from 'knex';

/** What the last health check saw of one replica. */
export interface ReplicaHealth {
  readonly url: string;
  /** Answered the last check within the timeout. */
  readonly up: boolean;
  /** Replay delay in ms at the last check (0 when it has replayed all it received). */
  readonly lagMs: number;
  /** Up and within the cluster's lag bound: reads may go there. */
  readonly serving: boolean;
}

export interface ReplicaSetOptions {
  /** Reads skip a replica whose replay delay exceeds this. */
  readonly maxLagMs: number;
  /** A replica that does not answer a check within this is down until a later check passes. @default 1000 */
  readonly checkTimeoutMs?: number;
}

/**
 * Replay delay as PostgreSQL sees it on a standby: none when everything received has been replayed
 * (or nothing was received since a restart) and the WAL receiver is streaming (an idle primary sends nothing, so "time since the last
 * replayed commit" alone would call an idle, current replica late); otherwise the age of the
 * last replayed transaction (of the server's start, when it has replayed none since).
 * That age is an upper bound: after an idle spell, a check landing in the few ms between a
 * replica receiving the next commit and replaying it reads the idle time as delay, and skips
 * the replica until the next check. Reads then go to the primary: slower for a moment, never stale.
 */
const LAG_SQL = `
select case
         when not pg_is_in_recovery() then 0
         when coalesce(pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn(), true)
              and exists (select 1 from pg_stat_wal_receiver where status = 'streaming') then 0
         else extract(epoch from now() - coalesce(pg_last_xact_replay_timestamp(), pg_postmaster_start_time())) * 1000
       end::float8 as lag_ms`;

/**
 * The replicas of one cluster: reads go round-robin over those that are up and within the lag
 * bound; with none, to the primary (slower, never stale). Health comes from `check()`, which the
 * router runs on a timer, so choosing a replica costs nothing on the request path.
 */
export class ReplicaSet {
  private health: ReplicaHealth[];
  private serving: Knex[] = [];
  private next = 0;
  private checking?: Promise<void>;

  constructor(
    readonly primary: Knex,
    private readonly replicas: readonly { url: string; knex: Knex }[],
    private readonly opts: ReplicaSetOptions,
  ) {
    // Until the first check, every replica is trusted (as before this existed): start-up reads work.
    this.health = replicas.map((r) => ({ url: r.url, up: true, lagMs: 0, serving: true }));
    this.serving = replicas.map((r) => r.knex);
  }

  /** A pool to read from: the next serving replica, or the primary when none serves. */
  pick(): Knex {
    if (!this.serving.length) return this.primary;
    this.next = (this.next + 1) % this.serving.length;
    return this.serving[this.next];
  }

  get status(): readonly ReplicaHealth[] {
    return this.health;
  }

  /** Checks every replica once (concurrent calls share one check). */
  check(): Promise<void> {
    this.checking ??= this.runCheck().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async runCheck(): Promise<void> {
    const timeout = this.opts.checkTimeoutMs ?? 1000;
    this.health = await Promise.all(
      this.replicas.map(async ({ url, knex }) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const lagMs = await Promise.race([
            knex.raw(LAG_SQL).then((r: { rows: { lag_ms: number }[] }) => r.rows[0].lag_ms),
            new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeout))),
          ]);
          return { url, up: true, lagMs, serving: lagMs <= this.opts.maxLagMs };
        } catch {
          return { url, up: false, lagMs: Number.POSITIVE_INFINITY, serving: false };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    this.serving = this.replicas.filter((_, i) => this.health[i].serving).map((r) => r.knex);
  }
}
