/**
 * `npm run openapi`: writes openapi.json from the route table's zod schemas (the drift test
 * compares the two), then the typed client shared/contract/client.d.ts from openapi.json.
 * `--types` writes only the typed client, from the committed openapi.json: `npm run typecheck`
 * runs it first, because client.d.ts is generated, never committed (.gitignore).
 */
import { writeFileSync } from 'node:fs';
import { clientTypes } from '../shared/contract/client-types.js';

if (!process.argv.includes('--types')) {
  // Loaded only here: the route table pulls in the whole API, which the types alone do not need.
  const { openApiDocument, serverConfigFromCdk } = await import('../shared/contract/openapi.js');
  const { ROUTES } = await import('../shared/http/routes.js');
  writeFileSync(
    new URL('../openapi.json', import.meta.url),
    `${JSON.stringify(
      openApiDocument(ROUTES, {
        // A deploy pipeline sets these to publish the document of one deployment; the committed
        // document uses cdk.json's context, so the drift test is the same on every machine.
        ...serverConfigFromCdk(),
        ...(process.env.API_URL ? { apiUrl: process.env.API_URL } : {}),
        ...(process.env.AUTH_TOKEN_URL ? { tokenUrl: process.env.AUTH_TOKEN_URL } : {}),
      }),
      null,
      2,
    )}\n`,
  );
  console.error('openapi.json written');
}

// The typed client: TypeScript types of every path, operation and schema, for openapi-fetch.
writeFileSync(new URL('../shared/contract/client.d.ts', import.meta.url), await clientTypes());
console.error('shared/contract/client.d.ts written');
