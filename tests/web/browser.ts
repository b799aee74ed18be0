import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { WEB_DIST } from '../../services/kit/web-assets.ts';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';

/** Debian's Chromium (scripts/ensure-chromium.sh installs it); npm cannot download a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of the journeys' main pages (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

export interface BrowserRig {
  academy: TestAcademy;
  browser: Browser;
  /** A fresh browser profile (cookies, storage, service workers) on the academy. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * A real academy (real Postgres + Redis) serving the built web app, and Debian's Chromium
 * driven by playwright-core. The app must have been built (`make web`, which `make test` runs).
 */
export async function startBrowserRig(opts: { env?: Record<string, string> } = {}): Promise<BrowserRig> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('web/dist is missing: build the app first (make web)');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh`);
  const academy = await startTestAcademy({ physicalShards: 1, logicalShards: 4, env: opts.env });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--autoplay-policy=no-user-gesture-required', '--mute-audio'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    academy,
    browser,
    // localhost, not 127.0.0.1: the session cookies are Secure, which Chromium accepts over plain http only from localhost.
    async newContext() {
      const context = await browser.newContext({ baseURL: academy.url.replace('127.0.0.1', 'localhost'), viewport: { width: 1280, height: 800 } });
      // A step that cannot happen fails with its own message instead of running into the test's timeout.
      context.setDefaultTimeout(30_000);
      return context;
    },
    async close() {
      await browser.close();
      await academy.stop();
    },
  };
}

/** axe-core on the page as it is now; returns the serious and critical violations (none expected). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Starts one rig for the calling test file (beforeAll) and closes it after (afterAll); `setup`
 * runs once it is up; `opts.env` is extra academy config. Read `.rig` inside the tests.
 */
export function useBrowserRig(setup?: (rig: BrowserRig) => Promise<void>, opts: { env?: Record<string, string> } = {}): { readonly rig: BrowserRig } {
  const holder: { rig?: BrowserRig } = {};
  beforeAll(async () => {
    holder.rig = await startBrowserRig(opts);
    await setup?.(holder.rig);
  }, 60_000);
  afterAll(async () => {
    await holder.rig?.close();
  });
  return {
    get rig() {
      if (!holder.rig) throw new Error('the browser rig is not started yet');
      return holder.rig;
    },
  };
}
