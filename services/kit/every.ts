/** Where a periodic task reports a failed run (a pino logger fits). */
export interface EveryLog {
  warn(obj: object, msg: string): void;
}

export interface EveryOptions {
  /** Where a failed run is reported, once per failed run, with its error. */
  readonly log: EveryLog;
  /**
   * Run once at once as well, not only after the first `ms`.
   * @default false
   */
  readonly atStart?: boolean;
}

/** Stops the schedule; resolves once a run in progress (if any) has finished. */
export type StopEvery = () => Promise<void>;

/**
 * Runs `fn` every `ms` in the background until stopped — the sweeps and schedules of services.
 * - Never overlaps: the next run is timed from the end of the last, so a slow run delays the next
 *   rather than piling runs up behind it.
 * - The timer is unref'd: a schedule alone does not keep the process alive.
 * - A failed run is logged (with `name` and its error) and the schedule goes on.
 * - `stop()` cancels the next run and waits for one in progress, so shutdown does not cut a
 *   transaction short; pools are closed after it.
 */
export function every(ms: number, name: string, fn: () => Promise<unknown>, opts: EveryOptions): StopEvery {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const run = () => {
    timer = undefined;
    running = (async () => {
      try {
        await fn();
      } catch (err) {
        opts.log.warn({ err, task: name }, `${name} failed; the next run tries again`);
      }
    })().finally(() => {
      running = undefined;
      schedule();
    });
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(run, ms);
    timer.unref();
  };

  if (opts.atStart) run();
  else schedule();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
