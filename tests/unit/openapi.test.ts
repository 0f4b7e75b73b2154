import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../shared/contract/openapi.js';
import { ROUTES } from '../../shared/http/routes.js';

describe('the committed OpenAPI document', () => {
  it('matches the one generated from the zod schemas (run `npm run openapi` after changing the contract)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument(ROUTES))));
  });

  it('describes every deployed route and never the local token route', () => {
    const doc = openApiDocument(ROUTES) as { paths: Record<string, Record<string, unknown>> };
    for (const r of ROUTES.filter((x) => !x.localOnly))
      expect(doc.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    expect(doc.paths['/local/token']).toBeUndefined();
  });
});
