import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The TypeScript of openapi.json as openapi-typescript writes it (shared/contract/client.d.ts),
 * for `createClient<paths>()` from openapi-fetch. `npm run openapi` writes it; a test fails when
 * the committed file drifts from the document.
 */
export async function clientTypes(): Promise<string> {
  const doc = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
  const ast = await openapiTS(doc, { alphabetize: false });
  return `/** Generated from openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit. */\n${astToString(ast)}`;
}
