import * as z from 'zod';
import type { RouteDef } from '../http/types.js';
import { Problem } from './schemas.js';

type Json = Record<string, unknown>;

const ERRORS: Record<string, string> = {
  '400': 'validation_failed',
  '401': 'unauthenticated',
  '403': 'forbidden',
  '404': 'not_found',
  '409': 'no_bed_available, invalid_transition or hold_exists',
  '412': 'version_mismatch',
  '413': 'payload_too_large',
  '415': 'unsupported_media_type',
  '422': 'idempotency_key_reused',
  '428': 'precondition_required',
  '429': 'rate_limited',
  '503': 'unavailable',
};

/** Schemas given an id with `.meta({ id })` go once into components and are referenced. */
const components: Record<string, Json> = {};

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'openapi-3.0',
    reused: 'inline',
  }) as Json;
  delete json.$schema;
  const defs = (json.$defs ?? json.definitions) as Record<string, Json> | undefined;
  delete json.$defs;
  delete json.definitions;
  for (const [name, def] of Object.entries(defs ?? {})) components[name] = def;
  return JSON.parse(
    JSON.stringify(json)
      .replaceAll('"#/$defs/', '"#/components/schemas/')
      .replaceAll('"#/definitions/', '"#/components/schemas/'),
  ) as Json;
}

function parametersOf(route: RouteDef): Json[] {
  const params: Json[] = [];
  for (const name of [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)) {
    const shape = route.params
      ? (schemaOf(route.params, 'input').properties as Json | undefined)?.[name]
      : undefined;
    params.push({ name, in: 'path', required: true, schema: shape ?? { type: 'string' } });
  }
  if (route.query) {
    const q = schemaOf(route.query, 'input');
    const required = new Set((q.required as string[] | undefined) ?? []);
    for (const [name, s] of Object.entries((q.properties as Json | undefined) ?? {})) {
      params.push({ name, in: 'query', required: required.has(name), schema: s });
    }
  }
  if (route.ifMatch)
    params.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
  if (route.idempotent) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Retries with the same key return the first outcome; a different body answers 422.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
    });
  }
  return params;
}

/** The OpenAPI 3 document of the deployed API, generated from the route table's zod schemas. */
export function openApiDocument(routes: readonly RouteDef[]): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes.filter((r) => !r.localOnly)) {
    const ok = String(route.successStatus ?? 200);
    const responses: Json = {
      [ok]: {
        description: route.summary,
        content: {
          'application/json': {
            schema: route.response ? schemaOf(route.response, 'output') : { type: 'object' },
          },
          ...(route.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
        },
      },
    };
    for (const [status, codes] of Object.entries(ERRORS)) {
      if (route.policy === 'public' && ['401', '403', '428', '412', '422'].includes(status)) continue;
      responses[status] = {
        description: codes,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    const operation: Json = {
      operationId: `${route.method.toLowerCase()}${route.path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      summary: route.summary,
      tags: [route.group],
      'x-roles': route.policy === 'public' ? ['public'] : [...route.policy],
      parameters: parametersOf(route),
      responses,
      security: route.policy === 'public' ? [] : [{ bearer: [] }],
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
      };
    }
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Secure beds for children in England',
      version: '1.0.0',
      description:
        'The national register of secure beds, short-notice holds, placements and the pooled commissioning picture. Generated from the zod schemas by `npm run openapi`.',
    },
    servers: [{ url: 'http://localhost:3000' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: schemaOf(Problem, 'output'),
        ...Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      },
    },
    paths,
  };
}
