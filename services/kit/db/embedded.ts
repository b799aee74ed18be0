import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { tmpdir } from 'node:os';

export interface EmbeddedPostgres {
  /** A postgres:// URL (unix socket) any pg client can use. */
  url: string;
  close(): Promise<void>;
}

const SOCKET_NAME = '.s.PGSQL.5432';
/** sun_path holds 108 bytes on Linux and 104 on macOS, NUL included: stay well under both. */
const MAX_SOCKET_PATH = 100;

/**
 * A folder for the socket that only this user can enter, so no other local user can connect to
 * (or, by making the folder first, impersonate) the database: `<DATA_DIR>/run` (mode 0700) when
 * the socket path fits the unix limit, else a fresh `mkdtemp` folder (0700, unpredictable name)
 * that `temporary` says to remove on close. A folder that exists but belongs to another user, or
 * is a symbolic link, is refused; one of ours that others can enter is closed to them.
 */
export function privateSocketDir(dataDir: string): { dir: string; temporary: boolean } {
  const preferred = resolve(dataDir, 'run');
  if (Buffer.byteLength(join(preferred, SOCKET_NAME)) > MAX_SOCKET_PATH) {
    return { dir: mkdtempSync(join(tmpdir(), 'academy-')), temporary: true };
  }
  mkdirSync(preferred, { recursive: true, mode: 0o700 });
  const st = lstatSync(preferred);
  if (st.isSymbolicLink() || !st.isDirectory()) throw new Error(`DATA_DIR: ${preferred} must be a directory, not a link`);
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) {
    throw new Error(`DATA_DIR: ${preferred} belongs to user ${st.uid}, not to this user (${uid}): refusing to put the database socket there`);
  }
  if ((st.mode & 0o077) !== 0) chmodSync(preferred, 0o700);
  return { dir: preferred, temporary: false };
}

/**
 * PostgreSQL in WebAssembly (PGlite), kept under `dataDir` so a restart keeps the data, served on
 * a unix socket in a private folder so the same pg/knex code path runs locally and in production.
 * PGlite serves one connection at a time: callers keep their pool at max 1.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  // Before the 3-4 s start of PGlite: a refused folder fails at once.
  const sock = privateSocketDir(dataDir);
  const dir = resolve(dataDir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create({ dataDir: dir });
  const sockPath = join(sock.dir, SOCKET_NAME);
  if (existsSync(sockPath)) rmSync(sockPath);
  const server = new PGLiteSocketServer({ db, path: sockPath, maxConnections: 8 });
  await server.start();
  return {
    url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(sock.dir)}`,
    async close() {
      await server.stop();
      await db.close();
      rmSync(sock.temporary ? sock.dir : sockPath, { recursive: true, force: true });
    },
  };
}
