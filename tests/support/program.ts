import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from 'vitest';
import { freePort } from './ports.ts';

/**
 * A test that runs the real program (PGlite start-up, migrations, argon2 seeding) gets this long:
 * ~10 s on a quiet machine, several times that on two busy cores. Not a speed assertion.
 */
export const PROGRAM_TIMEOUT_MS = 120_000;

export interface RunningProgram {
  child: ChildProcess;
  url: string;
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs the real `academy` program (bin/academy.js) as a user would, with this environment on top
 * of the test's own (DATABASE_URL and REDIS_URL are removed unless given: the embedded defaults).
 * Resolves once it listens; rejects with its output when it exits first.
 */
export async function startProgram(env: Record<string, string>, args: string[] = ['serve', '--seed']): Promise<RunningProgram> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const full: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) };
  if (!('DATABASE_URL' in env)) delete full.DATABASE_URL;
  if (!('REDIS_URL' in env)) delete full.REDIS_URL;
  const child = spawn(process.execPath, ['bin/academy.js', ...args], { env: full, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    await expect.poll(() => exited || /academy listening/.test(out), { timeout: PROGRAM_TIMEOUT_MS - 20_000, interval: 100 }).toBe(true);
  } finally {
    if (!/academy listening/.test(out)) child.kill('SIGKILL'); // never leave a half-started program behind
  }
  if (!/academy listening/.test(out)) throw new Error(`academy did not start:\n${out}`);
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    stop() {
      if (child.exitCode !== null) return Promise.resolve(child.exitCode);
      const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return done;
    },
  };
}
