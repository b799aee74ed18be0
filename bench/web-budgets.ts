// Web budgets of issue #10: initial JS of the catalog route (≤ 150 KB gzip, aim 80), no route
// chunk over 250 KB gzip, and the catalog page's largest contentful paint in headless Chromium
// on a local academy, plain and throttled to a slow phone. Run: `npm run bench:web` after
// `make web` (needs the local PostgreSQL and Redis). Writes the "Web budgets" section of
// docs/benchmarks.md; exits non-zero when a size budget is missed.
import { chromium } from 'playwright-core';
import { WEB_DIST } from '../services/kit/web-assets.ts';
import { BUDGETS, bundleSizes } from '../web/scripts/bundle-sizes.ts';
import { adminToken, startTestAcademy } from '../tests/support/academy.ts';
import { CHROMIUM } from '../tests/web/browser.ts';
import { machine, writeSection } from './lib.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Lighthouse's mobile profile ("slow 4G" on a mid-range phone): 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU ÷ 4. */
const SLOW_PHONE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sizes = bundleSizes(WEB_DIST);
const largest = sizes.chunks[0];

const academy = await startTestAcademy({ physicalShards: 1, logicalShards: 4 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
try {
  // A catalog page worth painting: the demo course plus eleven more (one page of twelve).
  const as = academy.api.as(await adminToken(academy.api));
  for (let i = 1; i <= 11; i++) {
    const c = await as.post('/api/v1/courses', { title: `Course number ${i}`, description: 'A course to fill the catalog for the paint measurement, with a description of a realistic length.' });
    const m = await as.post(`/api/v1/courses/${c.body.id}/modules`, { title: 'Module' });
    await as.post(`/api/v1/modules/${m.body.id}/lessons`, { title: 'Read', type: 'article', body: 'Text.' });
    await as.post(`/api/v1/courses/${c.body.id}/publish`);
  }

  const origin = academy.url.replace('127.0.0.1', 'localhost');
  /** One cold visit (fresh profile, no service worker yet): LCP in ms and the JS the page fetched. */
  const visit = async (throttle: boolean) => {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW_PHONE.latency, downloadThroughput: SLOW_PHONE.downloadThroughput, uploadThroughput: SLOW_PHONE.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpu });
    }
    const scripts: import('playwright-core').Request[] = [];
    page.on('requestfinished', (r) => r.resourceType() === 'script' && scripts.push(r));
    await page.goto(origin + '/', { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Course number 1', exact: true }).waitFor();
    // Runs in the page (the bench program is compiled without the DOM library: a string).
    const lcp = (await page.evaluate(`new Promise((resolve) => new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve(entries[entries.length - 1].startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true }))`)) as number;
    let jsBytes = 0;
    for (const r of scripts) jsBytes += (await r.sizes()).responseBodySize;
    await context.close();
    return { lcp, jsBytes };
  };

  const plain: number[] = [];
  const slow: number[] = [];
  let transferred = 0;
  await visit(false); // warm the server's caches once, not the browser's
  for (let i = 0; i < RUNS; i++) {
    const p = await visit(false);
    plain.push(p.lcp);
    transferred = p.jsBytes;
    slow.push((await visit(true)).lcp);
  }

  const ok = sizes.catalogInitial.gzip <= BUDGETS.catalogInitialJs && largest.gzip <= BUDGETS.routeChunk;
  const body = `Machine: ${machine()}, Chromium ${browser.version()}, headless. \`npm run bench:web\` (bench/web-budgets.ts) after \`make web\`; sizes are gzip -9 of the built files (web/scripts/bundle-sizes.ts follows the Vite manifest), paints are the median of ${RUNS} cold visits (fresh profile, service worker blocked) to \`/\` with 12 published courses, on a local academy on real PostgreSQL + Redis.

| budget | limit | measured | met |
| --- | ---: | ---: | :---: |
| initial JS of the catalog route (entry + catalog chunk + their imports) | ${kb(BUDGETS.catalogInitialJs)} (aim ${kb(BUDGETS.catalogInitialJsAim)}) | ${kb(sizes.catalogInitial.gzip)} (${sizes.catalogInitial.files.length} files; ${kb(transferred)} brotli on the wire, as fetched) | ${sizes.catalogInitial.gzip <= BUDGETS.catalogInitialJs ? 'yes' : '**no**'} |
| largest lazily loaded chunk (\`${largest.name}\`, beyond the entry) | ${kb(BUDGETS.routeChunk)} | ${kb(largest.gzip)} | ${largest.gzip <= BUDGETS.routeChunk ? 'yes' : '**no**'} |
| catalog LCP, loopback, no throttling | – | ${Math.round(median(plain))} ms (runs: ${plain.map(Math.round).join(', ')}) | – |
| catalog LCP, slow phone (150 ms RTT, 1.6 Mbit/s, CPU ÷ 4) | – | ${Math.round(median(slow))} ms (runs: ${slow.map(Math.round).join(', ')}) | – |

Every lazily loaded chunk, gzip beyond the entry: ${sizes.chunks.map((c) => `${c.name.replace(/^src\//, '')} ${kb(c.gzip)}`).join(' · ')}.
`;
  writeSection('Web budgets: bundle sizes and catalog paint', body);
  console.log(body);
  if (!ok) process.exitCode = 1;
} finally {
  await browser.close();
  await academy.stop();
}
