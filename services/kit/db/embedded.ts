import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, rmSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';

export interface EmbeddedPostgres {
  /** A postgres:// URL (unix socket) any pg client can use. */
  url: string;
  close(): Promise<void>;
}

/**
 * PostgreSQL in WebAssembly (PGlite), kept under `dataDir` so a restart keeps the data, served on
 * a unix socket so the same pg/knex code path runs locally and in production. PGlite serves one
 * connection at a time: callers keep their pool at max 1.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const dir = resolve(dataDir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create({ dataDir: dir });
  // Unix socket paths are limited to ~100 bytes: keep the socket in a short temp folder named
  // after the data folder.
  const sockDir = join(tmpdir(), `academy-${createHash('sha1').update(dir).digest('hex').slice(0, 10)}`);
  mkdirSync(sockDir, { recursive: true });
  const sockPath = join(sockDir, '.s.PGSQL.5432');
  if (existsSync(sockPath)) rmSync(sockPath);
  const server = new PGLiteSocketServer({ db, path: sockPath, maxConnections: 8 });
  await server.start();
  return {
    url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(sockDir)}`,
    async close() {
      await server.stop();
      await db.close();
      rmSync(sockPath, { force: true });
    },
  };
}
