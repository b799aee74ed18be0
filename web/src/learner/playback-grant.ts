/** A signed playback link as the video service hands it out. */
export interface Playback {
  url: string;
  expiresAt: string;
}

/** The fewest milliseconds between two renewals. */
const MIN_GAP_MS = 1_000;

/** The signed query parameters; every file of an asset takes the same ones. */
const SIGNED = ['u', 'exp', 'sig'];

/**
 * `url` with the signed parameters of `signedUrl` (path and any other parameter kept). One grant
 * signs every file of a video, so a segment URL from an old playlist plays with a new grant.
 */
export function withGrant(url: string, signedUrl: string): string {
  const base = typeof location === 'undefined' ? 'http://localhost' : location.href;
  const target = new URL(url, base);
  const from = new URL(signedUrl, base).searchParams;
  for (const k of SIGNED) {
    const v = from.get(k);
    if (v !== null) target.searchParams.set(k, v);
  }
  return target.origin === new URL(base).origin && !/^[a-z]+:/i.test(url) ? target.pathname + target.search : target.href;
}

/**
 * When to ask for a new link: a fifth of its life (as received) before it ends, at most a minute
 * before, so a slow answer still arrives in time; at once when that moment passed.
 */
export function renewInMs(expiresAt: string, receivedAt: number, now: number): number {
  const exp = Date.parse(expiresAt);
  return Math.max(0, exp - Math.min(60_000, Math.max(0, exp - receivedAt) / 5) - now);
}

/**
 * The current playback link of a video, renewed before it expires (and at once on demand, e.g.
 * after a 403) by asking the server again. Concurrent demands share one request. The player
 * signs every request with `fresh()`, so playback never meets an expired link while this runs.
 */
export class PlaybackGrant {
  private current: Playback;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private renewing: Promise<Playback> | undefined;
  private stopped = false;
  private receivedAt: number;

  constructor(
    initial: Playback,
    private readonly renew: () => Promise<Playback>,
    private readonly now: () => number = Date.now,
  ) {
    this.current = initial;
    this.receivedAt = now();
  }

  get url(): string {
    return this.current.url;
  }

  get expiresAt(): string {
    return this.current.expiresAt;
  }

  /** Keeps the link fresh in the background until `stop()`. */
  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** The link to sign a request with now: renewed first when it is due (a tab that slept). */
  async fresh(): Promise<Playback> {
    const due = renewInMs(this.current.expiresAt, this.receivedAt, this.now()) === 0 && this.now() - this.receivedAt >= MIN_GAP_MS;
    return due ? this.renewNow() : this.current;
  }

  /** Asks for a new link now (one request however many callers). */
  renewNow(): Promise<Playback> {
    this.renewing ??= this.renew()
      .then((next) => {
        this.current = next;
        this.receivedAt = this.now();
        return next;
      })
      .finally(() => {
        this.renewing = undefined;
        this.schedule();
      });
    return this.renewing;
  }

  private schedule() {
    clearTimeout(this.timer);
    if (this.stopped) return;
    // At most one request a second: a failed renewal (offline) is tried again, and a clock far
    // ahead of the server's (links that look expired on arrival) does not make a storm.
    const wait = Math.max(renewInMs(this.current.expiresAt, this.receivedAt, this.now()), MIN_GAP_MS);
    this.timer = setTimeout(() => void this.renewNow().catch(() => undefined), wait);
  }
}
