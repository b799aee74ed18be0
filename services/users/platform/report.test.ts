import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chooseSource, localServices, operatorServices, probe } from './report.ts';

describe('probe', () => {
  it('times a check that answers', async () => {
    const h = await probe(() => new Promise((r) => setTimeout(r, 5)));
    expect(h.status).toBe('ok');
    expect(h.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reports a timeout or an error code, never the error message', async () => {
    expect(await probe(() => new Promise(() => {}), 20)).toMatchObject({ status: 'failing', error: 'no answer within 20 ms' });
    const refused = Object.assign(new Error('connect ECONNREFUSED postgres://app:secret@db-host:5432'), { code: 'ECONNREFUSED' });
    const h = await probe(() => Promise.reject(refused));
    expect(h).toMatchObject({ status: 'failing', error: 'failed: ECONNREFUSED' });
    expect(JSON.stringify(h)).not.toContain('secret');
    expect(await probe(() => Promise.reject(new Error('postgres://app:secret@host')))).toMatchObject({ error: 'failed' });
  });
});

describe('operatorServices', () => {
  it("takes desired replicas from the autoscaler, else the Deployment's count", () => {
    const services = operatorServices({
      tenant: 'demo',
      conditions: [],
      services: [
        { name: 'auth', ready: true, replicas: 3, readyReplicas: 3, autoscaler: { minReplicas: 2, maxReplicas: 10, targetCPUUtilization: 70, currentReplicas: 3, desiredReplicas: 4, conditions: [] } },
        { name: 'video', ready: false, replicas: 1 },
      ],
    });
    expect(services).toEqual([
      { name: 'auth', runs: 'deployment', ready: true, desiredReplicas: 4, readyReplicas: 3, autoscaler: { minReplicas: 2, maxReplicas: 10, targetCPUUtilization: 70, currentReplicas: 3, desiredReplicas: 4, conditions: [] } },
      { name: 'video', runs: 'deployment', ready: false, desiredReplicas: 1, readyReplicas: null, autoscaler: null },
    ]);
  });
});

describe('localServices', () => {
  let up: Server;
  let down: Server;
  const listen = (status: number) =>
    new Promise<Server>((resolve) => {
      const s = createServer((req, res) => res.writeHead(req.url === '/readyz' ? status : 404).end('{}')).listen(0, '127.0.0.1', () => resolve(s));
    });
  const urlOf = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  beforeAll(async () => {
    up = await listen(200);
    down = await listen(503);
  });
  afterAll(() => {
    up.close();
    down.close();
  });

  it('lists this process as one ready replica per service, and asks proxied services at /readyz', async () => {
    const services = await localServices({ local: ['auth', 'users'], remote: [{ name: 'courses', url: urlOf(up) }, { name: 'progress', url: urlOf(down) }, { name: 'video', url: 'http://127.0.0.1:1' }] });
    expect(services).toEqual([
      { name: 'auth', runs: 'in-process', ready: true, desiredReplicas: 1, readyReplicas: 1, autoscaler: null },
      { name: 'users', runs: 'in-process', ready: true, desiredReplicas: 1, readyReplicas: 1, autoscaler: null },
      { name: 'courses', runs: 'remote', ready: true, desiredReplicas: null, readyReplicas: null, autoscaler: null },
      { name: 'progress', runs: 'remote', ready: false, desiredReplicas: null, readyReplicas: null, autoscaler: null },
      { name: 'video', runs: 'remote', ready: false, desiredReplicas: null, readyReplicas: null, autoscaler: null },
    ]);
  });
});

describe('chooseSource', () => {
  const tenant = { id: 't', slug: 'demo', name: 'Demo', domains: [], plan: 'free', status: 'active' };
  const doc = { tenant: 'demo', conditions: [], services: [] };

  it("uses the operator's document of this academy, saying when it is the last good one", () => {
    expect(chooseSource({ configured: true, doc }, tenant)).toEqual({ doc });
    expect(chooseSource({ configured: true, doc, problem: 'it is not JSON' }, tenant)).toEqual({ doc, notice: 'The platform status file is not usable now (it is not JSON); showing the last good one.' });
  });

  it("falls back to this process otherwise, and never shows another academy's status", () => {
    expect(chooseSource({ configured: false }, tenant).notice).toMatch(/^No operator/);
    expect(chooseSource({ configured: true, problem: 'the operator has not published it yet' }, tenant)).toEqual({ notice: 'The platform status file is not usable (the operator has not published it yet); showing this process.' });
    expect(chooseSource({ configured: true, doc: { ...doc, tenant: 'other' } }, tenant)).toEqual({ notice: 'The platform status file describes academy "other", not this one; showing this process.' });
  });
});
