import { describe, expect, it } from 'vitest';
import { every, type EveryLog } from './every.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recordingLog() {
  const lines: { obj: object; msg: string }[] = [];
  const log: EveryLog = { warn: (obj, msg) => void lines.push({ obj, msg }) };
  return { log, lines };
}

/** A promise with its resolve outside, so a test decides when a run ends. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describe('every', () => {
  it('never overlaps: a run slower than the interval delays the next instead of piling up', async () => {
    let inFlight = 0;
    let most = 0;
    let runs = 0;
    const stop = every(5, 'slow', async () => {
      runs++;
      most = Math.max(most, ++inFlight);
      await sleep(30); // six intervals long
      inFlight--;
    }, recordingLog());
    await expect.poll(() => runs, { timeout: 5000, interval: 5 }).toBeGreaterThanOrEqual(3);
    await stop();
    expect(most).toBe(1);
  });

  it('logs a failed run once with its error and keeps the schedule', async () => {
    const { log, lines } = recordingLog();
    const boom = new Error('shard down');
    let runs = 0;
    const stop = every(5, 'sweep of things', async () => {
      runs++;
      if (runs === 1) throw boom;
    }, { log });
    await expect.poll(() => runs, { timeout: 5000, interval: 5 }).toBeGreaterThanOrEqual(3);
    await stop();
    expect(lines).toHaveLength(1);
    expect(lines[0]!.obj).toMatchObject({ err: boom, task: 'sweep of things' });
    expect(lines[0]!.msg).toContain('sweep of things failed');
  });

  it('stop() waits for the run in progress and no run starts after it', async () => {
    const started = gate();
    const release = gate();
    let runs = 0;
    let finished = false;
    const stop = every(5, 'transaction', async () => {
      runs++;
      started.open();
      await release.opened;
      finished = true;
    }, recordingLog());
    await started.opened;
    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await sleep(20);
    expect(stopped).toBe(false); // still waiting for the run
    release.open();
    await stopping;
    expect(finished).toBe(true);
    await sleep(20);
    expect(runs).toBe(1);
  });

  it('atStart runs at once, before the first interval', async () => {
    let runs = 0;
    const stop = every(60_000, 'eager', async () => void runs++, { ...recordingLog(), atStart: true });
    await expect.poll(() => runs, { timeout: 5000, interval: 5 }).toBe(1);
    await stop();
  });
});
