import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, renderApiTypes, servedOpenApiDocument } from '../../web/scripts/api-types.ts';

// The web app's only HTTP layer is typed from web/src/api/schema.d.ts: it must be what the
// academy's OpenAPI document says today, or the app compiles against an API that is gone.
describe('the web app’s typed API client', () => {
  it('is generated from the OpenAPI document the academy serves now (else: npm run web:api)', async () => {
    const expected = await renderApiTypes(await servedOpenApiDocument());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed === expected, 'web/src/api/schema.d.ts is stale: run `npm run web:api` and commit it').toBe(true);
  });
});
