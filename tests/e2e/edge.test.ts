import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';

/** The edge of the HTTP stack: what Node answers before Express, the access log, HSTS. */
let academy: TestAcademy;
const logs: string[] = [];
beforeAll(async () => {
  academy = await startTestAcademy({ seed: true, logs, env: { NODE_ENV: 'production' } });
});
afterAll(() => academy?.stop());

/** A raw request (fetch would refuse to send some of these). */
function raw(path: string, headers: Record<string, string>): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${academy.url}${path}`, { headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTP edge', () => {
  it('answers a 20 KB bearer token with a 431 problem, not an empty body', async () => {
    const res = await raw('/api/v1/users/me', { authorization: `Bearer ${'a'.repeat(20_000)}` });
    expect(res.status).toBe(431);
    expect(res.type).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 431, code: 'headers_too_large' });
  });

  it('logs the full path of successful /api/v1 requests, without the query string', async () => {
    const res = await academy.api.get('/api/v1/courses?q=secret-search');
    expect(res.status).toBe(200);
    await expect.poll(() => logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'request' && l.reqId === res.headers.get('x-request-id'))).toMatchObject({
      path: '/api/v1/courses',
      status: 200,
    });
    expect(logs.join('')).not.toContain('secret-search');
  });

  it('sends HSTS with NODE_ENV=production (what the operator sets on every deployment)', async () => {
    const res = await academy.api.get('/healthz');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000; includeSubDomains/);
  });
});
