// The bare Express route every ratio is measured against, started in the process under test (a
// fair comparison: same process, same core), with /cpu for the CPU this process has used so a
// bench can report CPU per request (robust to a busy machine).
import express from 'express';
import type { Server } from 'node:http';

export async function startBareRoute(): Promise<{ server: Server; port: number }> {
  const bare = express();
  bare.get('/bare', (_req, res) => void res.json({ ok: true }));
  bare.get('/cpu', (_req, res) => {
    const u = process.cpuUsage();
    res.json({ micros: u.user + u.system });
  });
  const server = await new Promise<Server>((resolve) => {
    const s = bare.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, port: (server.address() as { port: number }).port };
}
