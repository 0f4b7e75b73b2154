import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The TypeScript of openapi.json as openapi-typescript writes it (shared/contract/client.d.ts),
 * for `createClient<paths>()` from openapi-fetch. It is generated, never committed: `npm run
 * typecheck` (and so `npm test`) writes it from openapi.json first, as does `npm run openapi`.
 * Only types are imported from it (`import type`), so nothing that runs needs the file.
 */
export async function clientTypes(): Promise<string> {
  const doc = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
  const ast = await openapiTS(doc, { alphabetize: false });
  return `/** Generated from openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit. */\n${astToString(ast)}`;
}
