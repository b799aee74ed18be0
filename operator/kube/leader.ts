/**
 * Leader election on a `coordination.k8s.io/v1` Lease, as client-go's leaderelection does: the
 * holder renews every `renewMs`; another replica takes the Lease only when it has not seen it
 * change for `durationMs` (measured on its own clock, so clock skew between nodes does not
 * matter) or when the holder released it. Writes use the Lease's resourceVersion, so two replicas
 * racing for it cannot both win.
 */
import type { Logger } from 'pino';
import { isConflict, KubeApiError, type KubeClient, type Lease } from './client.ts';
import { Sleeper } from './sleeper.ts';

export interface LeaderElectionOptions {
  namespace: string;
  name: string;
  identity: string;
  durationMs: number;
  renewMs: number;
  retryMs: number;
  log: Logger;
  /** The setting that chose `namespace`, named when that namespace does not exist. @default POD_NAMESPACE */
  namespaceVariable?: string;
}

type LeaseSpec = NonNullable<Lease['spec']>;

const LEASE = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease' };

/** MicroTime as the API writes it: RFC 3339 with microseconds. */
function microTime(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export class LeaderElector {
  private observed?: { resourceVersion: string; at: number };
  private leading = false;
  private stopped = false;
  private lastRenew = 0;
  private timer?: NodeJS.Timeout;
  private readonly sleeper = new Sleeper();

  constructor(private readonly client: KubeClient, private readonly opts: LeaderElectionOptions) {}

  get isLeader(): boolean {
    return this.leading;
  }

  /** Waits until this replica leads (true) or `stop()` is called (false). */
  async acquire(): Promise<boolean> {
    let logged = false;
    // Each distinct problem is logged once: a retry every couple of seconds must not bury the one
    // line that says what to do.
    let lastProblem = '';
    while (!this.stopped) {
      try {
        if (await this.tryAcquireOrRenew()) {
          this.leading = true;
          this.opts.log.info({ lease: `${this.opts.namespace}/${this.opts.name}`, identity: this.opts.identity }, 'became leader');
          return true;
        }
        if (!logged) this.opts.log.info({ lease: `${this.opts.namespace}/${this.opts.name}` }, 'another replica leads: waiting');
        logged = true;
      } catch (err) {
        const problem = this.describe(err);
        if (problem.message !== lastProblem) {
          lastProblem = problem.message;
          this.opts.log[problem.level]({ lease: `${this.opts.namespace}/${this.opts.name}`, err: (err as Error).message }, problem.message);
        }
      }
      await this.sleeper.sleep(this.opts.retryMs * (1 + Math.random() * 0.2));
    }
    return false;
  }

  /** What to tell the user about a failed Lease read or write. */
  private describe(err: unknown): { level: 'error' | 'warn'; message: string } {
    const { namespace } = this.opts;
    // A create in a missing namespace is a 404 whose Status names the namespace (a missing Lease alone is read as "none yet").
    if (err instanceof KubeApiError && err.code === 404 && err.message.includes(`namespaces "${namespace}" not found`)) {
      const variable = this.opts.namespaceVariable ?? 'POD_NAMESPACE';
      return {
        level: 'error',
        message: `leader election is on, but the namespace of its Lease, ${namespace} (${variable}), does not exist: create it, set ${variable} to a namespace that exists, or set LEADER_ELECTION=false when only one operator runs (a local run). Waiting for it; nothing is reconciled until this process leads.`,
      };
    }
    return { level: 'warn', message: `leader election: could not read or write the Lease (retrying every ${Math.round(this.opts.retryMs / 100) / 10} s)` };
  }

  /** Renews in the background; `onLost` runs once if the Lease cannot be kept. */
  keepRenewing(onLost: () => void): void {
    const tick = async () => {
      if (this.stopped || !this.leading) return;
      let ok = false;
      try {
        ok = await this.tryAcquireOrRenew();
      } catch (err) {
        this.opts.log.warn({ err: (err as Error).message }, 'leader election: renew failed');
      }
      if (this.stopped) return;
      if (!ok && Date.now() - this.lastRenew >= this.opts.durationMs * 0.8) {
        this.leading = false;
        this.opts.log.error({ lease: `${this.opts.namespace}/${this.opts.name}` }, 'lost the leader Lease');
        onLost();
        return;
      }
      this.timer = setTimeout(() => void tick(), ok ? this.opts.renewMs : this.opts.retryMs);
    };
    this.timer = setTimeout(() => void tick(), this.opts.renewMs);
  }

  /** Stops renewing and, when leading, gives the Lease up so another replica takes over at once. */
  async release(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.sleeper.wake();
    if (!this.leading) return;
    this.leading = false;
    try {
      const lease = await this.client.readLease(this.opts.namespace, this.opts.name);
      if (!lease || lease.spec?.holderIdentity !== this.opts.identity) return;
      await this.client.replaceLease({ ...lease, spec: { ...lease.spec, holderIdentity: '', leaseDurationSeconds: 1, renewTime: microTime(new Date()) } });
      this.opts.log.info('released the leader Lease');
    } catch (err) {
      this.opts.log.warn({ err: (err as Error).message }, 'could not release the Lease; it expires by itself');
    }
  }

  private async tryAcquireOrRenew(): Promise<boolean> {
    const now = new Date();
    const { namespace, name, identity } = this.opts;
    const durationSeconds = Math.max(1, Math.round(this.opts.durationMs / 1000));
    const lease = await this.client.readLease(namespace, name);
    if (!lease) {
      try {
        const created = await this.client.createLease({
          ...LEASE,
          metadata: { name, namespace },
          spec: { holderIdentity: identity, leaseDurationSeconds: durationSeconds, acquireTime: microTime(now), renewTime: microTime(now), leaseTransitions: 0 },
        });
        this.note(created, now);
        return true;
      } catch (err) {
        if (isConflict(err)) return false;
        throw err;
      }
    }
    const rv = lease.metadata.resourceVersion ?? '';
    if (this.observed?.resourceVersion !== rv) this.observed = { resourceVersion: rv, at: now.getTime() };
    const spec = lease.spec ?? {};
    const holder = spec.holderIdentity ?? '';
    const heldByMe = holder === identity;
    const expired = this.observed.at + (spec.leaseDurationSeconds ?? durationSeconds) * 1000 <= now.getTime();
    if (holder && !heldByMe && !expired) return false;
    const next: LeaseSpec = {
      ...spec,
      holderIdentity: identity,
      leaseDurationSeconds: durationSeconds,
      renewTime: microTime(now),
      ...(heldByMe ? {} : { acquireTime: microTime(now), leaseTransitions: (spec.leaseTransitions ?? 0) + 1 }),
    };
    try {
      const updated = await this.client.replaceLease({ ...lease, spec: next });
      this.note(updated, now);
      return true;
    } catch (err) {
      if (err instanceof KubeApiError && err.code === 409) return false;
      throw err;
    }
  }

  private note(lease: Lease, now: Date): void {
    this.observed = { resourceVersion: lease.metadata.resourceVersion ?? '', at: now.getTime() };
    this.lastRenew = now.getTime();
  }
}
