import { afterAll, describe, expect, it } from 'vitest';
import { useBrowserRig } from './browser.ts';
import { startIdp, type Idp } from '../support/idp.ts';
import { saveSsoProvider } from '../../services/auth/sso/settings.ts';
import { ssoDirectoryFor } from '../../services/auth/sso-routes.ts';

// Single sign-on in Debian's Chromium: the sign-in page's button, the provider's redirects (a
// different site: 127.0.0.1 against the academy's localhost), and the session the app restores
// from the refresh cookie set by the callback.
let idp: Idp;
const browser = useBrowserRig(async (rig) => {
  const origin = rig.academy.url.replace('127.0.0.1', 'localhost');
  idp = await startIdp({ clients: [{ clientId: 'academy-web', clientSecret: 'web-test-client-secret', redirectUris: [`${origin}/api/v1/auth/sso/callback`] }] });
  idp.accounts.set('web-ada', { sub: 'web-ada', email: 'ada@acme.test', name: 'Ada Lovelace' });
  idp.accounts.set('web-mallory', { sub: 'web-mallory', email: 'mallory@elsewhere.test' });
  const demo = (await rig.academy.ctx.tenants.bySlugOrNull('demo'))!;
  await saveSsoProvider(rig.academy.ctx.dbs.control, demo.id, { issuer: idp.issuer, clientId: 'academy-web', clientSecret: 'web-test-client-secret', displayName: 'Acme Login', allowedEmailDomains: ['acme.test'] });
});
afterAll(() => idp?.stop());

describe('sign-in with the academy identity provider', () => {
  it('signs in through the provider and lands signed in where the sign-in page was asked to go', async () => {
    const page = await (await browser.rig.newContext()).newPage();
    idp.nextAccount = 'web-ada';
    await page.goto('/login?next=/courses');
    await page.getByRole('link', { name: 'Sign in with Acme Login' }).click();
    await page.waitForURL((url) => url.pathname === '/courses');
    // Signed in: the app restored the session from the cookie the callback set.
    await page.getByRole('button', { name: /sign out/i }).waitFor();
    const cookies = Object.fromEntries((await page.context().cookies()).map((c) => [c.name, c.value]));
    const refreshed = await browser.rig.academy.api.at('demo').post('/api/v1/auth/refresh', {}, { cookie: `academy_rt=${cookies.academy_rt}`, 'x-csrf-token': cookies.academy_csrf });
    expect(refreshed.status, refreshed.text).toBe(200);
    const token = refreshed.body.accessToken as string;
    const me = await browser.rig.academy.api.as(token, 'demo').get('/api/v1/users/me');
    expect(me.body).toMatchObject({ email: 'ada@acme.test', name: 'Ada Lovelace' });
  });

  it('offers only the provider when the academy enforces it', async () => {
    const { academy } = browser.rig;
    const demo = (await academy.ctx.tenants.bySlugOrNull('demo'))!;
    await saveSsoProvider(academy.ctx.dbs.control, demo.id, { issuer: idp.issuer, clientId: 'academy-web', clientSecret: 'web-test-client-secret', displayName: 'Acme Login', allowedEmailDomains: ['acme.test'], enforce: true });
    ssoDirectoryFor(academy.ctx).clear();
    try {
      const page = await (await browser.rig.newContext()).newPage();
      await page.goto('/login');
      await page.getByText('This academy signs in through Acme Login only.').waitFor();
      await page.getByRole('link', { name: 'Sign in with Acme Login' }).waitFor();
      expect(await page.getByLabel('Password').count()).toBe(0);
    } finally {
      await saveSsoProvider(academy.ctx.dbs.control, demo.id, { issuer: idp.issuer, clientId: 'academy-web', clientSecret: 'web-test-client-secret', displayName: 'Acme Login', allowedEmailDomains: ['acme.test'] });
      ssoDirectoryFor(academy.ctx).clear();
    }
  });

  it('brings a refused person back to the sign-in page with the reason', async () => {
    const page = await (await browser.rig.newContext()).newPage();
    idp.nextAccount = 'web-mallory';
    await page.goto('/login');
    await page.getByRole('link', { name: 'Sign in with Acme Login' }).click();
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('sso_error') === 'sso_email_domain');
    await page.getByText('not in a domain this academy accepts').waitFor();
  });
});
