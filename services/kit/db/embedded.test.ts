import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateSocketDir, startEmbeddedPostgres } from './embedded.ts';

const root = mkdtempSync(join(tmpdir(), 'embedded-sock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const modeOf = (p: string) => statSync(p).mode & 0o777;

describe('the embedded database socket folder', () => {
  it('is <DATA_DIR>/run, mode 0700, when the socket path fits', () => {
    const { dir, temporary } = privateSocketDir(join(root, 'short'));
    expect(dir).toBe(join(root, 'short', 'run'));
    expect(temporary).toBe(false);
    expect(modeOf(dir)).toBe(0o700);
  });

  it('is closed to others when it already existed open', () => {
    mkdirSync(join(root, 'open', 'run'), { recursive: true });
    chmodSync(join(root, 'open', 'run'), 0o777);
    expect(modeOf(privateSocketDir(join(root, 'open')).dir)).toBe(0o700);
  });

  it('is a fresh private temporary folder when DATA_DIR is too long for a unix socket path', () => {
    const long = join(root, 'x'.repeat(120));
    const a = privateSocketDir(long);
    const b = privateSocketDir(long);
    expect(a.temporary).toBe(true);
    expect(a.dir.startsWith(tmpdir())).toBe(true);
    expect(a.dir).not.toBe(b.dir);
    expect(modeOf(a.dir)).toBe(0o700);
    rmSync(a.dir, { recursive: true });
    rmSync(b.dir, { recursive: true });
  });

  it.runIf(process.getuid?.() === 0)('is refused when another user made it first, before PGlite starts', async () => {
    const dataDir = join(root, 'taken');
    mkdirSync(join(dataDir, 'run'), { recursive: true, mode: 0o700 });
    chownSync(join(dataDir, 'run'), 65534, 65534);
    await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(/belongs to user 65534/);
  });

  it('is refused when it is a symbolic link', () => {
    const dataDir = join(root, 'linked');
    mkdirSync(dataDir);
    symlinkSync(tmpdir(), join(dataDir, 'run'));
    expect(() => privateSocketDir(dataDir)).toThrow(/not a link/);
  });
});
