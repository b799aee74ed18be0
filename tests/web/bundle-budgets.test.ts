import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../services/kit/web-assets.ts';
import { BUDGETS, bundleSizes } from '../../web/scripts/bundle-sizes.ts';

// The byte budgets of issue #10 on the build `make test` made (sizes, not timings: the paints
// are measured by bench/web-budgets.ts, numbers in docs/benchmarks.md).
describe('web bundle budgets', () => {
  const sizes = bundleSizes(WEB_DIST);

  it('the catalog route loads at most 150 KB of JavaScript (gzip) before it renders', () => {
    expect(sizes.catalogInitial.files.some((f) => f.includes('catalog-page'))).toBe(true);
    expect(sizes.catalogInitial.gzip).toBeLessThanOrEqual(BUDGETS.catalogInitialJs);
  });

  it('no lazily loaded chunk adds more than 250 KB (gzip), and the heavy libraries stay out of the catalog', () => {
    expect(sizes.chunks.length).toBeGreaterThan(10);
    for (const c of sizes.chunks) expect(c.gzip, c.name).toBeLessThanOrEqual(BUDGETS.routeChunk);
    expect(sizes.catalogInitial.files.some((f) => /hls|enrollment-chart|schemas/.test(f))).toBe(false);
  });
});
