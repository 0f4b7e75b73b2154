import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../shared/contract/openapi.js';
import { ROUTES } from '../../shared/http/routes.js';

type Json = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
  servers: Json[];
}

const committed = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as Doc &
  Json;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const operations = () =>
  Object.entries(committed.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ path, method, op })),
  );

describe('the committed OpenAPI document', () => {
  it('matches the one generated from the zod schemas (run `npm run openapi` after changing the contract)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument(ROUTES))));
  });

  it('serves FHIR as application/fhir+json, and says so', () => {
    for (const path of [
      '/fhir/r4/metadata',
      '/fhir/r4/Location',
      '/fhir/r4/Location/{id}',
      '/fhir/r4/MeasureReport',
    ]) {
      const op = committed.paths[path]?.get as Json;
      const ok = (op.responses as Record<string, Json>)['200'] as Json;
      expect(Object.keys(ok.content as Json), path).toEqual(['application/fhir+json']);
    }
    expect(JSON.stringify((committed as Json).info)).not.toMatch(/not yet served/i);
  });

  it('describes every route; the local token route only on the local server, marked local-only', () => {
    for (const r of ROUTES)
      expect(committed.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    const local = committed.paths['/local/token'] as Json;
    expect((local.post as Json)['x-local-only']).toBe(true);
    expect(local.servers).toEqual([expect.objectContaining({ url: 'http://localhost:3000' })]);
  });

  it('names every resource: each response and request body is a $ref (or a list of them), never an inlined object', () => {
    const anonymous: string[] = [];
    for (const { path, method, op } of operations()) {
      const ok = Object.entries(op.responses as Record<string, Json>).find(([s]) => s.startsWith('2'));
      const content = (ok?.[1].content ?? {}) as Json;
      const media = Object.entries(content).find(([type]) => /json$/.test(type))?.[1] as Json | undefined;
      const schema = media?.schema as Json | undefined;
      const body = (
        ((op.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as
          | Json
          | undefined
      )?.schema as Json | undefined;
      for (const [what, s] of [
        ['response', schema],
        ['body', body],
      ] as const) {
        if (!s) continue;
        const items = (s.properties as Json | undefined)?.items as Json | undefined;
        if (!s.$ref && !items?.$ref && !(items?.items as Json | undefined)?.$ref)
          anonymous.push(
            `${method.toUpperCase()} ${path} ${what}: export the schema from a module in CONTRACT_MODULES or .meta({ id })`,
          );
      }
    }
    expect(anonymous).toEqual([]);
  });

  it('says once, by reference, what is common: no date pattern or resource repeated inline', () => {
    const text = JSON.stringify(committed);
    const datePattern = JSON.stringify((committed.components.schemas.IsoDate as Json).pattern);
    // Once in IsoDate; a module that can't import schemas.ts (unit-facts.ts) may hold its own.
    expect(text.split(datePattern).length - 1).toBeLessThanOrEqual(3);
    for (const name of ['Hold', 'Placement', 'Request', 'Unit', 'Bed'])
      expect(committed.components.schemas[name], name).toBeDefined();
  });

  it('gives every operation a description, an example of its answer, and only the error statuses it can answer', () => {
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(String(op.description ?? '').length, where).toBeGreaterThan(10);
      const responses = op.responses as Record<string, Json>;
      const ok = Object.entries(responses).find(([s]) => s.startsWith('2'))?.[1] as Json;
      const json = Object.entries(ok.content as Json).find(([type]) => /json$/.test(type))?.[1] as Json;
      expect(json.example, where).toBeDefined();
      expect(Object.keys(responses).length, where).toBeLessThan(14);
    }
    const health = committed.paths['/health']?.get?.responses as Json;
    expect(Object.keys(health)).not.toContain('401');
    const hold = committed.paths['/v1/holds']?.post?.responses as Json;
    expect(Object.keys(hold)).toEqual(expect.arrayContaining(['201', '409', '428', '429', '503']));
  });

  it('keeps responses open (tolerant reader) and requests strict', () => {
    const schemas = committed.components.schemas;
    expect((schemas.Hold as Json).additionalProperties).toBeUndefined();
    expect((schemas.CreateHoldBody as Json).additionalProperties).toBe(false);
  });

  it('every example in the document validates against its own schema (ajv, JSON Schema 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const id = 'https://secure-beds.example/openapi.json';
    ajv.addSchema({ ...committed, $id: id });
    const failures: string[] = [];
    for (const [name, schema] of Object.entries(committed.components.schemas)) {
      for (const example of (schema.examples as unknown[] | undefined) ?? []) {
        const v = ajv.compile({ $ref: `${id}#/components/schemas/${name}` });
        if (!v(example)) failures.push(`${name}: ${ajv.errorsText(v.errors)}`);
      }
    }
    for (const { path, method, op } of operations()) {
      const ptr = `/paths/${path.replaceAll('/', '~1')}/${method}`;
      for (const [status, r] of Object.entries(op.responses as Record<string, Json>)) {
        const [type, media] = (Object.entries((r.content ?? {}) as Json).find(([t]) => /json$/.test(t)) ??
          []) as [string | undefined, Json | undefined];
        if (!type || !media?.example) continue;
        const v = ajv.compile({
          $ref: `${id}#${ptr}/responses/${status}/content/${type.replace('/', '~1')}/schema`,
        });
        if (!v(media.example)) failures.push(`${method} ${path} ${status}: ${ajv.errorsText(v.errors)}`);
      }
    }
    expect(failures.join('\n')).toBe('');
  });

  it('offers OAuth2 client credentials with one provider:<id> scope per provider beside the bearer scheme', () => {
    const schemes = (committed.components as Json).securitySchemes as Record<string, Json>;
    expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const flow = ((schemes.oauth2 as Json).flows as Json).clientCredentials as Json;
    expect(String(flow.tokenUrl)).toMatch(/^https:\/\/.+\/oauth2\/token$/);
    expect(Object.keys(flow.scopes as Json).every((s) => /^secure-beds\/provider:[\w-]+$/.test(s))).toBe(
      true,
    );
    expect(committed.servers.map((s) => s.url)).toContain('http://localhost:3000');
  });
});
