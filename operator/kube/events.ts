/**
 * Kubernetes Events about the academy resources (`kubectl describe` shows them). An Event is
 * recorded when something happens — a transition, an error with a new message — never for a
 * reconcile that changed nothing, so the steady state writes no Events either.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { KubeClient } from './client.ts';
import type { KubeObject } from './types.ts';

export type EventType = 'Normal' | 'Warning';

export class EventRecorder {
  /** Last event per object uid: the same event twice in a row is recorded once. */
  private readonly last = new Map<string, string>();

  constructor(private readonly client: KubeClient, private readonly identity: string, private readonly log: Logger) {}

  /** Records an Event; a failure to record is logged (the condition in status carries the news too). */
  async record(obj: KubeObject, type: EventType, reason: string, message: string): Promise<void> {
    const uid = obj.metadata.uid ?? `${obj.kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
    const signature = `${type}|${reason}|${message}`;
    if (this.last.get(uid) === signature) return;
    this.last.set(uid, signature);
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const namespace = obj.metadata.namespace ?? 'default';
    try {
      await this.client.create({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `${obj.metadata.name}.${randomBytes(8).toString('hex')}`, namespace },
        involvedObject: { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name, namespace: obj.metadata.namespace, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion },
        type,
        reason,
        message: message.slice(0, 1000),
        source: { component: 'academy-operator' },
        reportingComponent: 'academy.trendtactics.io/operator',
        reportingInstance: this.identity,
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
      });
    } catch (err) {
      this.last.delete(uid);
      this.log.warn({ err: (err as Error).message, object: `${obj.kind}/${obj.metadata.name}`, reason }, 'could not record an Event');
    }
  }

  /** Forgets a deleted object. */
  forget(uid: string | undefined): void {
    if (uid) this.last.delete(uid);
  }
}
