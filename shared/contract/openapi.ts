/**
 * The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas
 * (`npm run openapi`; a test fails when the committed openapi.json drifts).
 *
 * To give a new schema a name in `components.schemas`, export it under a capitalised name from a
 * module listed in CONTRACT_MODULES (shared/contract/openapi-schemas.ts), or call
 * `.meta({ id: 'Name' })` on it. Write its example in shared/contract/examples.ts if its values
 * follow a pattern. A route's error responses are derived from its definition
 * (shared/contract/openapi-problems.ts); name the handler's own outcomes in `route.problems`.
 */
import { readFileSync } from 'node:fs';
import { LOCAL_AUTHORITIES } from '../data/local-authorities.js';
import { REGISTER_UNITS } from '../data/register.js';
import type { RouteDef } from '../http/types.js';
import {
  API_VERSION,
  CHILD_REF_DESCRIPTION,
  HOME_LA_DESCRIPTION,
  infoDescription,
  LEGAL_BASIS_DESCRIPTION,
  TAG_DESCRIPTIONS,
} from './api-guide.js';
import { LEGAL_BASES_BY_STREAM, STREAMS } from './enums.js';
import { EXAMPLES } from './examples.js';
import { exampleFor } from './openapi-examples.js';
import { errorResponses, HEADER_REFS, HEADERS, METHOD_NOT_ALLOWED } from './openapi-problems.js';
import { components, type Json, resetComponents, schemaOf } from './openapi-schemas.js';
import { Problem } from './schemas.js';

/** Where the document says the API lives: the deployed URL (CDK context or env) and localhost. */
interface ServerConfig {
  /** The deployed API's base URL, e.g. https://api.example.gov.uk (cdk.json context `apiUrl`). */
  apiUrl?: string;
  /** Cognito's token endpoint (context `authDomainPrefix` and `region` build it when unset). */
  tokenUrl?: string;
}

/** The committed document's settings: cdk.json's context, the same values `cdk deploy` uses. */
export function serverConfigFromCdk(): ServerConfig {
  try {
    const cdk = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
      context?: Record<string, unknown>;
    };
    const ctx = cdk.context ?? {};
    const region = typeof ctx.region === 'string' ? ctx.region : 'eu-west-2';
    const prefix = typeof ctx.authDomainPrefix === 'string' ? ctx.authDomainPrefix : undefined;
    return {
      apiUrl: typeof ctx.apiUrl === 'string' ? ctx.apiUrl : undefined,
      tokenUrl: prefix ? `https://${prefix}.auth.${region}.amazoncognito.com/oauth2/token` : undefined,
    };
  } catch {
    return {};
  }
}

/** One scope per provider in the register, as Cognito's resource server defines them (infra/auth.ts). */
function providerScopes(): Record<string, string> {
  const ids = [...new Set(REGISTER_UNITS.map((u) => u.providerId))].sort();
  return Object.fromEntries(ids.map((id) => [`secure-beds/provider:${id}`, `Act as provider ${id}`]));
}

const operationId = (route: RouteDef) =>
  `${route.method.toLowerCase()}${route.path
    .replace(/\{(\w+)\}/g, 'By-$1')
    .replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`;

function parametersOf(route: RouteDef): Json[] {
  const params: Json[] = [];
  const pathProps = route.params ? ((schemaOf(route.params, 'input').properties ?? {}) as Json) : {};
  for (const name of [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)) {
    params.push({
      name,
      in: 'path',
      required: true,
      schema: pathProps[name] ?? { $ref: '#/components/schemas/Id' },
    });
  }
  if (route.query) {
    const q = schemaOf(route.query, 'input');
    const required = new Set((q.required as string[] | undefined) ?? []);
    for (const [name, s] of Object.entries((q.properties as Json | undefined) ?? {})) {
      params.push({ name, in: 'query', required: required.has(name), schema: s });
    }
  }
  if (route.ifMatch)
    params.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: "The record's current strong ETag, from its last read or change.",
      schema: { type: 'string', maxLength: 40, pattern: '^"[^"]*"$' },
    });
  if (route.idempotent || route.creates) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: Boolean(route.creates),
      description: `${route.creates ? 'Required (428 without it). ' : ''}A key you choose per intended change (a UUID). Retries with the same key return the first outcome; a different body answers 422.`,
      schema: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9._:-]{1,128}$' },
    });
  }
  return params;
}

function describe(route: RouteDef): string {
  const who =
    route.policy === 'public'
      ? 'No token needed.'
      : `Roles: ${[...route.policy].map((r) => `\`${r}\``).join(', ')}.`;
  const facts = [
    route.creates
      ? 'Send `Idempotency-Key` (required).'
      : route.idempotent
        ? 'Send `Idempotency-Key` to retry safely.'
        : '',
    route.ifMatch ? 'Send `If-Match` with the current `ETag`.' : '',
    route.csv ? 'Send `Accept: text/csv` for the same tables as CSV.' : '',
  ].filter(Boolean);
  return [route.description ?? `${route.summary}.`, who, ...facts].join(' ');
}

function operationOf(route: RouteDef, responses: Record<string, Json>): Json {
  const ok = String(route.successStatus ?? 200);
  const schema = route.response ? schemaOf(route.response, 'output') : { type: 'object' };
  const headers: Json = { 'x-request-id': HEADER_REFS.requestId };
  // One record created: its Location. (A call that creates several answers a list, no Location.)
  if (ok === '201' && !(schema.properties as Json | undefined)?.items)
    headers.Location = HEADER_REFS.location;
  if (route.ifMatch) headers.ETag = HEADER_REFS.etag;
  const content: Json = { [route.mediaType ?? 'application/json']: { schema } };
  if (route.csv) content['text/csv'] = { schema: { type: 'string', maxLength: 10_000_000 } };
  const operation: Json = {
    operationId: operationId(route),
    summary: route.summary,
    description: describe(route),
    tags: [route.group],
    'x-roles': route.policy === 'public' ? ['public'] : [...route.policy],
    parameters: parametersOf(route),
    responses: {
      [ok]: { description: route.summary, headers, content },
      ...errorResponses(route, responses),
    },
    security:
      route.policy === 'public'
        ? []
        : [{ bearer: [] }, ...(route.policy.includes('provider') ? [{ oauth2: [] }] : [])],
  };
  if (route.body) {
    operation.requestBody = {
      required: true,
      content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
    };
  }
  return operation;
}

/** Server-enforced rules written into the schemas a client reads (see api-guide.ts). */
function enrich(schemas: Record<string, Json>): void {
  const homeLa = schemas.HomeLaCode;
  if (homeLa) {
    schemas.HomeLaCode = {
      ...homeLa,
      description: HOME_LA_DESCRIPTION,
      enum: LOCAL_AUTHORITIES.map((la) => la.code).sort(),
      'x-enum-descriptions': Object.fromEntries(LOCAL_AUTHORITIES.map((la) => [la.code, la.name])),
    };
  }
  if (schemas.ChildRef) schemas.ChildRef = { ...schemas.ChildRef, description: CHILD_REF_DESCRIPTION };
  for (const name of ['CreateRequestBody', 'CreateRequestBodyInput']) {
    const body = schemas[name];
    if (!body) continue;
    schemas[name] = {
      ...body,
      description: `${(body.description as string | undefined) ?? 'A request for a secure bed for one child.'}\n\n${LEGAL_BASIS_DESCRIPTION}`,
      // Machine-readable as well as written: which legal bases each stream takes. (As JSON Schema
      // if/then it confuses validators that close `then` with the parent's additionalProperties.)
      'x-legal-bases-by-stream': Object.fromEntries(
        STREAMS.map((st) => [st, [...LEGAL_BASES_BY_STREAM[st]]]),
      ),
    };
  }
}

/** Every operation and every object component carries an example, built where none is written. */
function addExamples(paths: Record<string, Json>, schemas: Record<string, Json>): void {
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.examples) continue;
    // zod leaves metadata examples out of some request-side schemas: put the written one back.
    const written = EXAMPLES[name] ?? EXAMPLES[name.replace(/Input$/, '')];
    if (written !== undefined) schemas[name] = { ...schema, examples: [written] };
    else if (schema.type === 'object' || schema.anyOf)
      schemas[name] = { ...schema, examples: [exampleFor(schema, schemas)] };
  }
  for (const item of Object.values(paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      const op = value as Json;
      const responses = op.responses as Record<string, Json>;
      for (const [status, response] of Object.entries(responses)) {
        if (!status.startsWith('2')) continue;
        // application/json, or FHIR's application/fhir+json; text/csv has no example to build.
        for (const [type, media] of Object.entries(response.content as Json)) {
          if (!/json$/.test(type)) continue;
          const json = media as Json;
          json.example = exampleFor(json.schema as Json, schemas);
        }
      }
      const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
      const media = body?.['application/json'] as Json | undefined;
      if (media) media.example = exampleFor(media.schema as Json, schemas);
    }
  }
}

/** The OpenAPI 3.1 document of the API, from the route table's zod schemas. */
export function openApiDocument(
  routes: readonly RouteDef[],
  config: ServerConfig = serverConfigFromCdk(),
): Json {
  resetComponents();
  const paths: Record<string, Json> = {};
  const responses: Record<string, Json> = { MethodNotAllowed: METHOD_NOT_ALLOWED };
  for (const route of routes) {
    const operation = operationOf(route, responses);
    if (route.localOnly) {
      // Described so a developer can write a client from the document alone, but never deployed.
      operation['x-local-only'] = true;
      operation.description = `${operation.description as string} Local server only: never deployed.`;
    }
    const item: Json = { ...paths[route.path], [route.method.toLowerCase()]: operation };
    if (route.localOnly)
      item.servers = [
        { url: 'http://localhost:3000', description: 'The local server (npm start)', 'x-internal': true },
      ];
    paths[route.path] = item;
  }
  const problem = schemaOf(Problem, 'output');
  const built = components();
  const text = built.rename(JSON.stringify({ paths, problem }));
  const renamed = JSON.parse(text) as { paths: Record<string, Json>; problem: Json };
  const schemas: Record<string, Json> = { ...built.schemas };
  if (!schemas.Problem) schemas.Problem = renamed.problem;
  enrich(schemas);
  addExamples(renamed.paths, schemas);
  const tags = [...new Set(routes.map((r) => r.group))].map((name) => ({
    name,
    description: TAG_DESCRIPTIONS[name] ?? name,
  }));
  const tokenUrl = config.tokenUrl ?? 'https://secure-beds.auth.eu-west-2.amazoncognito.com/oauth2/token';
  return {
    openapi: '3.1.0',
    info: {
      title: 'Secure beds for children in England',
      version: API_VERSION,
      summary: 'Find, hold and place children in secure beds across England, and see the pooled picture.',
      description: infoDescription(),
      contact: {
        name: 'National secure-bed coordination (illustrative)',
        email: 'secure-beds@example.gov.uk',
      },
      license: { name: 'Open Government Licence v3.0', identifier: 'OGL-UK-3.0' },
      'x-deprecation-policy': 'docs/api-versioning.md',
    },
    servers: [
      config.apiUrl
        ? {
            url: config.apiUrl,
            description: 'Deployed (from CDK context apiUrl or API_URL)',
            'x-internal': false,
          }
        : {
            url: 'https://{apiId}.execute-api.{region}.amazonaws.com/{stage}',
            description: 'Deployed: the API Gateway stage (set context apiUrl for a custom domain)',
            'x-internal': false,
            variables: {
              apiId: { default: 'abc123defg', description: 'The REST API id from `cdk deploy`' },
              region: { default: 'eu-west-2', enum: ['eu-west-2'] },
              stage: { default: 'v1', description: 'The stage name' },
            },
          },
      { url: 'http://localhost:3000', description: 'The local server (npm start)', 'x-internal': true },
    ],
    tags,
    paths: renamed.paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'A person signed in through the Cognito user pool: the ID token, a JWT (RS256, short-lived, claims `role` and `org`), handled per RFC8725 (JWT best current practices). Locally, from POST /local/token.',
        },
        oauth2: {
          type: 'oauth2',
          description:
            'Provider systems: OAuth 2.0 client credentials. Each provider has one client holding only its own scope, `secure-beds/provider:<providerId>` (listed in the `x-scope-pattern`); the token acts as that provider. Access tokens are JWTs (RFC8725) that expire after one hour; ask for a new one, there is no refresh token in this flow.',
          'x-scope-pattern': 'secure-beds/provider:{providerId}',
          flows: { clientCredentials: { tokenUrl, scopes: providerScopes() } },
        },
      },
      headers: HEADERS,
      responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
      schemas,
    },
  };
}
