/** `npm run openapi`: writes openapi.json from the route table's zod schemas. The drift test compares the two. */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../shared/contract/openapi.js';
import { ROUTES } from '../shared/http/routes.js';

writeFileSync(
  new URL('../openapi.json', import.meta.url),
  `${JSON.stringify(openApiDocument(ROUTES), null, 2)}\n`,
);
console.error('openapi.json written');
