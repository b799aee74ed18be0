import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Api, uniqueEmail } from '../support/academy.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'academy-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Runs the real `academy` program as `make dev` does: no DATABASE_URL, no REDIS_URL. */
async function startAcademy(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', SEED_ADMIN_PASSWORD: 'embedded-admin-pass' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, ['bin/academy.js', 'serve', '--seed'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await expect.poll(() => out, { timeout: 60_000, interval: 200 }).toMatch(/academy listening|academy: /);
  if (!/academy listening/.test(out)) throw new Error(out);
  return { child, output: () => out };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

describe('academy on its embedded defaults (PGlite + in-process Redis)', () => {
  it('serves, shuts down gracefully on SIGTERM, and keeps users across a restart', async () => {
    const port = await freePort();
    const api = new Api(`http://127.0.0.1:${port}`);
    const email = uniqueEmail('restart');

    const first = await startAcademy(port);
    expect(first.output()).toContain('seeded tenant "demo"');
    const reg = await api.post('/api/v1/auth/register', { email, password: 'correct horse battery', name: 'Persistent' });
    expect(reg.status).toBe(201);
    expect(await stop(first.child)).toBe(0);

    const second = await startAcademy(port);
    // Already seeded: the admin is not made (nor its password printed) again.
    expect(second.output()).not.toContain('seeded tenant');
    const login = await api.post('/api/v1/auth/login', { email, password: 'correct horse battery' });
    expect(login.status).toBe(200);
    const me = await api.as(login.body.accessToken).get('/api/v1/users/me');
    expect(me.body).toMatchObject({ id: reg.body.user.id, email });
    const admin = await api.post('/api/v1/auth/login', { email: 'admin@demo.local', password: 'embedded-admin-pass' });
    expect(admin.status).toBe(200);
    expect(await stop(second.child)).toBe(0);
    // Two cold starts of the real program on PGlite: ~27 s on a quiet two-core machine already.
  }, 90_000);

  it('stops at start-up with a message naming a bad variable', async () => {
    const child = spawn(process.execPath, ['bin/academy.js', 'serve'], { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/PORT: /);
  });
});
