// Regenerates web/src/api/schema.d.ts from the document a real academy serves (needs the local
// PostgreSQL, as the tests do). tests/web/api-client.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, renderApiTypes, servedOpenApiDocument } from './api-types.ts';

writeFileSync(SCHEMA_FILE, await renderApiTypes(await servedOpenApiDocument()));
console.log(`wrote ${SCHEMA_FILE.pathname}`);
