import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports.ts';

const run = promisify(execFile);

/** PostgreSQL's server binaries on this machine (Debian keeps them out of PATH). */
async function binDir(): Promise<string> {
  return (await run('pg_config', ['--bindir'])).stdout.trim();
}


/** Runs a PostgreSQL tool as the `postgres` user: the server refuses to run as root. */
const asPostgres = (bin: string, args: string[]) => run('runuser', ['-u', 'postgres', '--', bin, ...args]);

export interface StreamingInstance {
  readonly port: number;
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * A private primary (initdb, replication allowed from 127.0.0.1) and `replicas` streaming replicas
 * made with pg_basebackup, each on a port of its own, in a temporary directory the postgres user
 * owns. The machine's own server is left alone: its pg_hba has no replication entry.
 */
export async function startStreamingCluster(replicas: number): Promise<{
  primary: StreamingInstance;
  replicas: StreamingInstance[];
  close(): Promise<void>;
}> {
  const bin = await binDir();
  const dir = mkdtempSync(join(tmpdir(), 'academy-pg-'));
  chownSync(dir, ...(await uidOf('postgres')));
  const instance = async (name: string, port: number): Promise<StreamingInstance> => {
    const data = join(dir, name);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c wal_receiver_status_interval=1s`;
    const start = async () => void (await asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(dir, `${name}.log`), '-w', 'start']));
    return {
      port,
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      start,
      stop: async () => void (await asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {})),
    };
  };
  const primary = await instance('primary', await freePort());
  const standbys: StreamingInstance[] = [];
  const close = async () => {
    for (const r of standbys) await r.stop();
    await primary.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await asPostgres(join(bin, 'initdb'), ['-D', join(dir, 'primary'), '-U', 'postgres', '-A', 'trust', '--no-sync']);
    appendFileSync(join(dir, 'primary', 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
    await primary.start();
    for (let i = 0; i < replicas; i++) {
      const name = `replica${i}`;
      // One base backup; further replicas start from copies of it, made before it runs (each then streams on its own).
      if (i === 0) await asPostgres(join(bin, 'pg_basebackup'), ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', join(dir, name), '-R', '-X', 'stream', '-c', 'fast']);
      else await run('cp', ['-a', join(dir, 'replica0'), join(dir, name)]);
      standbys.push(await instance(name, await freePort()));
    }
    await Promise.all(standbys.map((r) => r.start()));
  } catch (err) {
    await close();
    throw err;
  }
  return { primary, replicas: standbys, close };
}

async function uidOf(user: string): Promise<[number, number]> {
  const [uid, gid] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
  return [Number(uid.stdout), Number(gid.stdout)];
}
