import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';
import type { Idp } from '../support/idp.ts';
import { callbackOf, startDevIdp } from '../../scripts/dev-idp.ts';

// What a newcomer does (docs/sso.md "Try it locally"): `npm run dev:idp`, the academy started with
// the SSO_* variables it prints (the cluster's path too: the environment configures DEFAULT_TENANT),
// and a sign-in through the dev provider's own login and consent pages.
let academy: TestAcademy;
let idp: Idp;
beforeAll(async () => {
  const dev = await startDevIdp({ port: 0, academies: [] });
  idp = dev.idp;
  academy = await startTestAcademy({ seed: true, env: dev.env });
  idp.clients[0].redirectUris.push(callbackOf(academy.url));
});
afterAll(async () => {
  await idp?.stop();
  await academy?.stop();
});

/** Form posts and redirects with a cookie jar per origin, as a browser would. */
async function browse(start: string) {
  const jars = new Map<string, Map<string, string>>();
  const request = async (url: string, form?: Record<string, string>) => {
    const origin = new URL(url).origin;
    const jar = jars.get(origin) ?? new Map<string, string>();
    jars.set(origin, jar);
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { accept: 'text/html', ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const location = res.headers.get('location');
    return { status: res.status, location: location ? new URL(location, url).href : undefined, text: await res.text(), jar };
  };
  return { request, jars };
}

describe('the dev identity provider (npm run dev:idp)', () => {
  it('signs "teacher" in through its login and consent pages, as an instructor', async () => {
    expect((await academy.api.get('/api/v1/auth/sso')).body).toMatchObject({ enabled: true, displayName: 'Dev IdP' });
    const { request } = await browse(academy.url);
    let res = await request(`${academy.url}/api/v1/auth/sso/start?next=/my`);
    const pages: string[] = [];
    for (let hops = 0; hops < 12 && !res.location?.startsWith(academy.url); hops++) {
      if (res.location) {
        res = await request(res.location);
        continue;
      }
      // A page of the provider: its form, filled in as a person would (any password signs in).
      const action = /<form[^>]*action="([^"]+)"/.exec(res.text)?.[1];
      const prompt = /name="prompt" value="([^"]+)"/.exec(res.text)?.[1];
      expect(action, res.text.slice(0, 300)).toBeDefined();
      pages.push(prompt!);
      res = await request(action!, prompt === 'login' ? { prompt, login: 'teacher', password: 'anything' } : { prompt: prompt! });
    }
    expect(pages).toEqual(['login', 'consent']);
    expect(res.location!.startsWith(`${academy.url}/api/v1/auth/sso/callback?`)).toBe(true);
    const done = await request(res.location!);
    expect(done.status, done.text).toBe(303);
    expect(done.location).toBe(`${academy.url}/my`);
    const refreshed = await academy.api.post('/api/v1/auth/refresh', {}, { cookie: `academy_rt=${done.jar.get('academy_rt')}`, 'x-csrf-token': done.jar.get('academy_csrf')! });
    expect(refreshed.status, refreshed.text).toBe(200);
    const me = await academy.api.as(refreshed.body.accessToken).get('/api/v1/users/me');
    expect(me.body).toMatchObject({ email: 'teacher@example.com', name: 'Dev Teacher' });
    expect(me.body.roles.sort()).toEqual(['instructor', 'learner']);
  });
});
