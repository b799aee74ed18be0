import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, signUp, startTestAcademy, type TestAcademy } from '../support/academy.ts';
import { nextTs } from './learning-support.ts';

/**
 * The printable certificate goes through the kit's storage port (here the filesystem adapter;
 * the S3 adapter passes the same contract suite on s3rver): written on first request under
 * tenants/<tenant>/certificates/<code>.svg, then served from storage.
 */
let academy: TestAcademy;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cert-file-'));
  academy = await startTestAcademy({ env: { DATA_DIR: dir, STORAGE_DRIVER: 'fs' } });
}, 60_000);
afterAll(async () => {
  await academy?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('printable certificate on the storage port', () => {
  it('writes the certificate file to storage on first request and serves it from there', async () => {
    const admin = academy.api.as(await adminToken(academy.api));
    const course = await admin.post('/api/v1/courses', { title: 'Knots & <Splices>', description: 'Ropes.' });
    const mod = await admin.post(`/api/v1/courses/${course.body.id}/modules`, { title: 'One' });
    const lesson = await admin.post(`/api/v1/modules/${mod.body.id}/lessons`, { title: 'Read', type: 'article', body: 'Tie it.' });
    expect((await admin.post(`/api/v1/courses/${course.body.id}/publish`)).status).toBe(200);
    const learner = await signUp(academy.api, { name: 'Ada "Rope" Lovelace' });
    const as = academy.api.as(learner.accessToken);
    expect((await as.post(`/api/v1/courses/${course.body.id}/enrollments`, {})).status).toBe(201);
    expect((await as.put(`/api/v1/progress/lessons/${lesson.body.id}`, { clientTs: nextTs(), positionSeconds: 1, completed: true })).status).toBe(200);
    const [cert] = (await as.get('/api/v1/me/certificates')).body.items;
    expect(cert.code).toMatch(/^[0-9a-f-]{36}$/);

    const tenantId = (await academy.ctx.tenants.bySlugOrNull('demo'))!.id;
    const file = join(dir, 'storage', 'tenants', tenantId, 'certificates', `${cert.code}.svg`);
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });

    const res = await fetch(`${academy.url}/api/v1/certificates/${cert.code}/printable`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="certificate-${cert.code}.svg"`);
    const svg = await res.text();
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg /);
    // Texts are escaped: a name or title cannot add markup to the file.
    expect(svg).toContain('Ada &#34;Rope&#34; Lovelace');
    expect(svg).toContain('Knots &#38; &#60;Splices&#62;');
    expect(svg).toContain(`/certificates/${cert.code}/verify`);
    const verification = await academy.api.get(`/api/v1/certificates/${cert.code}`);
    expect(svg).toContain(verification.body.signature);
    // The file is in storage, byte for byte what was served ...
    expect(await readFile(file, 'utf8')).toBe(svg);
    // ... and the next request is served from storage, not rendered again.
    await writeFile(file, svg.replace('completed the course', 'completed, from storage, the course'));
    expect(await (await fetch(`${academy.url}/api/v1/certificates/${cert.code}/printable`)).text()).toContain('completed, from storage, the course');

    const missing = await fetch(`${academy.url}/api/v1/certificates/00000000-0000-7000-8000-000000000000/printable`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('certificate_not_found');
  });
});
