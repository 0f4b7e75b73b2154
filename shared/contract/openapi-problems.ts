import type { ProblemCode } from '../domain/errors.js';
import { PROBLEMS } from '../http/problem.js';
import type { RouteDef } from '../http/types.js';
import type { Role } from './enums.js';
import type { Json } from './openapi-schemas.js';

const ALL_ROLES: readonly Role[] = ['la', 'provider', 'coordinator', 'commissioner'];

/** Codes the SPEC names that the problem table may not map yet (answered by the router or later work). */
const EXTRA: ReadonlyArray<{ code: string; status: number; title: string }> = [
  { code: 'idempotency_in_progress', status: 409, title: 'The first call with this key is still running' },
];

function tableEntry(code: string) {
  return PROBLEMS.find((p) => p.code === code) ?? EXTRA.find((p) => p.code === code);
}

/**
 * Which problems one operation can answer, from the facts of its route: every route may be
 * invalid (400), rate limited (429) or find the store unavailable (503); a route with a policy
 * may be unauthenticated (401) and, unless every role may call it, forbidden (403); a path with
 * an id may not be found (404), and a change to it may meet the wrong state (409); a body may be too large (413) or not JSON (415); If-Match brings
 * 428 and 412; an Idempotency-Key brings 422 and 409 idempotency_in_progress, and 428 where the
 * POST creates. The handler's own outcomes (409 no_bed_available…) come from `route.problems`.
 */
function problemCodes(route: RouteDef): ProblemCode[] {
  const codes = new Set<ProblemCode>(['validation_failed', 'rate_limited', 'unavailable']);
  if (route.policy !== 'public') {
    codes.add('unauthenticated');
    if (ALL_ROLES.some((role) => !(route.policy as readonly Role[]).includes(role))) codes.add('forbidden');
  }
  if (route.path.includes('{')) codes.add('not_found');
  // A change to an existing record may find it in a state that forbids the change.
  if (route.method !== 'GET' && route.path.includes('{')) codes.add('invalid_transition');
  if (route.method !== 'GET') codes.add('payload_too_large');
  if (route.body) codes.add('unsupported_media_type');
  if (route.ifMatch) {
    codes.add('precondition_required');
    codes.add('version_mismatch');
  }
  if (route.idempotent) {
    codes.add('idempotency_key_reused');
    codes.add('idempotency_in_progress');
  }
  if (route.creates) codes.add('precondition_required');
  for (const code of route.problems ?? []) codes.add(code);
  return [...codes];
}

export const HEADER_REFS = {
  requestId: { $ref: '#/components/headers/RequestId' },
  retryAfter: { $ref: '#/components/headers/RetryAfter' },
  location: { $ref: '#/components/headers/Location' },
  etag: { $ref: '#/components/headers/ETag' },
  allow: { $ref: '#/components/headers/Allow' },
};

/** The reusable response headers, each described once. */
export const HEADERS: Record<string, Json> = {
  RequestId: {
    required: true,
    description:
      'The id of this request in our logs. Quote it when you report a problem; send your own `x-request-id` to correlate (deployed, API Gateway assigns it).',
    schema: { type: 'string', maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
  },
  RetryAfter: {
    required: true,
    description:
      'Seconds to wait before retrying. On 429, 503 and 409 `idempotency_in_progress`: retry the SAME request with the SAME `Idempotency-Key`, after at least this long.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 3600 },
  },
  Location: {
    required: true,
    description: 'The path of the record this call created (e.g. `/v1/holds/h-123`).',
    schema: { type: 'string', maxLength: 200, pattern: '^/[A-Za-z0-9/_-]+$' },
  },
  ETag: {
    required: true,
    description:
      'The strong entity tag of the record now (`"7"`). Send it back as `If-Match` on the next change; weak tags (`W/"7"`) never match.',
    schema: { type: 'string', maxLength: 40, pattern: '^"[^"]*"$' },
  },
  Allow: {
    required: true,
    description: 'The methods this path takes.',
    schema: { type: 'string', maxLength: 40, pattern: '^[A-Z, ]+$' },
  },
};

const pascal = (code: string) => code.replace(/(^|_)(\w)/g, (_m, _s, c: string) => c.toUpperCase());

/**
 * The error responses of one operation, by status, each a `$ref` to a shared response named by
 * its codes (`NoBedAvailableOrHoldExists`), which `responses` collects for `components.responses`.
 */
export function errorResponses(route: RouteDef, responses: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [status, response] of Object.entries(errorResponseObjects(route))) {
    const codes = (response['x-problem-codes'] as string[]).map(pascal);
    const name = codes.join('Or');
    responses[name] = response;
    out[status] = { $ref: `#/components/responses/${name}` };
  }
  return out;
}

function errorResponseObjects(route: RouteDef): Record<string, Json> {
  const byStatus = new Map<number, { code: string; title: string }[]>();
  for (const code of problemCodes(route)) {
    const entry = tableEntry(code);
    if (!entry) throw new Error(`${route.method} ${route.path} names an unknown problem code ${code}`);
    byStatus.set(entry.status, [...(byStatus.get(entry.status) ?? []), { code, title: entry.title }]);
  }
  byStatus.set(500, [{ code: 'internal', title: 'Something went wrong' }]);
  const out: Record<string, Json> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const entries = byStatus.get(status) ?? [];
    const codes = entries.map((e) => e.code);
    const headers: Json = { 'x-request-id': HEADER_REFS.requestId };
    if (status === 429 || status === 503) headers['Retry-After'] = HEADER_REFS.retryAfter;
    else if (codes.includes('idempotency_in_progress'))
      // Shared with this status's other codes, so present only on that one.
      headers['Retry-After'] = {
        description:
          'With `idempotency_in_progress` only: seconds to wait before retrying with the same key.',
        schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 3600 },
      };
    out[String(status)] = {
      description: entries.map((e) => `\`${e.code}\`: ${e.title}`).join('; '),
      'x-problem-codes': codes,
      headers,
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Problem' },
              { type: 'object', properties: { status: { const: status }, code: { enum: codes } } },
            ],
          },
          example: {
            type: `https://secure-beds.example/problems/${(codes[0] ?? 'internal').replaceAll('_', '-')}`,
            title: entries[0]?.title ?? 'Error',
            status,
            detail: entries[0]?.title ?? 'Error',
            code: codes[0] ?? 'internal',
          },
        },
      },
    };
  }
  return out;
}

/** 405 is a property of a path, not of an operation: one shared response, with Allow. */
export const METHOD_NOT_ALLOWED: Json = {
  description: '`method_not_allowed`: this path does not take that method; `Allow` lists those it takes',
  headers: { 'x-request-id': HEADER_REFS.requestId, Allow: HEADER_REFS.allow },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
