/**
 * API Priority and Fairness, in small: the test server counts every resource request per client
 * (its bearer token, else its User-Agent) per wall-clock second, and — once `limit` is set —
 * answers a client's requests beyond `perClientQps` in one second with 429 `TooManyRequests` and
 * `Retry-After`, as a kube-apiserver whose priority level is full does. Watches are counted but
 * never refused (APF exempts long-running requests from the seat count once they are established).
 */
import type { IncomingMessage } from 'node:http';
import { ApiError } from './errors.ts';

export interface FlowControlLimit {
  /** Requests one client may make per second before it gets 429. */
  perClientQps: number;
  /** Sent as `Retry-After` (seconds) and `details.retryAfterSeconds`. @default 1 */
  retryAfterSeconds?: number;
  /** Only these clients are limited (APF's flow schemas match by user); all when unset. */
  clients?: string[];
}

export class FlowControl {
  private limit?: FlowControlLimit;
  /** client -> second (epoch) -> requests that arrived (answered or refused). */
  private readonly seen = new Map<string, Map<number, number>>();
  private readonly accepted = new Map<string, Map<number, number>>();
  rejected = 0;

  setLimit(limit: FlowControlLimit | undefined): void {
    this.limit = limit;
  }

  static clientOf(req: IncomingMessage): string {
    const auth = req.headers.authorization;
    if (auth) return auth.replace(/^Bearer\s+/i, '');
    return String(req.headers['user-agent'] ?? 'anonymous');
  }

  /** Counts the request; throws the 429 when the client is over its limit this second. */
  admit(req: IncomingMessage, watch: boolean, now = Date.now()): void {
    const client = FlowControl.clientOf(req);
    const second = Math.floor(now / 1000);
    bump(this.seen, client, second);
    const limit = this.limit;
    if (limit && !watch && (!limit.clients || limit.clients.includes(client)) && (this.accepted.get(client)?.get(second) ?? 0) >= limit.perClientQps) {
      this.rejected++;
      const retryAfterSeconds = limit.retryAfterSeconds ?? 1;
      throw new ApiError(
        {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: 'Too many requests, please try again later.',
          reason: 'TooManyRequests',
          details: { retryAfterSeconds },
          code: 429,
        },
        { 'Retry-After': String(retryAfterSeconds) },
      );
    }
    bump(this.accepted, client, second);
  }

  /** Requests per wall-clock second of `client` (refused ones included), oldest second first. */
  perSecond(client: string): number[] {
    const counts = this.seen.get(client);
    if (!counts) return [];
    const seconds = [...counts.keys()].sort((a, b) => a - b);
    return seconds.map((s) => counts.get(s) ?? 0);
  }

  clients(): string[] {
    return [...this.seen.keys()];
  }
}

function bump(map: Map<string, Map<number, number>>, client: string, second: number): void {
  let counts = map.get(client);
  if (!counts) map.set(client, (counts = new Map()));
  counts.set(second, (counts.get(second) ?? 0) + 1);
}
