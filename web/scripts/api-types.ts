import openapiTS, { astToString } from 'openapi-typescript';
import { startTestAcademy } from '../../tests/support/academy.ts';

/** Where the generated types live (committed, so the web build needs no running server). */
export const SCHEMA_FILE = new URL('../src/api/schema.d.ts', import.meta.url);

const HEADER = '/* Generated from GET /api/v1/openapi.json by `npm run web:api` (web/scripts/generate-api.ts). Do not edit. */\n';

/** The OpenAPI document exactly as a real academy serves it. */
export async function servedOpenApiDocument(): Promise<Record<string, unknown>> {
  // logs: collected here, not through the test-run error log (that needs vitest's state, absent in this script).
  const academy = await startTestAcademy({ seed: false, redis: false, logs: [] });
  try {
    const res = await fetch(`${academy.url}/api/v1/openapi.json`);
    if (!res.ok) throw new Error(`openapi.json: ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await academy.stop();
  }
}

/** TypeScript types of a document, as openapi-typescript renders them. */
export async function renderApiTypes(doc: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
