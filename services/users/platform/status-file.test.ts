import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlatformStatusFile, readPlatformFile } from './status-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'academy-platform-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Replaces a file in one step, as the kubelet swaps a ConfigMap's files (a reader never sees half of it). */
function replaceFile(path: string, content: string) {
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
}

const doc = (ready: boolean) => ({ tenant: 'demo', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }], services: [{ name: 'auth', ready, replicas: 2, readyReplicas: ready ? 2 : 0 }], extraFieldFromANewerOperator: 1 });

describe('readPlatformFile', () => {
  it('parses a document, ignoring fields it does not know', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(doc(true)));
    const state = readPlatformFile(file);
    expect(state).toEqual({ configured: true, doc: { tenant: 'demo', conditions: [{ type: 'Ready', status: 'True' }], services: [{ name: 'auth', ready: true, replicas: 2, readyReplicas: 2 }] } });
  });

  it('says why a file is not used, keeping the last good document', () => {
    const previous = readPlatformFile(join(dir, 'ok.json')).doc;
    expect(readPlatformFile(join(dir, 'missing.json'))).toEqual({ configured: true, problem: 'the operator has not published it yet' });
    writeFileSync(join(dir, 'bad.json'), '{"tenant":');
    expect(readPlatformFile(join(dir, 'bad.json'), previous)).toEqual({ configured: true, doc: previous, problem: 'it is not JSON' });
    writeFileSync(join(dir, 'shape.json'), JSON.stringify({ tenant: 'demo', services: [{ name: 'auth' }] }));
    expect(readPlatformFile(join(dir, 'shape.json')).problem).toBe('it does not have the expected shape (services.0.ready)');
  });
});

describe('PlatformStatusFile', () => {
  it('is not configured without a path', () => {
    expect(new PlatformStatusFile(undefined).current()).toEqual({ configured: false });
  });

  it('picks up a file that appears, then changes, without a restart', async () => {
    const file = join(dir, 'watched.json');
    const watched = new PlatformStatusFile(file);
    const stop = watched.start(50);
    try {
      expect(watched.current().problem).toBe('the operator has not published it yet');
      replaceFile(file, JSON.stringify(doc(false)));
      await expect.poll(() => watched.current().doc?.services[0].ready, { timeout: 15_000, interval: 25 }).toBe(false);
      replaceFile(file, JSON.stringify({ ...doc(true), tenant: 'demo' }) + '\n');
      await expect.poll(() => watched.current().doc?.services[0].ready, { timeout: 15_000, interval: 25 }).toBe(true);
    } finally {
      await stop();
    }
  });
});
