import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSignature, watchFileVersions } from './watch-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'academy-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const swap = (path: string, content: string) => (writeFileSync(`${path}.tmp`, content), renameSync(`${path}.tmp`, path));

describe('watchFileVersions', () => {
  it('sees a change made right after the caller read the file, before the first poll (fs.watchFile misses it)', async () => {
    // Many rounds: the race fs.watchFile lost in about half of them here.
    for (let i = 0; i < 20; i++) {
      const file = join(dir, `race-${i}.json`);
      swap(file, '{"v":1}');
      const since = fileSignature(file); // the caller's read happens here
      swap(file, '{"v":2}'); // changed before the watch polls at all
      let calls = 0;
      const stop = watchFileVersions(file, { intervalMs: 10, since }, () => calls++);
      await expect.poll(() => calls, { timeout: 5000, interval: 5 }).toBe(1);
      stop();
    }
  });

  it('reports a file that appears, and nothing while the file stays the same', async () => {
    const file = join(dir, 'appears.json');
    let calls = 0;
    const stop = watchFileVersions(file, { intervalMs: 10, since: fileSignature(file) }, () => calls++);
    try {
      await new Promise((r) => setTimeout(r, 60));
      expect(calls).toBe(0);
      swap(file, '{}');
      await expect.poll(() => calls, { timeout: 5000, interval: 5 }).toBe(1);
      await new Promise((r) => setTimeout(r, 60));
      expect(calls).toBe(1);
    } finally {
      stop();
    }
  });

  it('without `since`, reports the current version at once', () => {
    let calls = 0;
    const stop = watchFileVersions(join(dir, 'none.json'), { intervalMs: 1000 }, () => calls++);
    stop();
    expect(calls).toBe(1);
  });
});
