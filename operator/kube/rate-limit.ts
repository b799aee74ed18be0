/**
 * Client-side flow control of the operator's requests to the API server, as client-go's
 * `flowcontrol.NewTokenBucketRateLimiter` (controller-runtime's defaults: 20 QPS, burst 30):
 * a bucket of `burst` tokens refilled at `qps` per second; every request takes one, waiting for
 * it when the bucket is empty. Waits are reservations (as golang.org/x/time/rate's `Wait`), so
 * callers are served in the order they asked and no window of length T ever sees more than
 * `burst + qps·T` requests leave.
 */
export interface RateLimiterOptions {
  /** Requests per second; 0 or Infinity: no limit. */
  qps: number;
  /** Requests that may leave at once after a quiet period (at least 1). */
  burst: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Milliseconds spent waiting for tokens, summed over every request (for metrics and the benchmark). */
  waitedMs = 0;

  constructor(private readonly opts: RateLimiterOptions) {
    this.now = opts.now ?? (() => performance.now());
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.tokens = Math.max(1, opts.burst);
    this.last = this.now();
  }

  get unlimited(): boolean {
    return !(this.opts.qps > 0 && Number.isFinite(this.opts.qps));
  }

  /** Takes one token, waiting until it is due; resolves with the milliseconds waited. */
  async take(): Promise<number> {
    if (this.unlimited) return 0;
    const now = this.now();
    const burst = Math.max(1, this.opts.burst);
    this.tokens = Math.min(burst, this.tokens + ((now - this.last) * this.opts.qps) / 1000);
    this.last = now;
    this.tokens -= 1;
    if (this.tokens >= 0) return 0;
    const wait = (-this.tokens * 1000) / this.opts.qps;
    this.waitedMs += wait;
    await this.sleep(wait);
    return wait;
  }
}

/**
 * Seconds a 429 or 503 answer asks the client to wait (`Retry-After` header, else the Status's
 * `details.retryAfterSeconds`), at least 1 and at most `max`; undefined for other answers.
 */
export function retryAfterSeconds(code: number, header: string | string[] | undefined, status?: { details?: { retryAfterSeconds?: number } }, max = 60): number | undefined {
  if (code !== 429 && code !== 503) return undefined;
  const raw = Array.isArray(header) ? header[0] : header;
  let seconds = raw !== undefined && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
  if (seconds === undefined && raw) {
    const at = Date.parse(raw);
    if (!Number.isNaN(at)) seconds = Math.ceil((at - Date.now()) / 1000);
  }
  seconds ??= status?.details?.retryAfterSeconds ?? 1;
  return Math.min(max, Math.max(1, seconds));
}
