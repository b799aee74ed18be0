// The bare Express route every ratio is measured against, started in the process under test (a
// fair comparison: same process, same core), with /cpu for the CPU this process (in a cluster: every
// process of it) has used so a bench can report CPU per request (robust to a busy machine).
//
// Given a database (bench/learning-server.ts), also `PUT /bare-upsert`: the raw reference's
// single-row upsert behind the same bare Express app (express.json, one statement through a
// `pg.Pool` of 10, answered after its commit). Not a goal of issue 13: it shows what HTTP alone
// costs a write, next to what the academy's stack costs a heartbeat (docs/benchmarks.md).
import express from 'express';
import pg from 'pg';
import type { Server } from 'node:http';
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { RAW_UPSERT } from './raw-upserts.ts';

export interface BareWrite {
  databaseUrl: string;
  lessonId: string;
  courseId: string;
}

/** `PUT /bare-upsert` on the bare app; returns its pool (closed with the app). */
async function addBareUpsert(bare: express.Express, write: BareWrite): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: write.databaseUrl, max: 10 });
  const enrolled = new Map<string, string>();
  for (const r of (await pool.query('select tenant_id, user_id from enrollments where course_id = $1', [write.courseId])).rows) enrolled.set(r.user_id, r.tenant_id);
  bare.put('/bare-upsert', express.json(), async (req, res) => {
    const { userId, positionSeconds, clientTs } = req.body as { userId: string; positionSeconds: number; clientTs: number };
    const tenantId = enrolled.get(userId);
    if (!tenantId) return void res.status(404).json({ error: 'not enrolled' });
    await pool.query(RAW_UPSERT, [tenantId, userId, write.lessonId, write.courseId, positionSeconds, clientTs]);
    res.json({ ok: true });
  });
  return pool;
}

/** CPU time (µs) used so far by the cluster's primary and every process it forked (Linux /proc, in USER_HZ ticks: 100 per second). */
function clusterCpuMicros(): number {
  const root = process.ppid;
  const pids = [root, ...readFileSync(`/proc/${root}/task/${root}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)];
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10_000;
}

export async function startBareRoute(write?: BareWrite, listenPort = 0): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const bare = express();
  bare.get('/bare', (_req, res) => void res.json({ ok: true }));
  bare.get('/cpu', (_req, res) => {
    if (cluster.isWorker) return void res.json({ micros: clusterCpuMicros() });
    const u = process.cpuUsage();
    res.json({ micros: u.user + u.system });
  });
  const pool = write ? await addBareUpsert(bare, write) : undefined;
  const server = await new Promise<Server>((resolve) => {
    const s = bare.listen(listenPort, '127.0.0.1', () => resolve(s));
  });
  const close = async () => {
    server.close();
    await pool?.end();
  };
  return { server, port: (server.address() as { port: number }).port, close };
}
