/** `npm run openapi`: writes openapi.json from the route table's zod schemas. The drift test compares the two. */
import { writeFileSync } from 'node:fs';
import { clientTypes } from '../shared/contract/client-types.js';
import { openApiDocument, serverConfigFromCdk } from '../shared/contract/openapi.js';
import { ROUTES } from '../shared/http/routes.js';

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

// The typed client: TypeScript types of every path, operation and schema, for openapi-fetch.
writeFileSync(new URL('../shared/contract/client.d.ts', import.meta.url), await clientTypes());
console.error('shared/contract/client.d.ts written');
