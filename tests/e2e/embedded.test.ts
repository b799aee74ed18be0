import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, uniqueEmail } from '../support/academy.ts';
import { freePort } from '../support/ports.ts';
import { PROGRAM_TIMEOUT_MS, startProgram } from '../support/program.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'academy-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real `academy` program as `make dev` does: no DATABASE_URL, no REDIS_URL. */
const startAcademy = (port: number) => startProgram({ DATA_DIR: dataDir, PORT: String(port), SEED_ADMIN_PASSWORD: 'embedded-admin-pass' });

describe('academy on its embedded defaults (PGlite + in-process Redis)', () => {
  it('serves, shuts down gracefully on SIGTERM, and keeps users across a restart', async () => {
    const port = await freePort();
    const api = new Api(`http://127.0.0.1:${port}`);
    const email = uniqueEmail('restart');

    const first = await startAcademy(port);
    expect(first.output()).toContain('seeded tenant "demo"');
    // The database socket is in DATA_DIR's private folder (services/kit/db/embedded.ts), not in /tmp.
    expect(statSync(join(dataDir, 'run', '.s.PGSQL.5432')).isSocket()).toBe(true);
    expect(statSync(join(dataDir, 'run')).mode & 0o777).toBe(0o700);
    const reg = await api.post('/api/v1/auth/register', { email, password: 'correct horse battery', name: 'Persistent' });
    expect(reg.status).toBe(201);
    expect(await first.stop()).toBe(0);

    const second = await startAcademy(port);
    // Already seeded: the admin is not made (nor its password printed) again.
    expect(second.output()).not.toContain('seeded tenant');
    const login = await api.post('/api/v1/auth/login', { email, password: 'correct horse battery' });
    expect(login.status).toBe(200);
    const me = await api.as(login.body.accessToken).get('/api/v1/users/me');
    expect(me.body).toMatchObject({ id: reg.body.user.id, email });
    // Heartbeats on PGlite's one connection: the upsert is a named (prepared) statement, made once
    // and used again (services/progress/heartbeat-writer.ts).
    const course = (await api.get('/api/v1/courses')).body.items[0];
    const lesson = (await api.get(`/api/v1/courses/${course.slug}`)).body.modules[0].lessons[0];
    const learner = api.as(login.body.accessToken);
    expect((await learner.post(`/api/v1/courses/${course.id}/enrollments`, {})).status).toBe(201);
    for (const positionSeconds of [1, 2, 3]) {
      const beat = await learner.put(`/api/v1/progress/lessons/${lesson.id}`, { positionSeconds, clientTs: Date.now() + positionSeconds });
      expect(beat.body).toMatchObject({ lessonId: lesson.id, positionSeconds, applied: true });
    }
    const admin = await api.post('/api/v1/auth/login', { email: 'admin@demo.local', password: 'embedded-admin-pass' });
    expect(admin.status).toBe(200);
    // Odd input reaches PGlite as it reaches PostgreSQL: the same 4xx answers (tests/security/odd-input.test.ts).
    expect((await api.get('/api/v1/courses?q=%00')).body).toMatchObject({ status: 400, errors: [{ field: 'query.q' }] });
    expect((await api.get('/api/v1/courses/%FF')).body).toMatchObject({ status: 400, code: 'malformed_path' });
    expect((await api.get('/api/v1/certificates/01a23aaa-ff99-7fff-8cf8-45ca9cfeaa0c')).body).toMatchObject({ status: 404, code: 'not_found' });
    expect(await second.stop()).toBe(0);
  }, PROGRAM_TIMEOUT_MS);

  it('stops at start-up with a message naming a bad variable', async () => {
    const child = spawn(process.execPath, ['bin/academy.js', 'serve'], { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/PORT: /);
  });
});
