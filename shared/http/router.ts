import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type * as z from 'zod';
import type { Role } from '../contract/enums.js';
import { EmptyQuery } from '../contract/schemas.js';
import {
  Forbidden,
  MethodNotAllowed,
  NotFound,
  PayloadTooLarge,
  PreconditionRequired,
  RateLimited,
  UnsupportedMediaType,
  ValidationFailed,
} from '../domain/errors.js';
import { bearer, type Principal } from './auth.js';
import { idempotencyKey } from './idempotency.js';
import { runInTransaction } from './idempotency-in-transaction.js';
import { compilePath, matchPath, type PathPattern, trimPath } from './paths.js';
import { fieldErrors, problemHeaders, toProblem } from './problem.js';
import { RateLimiter } from './rate-limit.js';
import type { Deps, Reply, RouteDef } from './types.js';

export const MAX_BODY_BYTES = 64 * 1024;

/** Headers on every API response: no sniffing, no framing, no caching of child-level data. */
export const SECURITY_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
};

interface Compiled extends PathPattern {
  def: RouteDef;
}

const compile = (def: RouteDef): Compiled => ({ def, ...compilePath(def.path) });

function lowerHeaders(headers: Record<string, string | undefined> | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) out[k.toLowerCase()] = v;
  return out;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, field: string): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationFailed(fieldErrors(result.error, field));
  return result.data;
}

/**
 * RATE_LIMIT (requests per second per client) as two buckets. Per address, checked before the
 * token is read: ten times the rate, so that an office behind one address is not one client, but
 * a request that fails authentication costs ten, so anonymous or bad-token floods get RATE_LIMIT
 * per address. Per user (the token's `sub`), after authentication: RATE_LIMIT, so one busy user
 * slows only themself, not their whole organisation.
 */
export const ADDRESS_FACTOR = 10;

function requestLimits(perSecond: number) {
  const byAddress = new RateLimiter(perSecond * ADDRESS_FACTOR);
  const byUser = new RateLimiter(perSecond);
  const refuse = (limiter: RateLimiter, key: string, now: number, who: string): never => {
    throw new RateLimited(`Slow down: too many requests from this ${who}`, limiter.retryAfter(key, now));
  };
  return {
    beforeAuth(address: string, now: number) {
      if (!byAddress.take(address, now)) refuse(byAddress, address, now, 'address');
    },
    failedAuth(address: string, now: number) {
      byAddress.take(address, now, ADDRESS_FACTOR - 1);
    },
    afterAuth(sub: string, now: number) {
      if (!byUser.take(sub, now)) refuse(byUser, sub, now, 'user');
    },
  };
}

export interface Router {
  handle(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult>;
  routes: readonly RouteDef[];
}

/**
 * The one dispatcher the Lambdas and the local server share: match, authenticate, authorise
 * by the route's declared policy, validate every input with its schema, run (idempotently
 * where declared), and answer JSON, CSV or problem+json.
 */
export function createRouter(routes: readonly RouteDef[], deps: Deps): Router {
  const compiled = routes.map(compile);
  const limits = deps.rateLimit ? requestLimits(deps.rateLimit) : undefined;

  async function dispatch(
    event: APIGatewayProxyEvent,
    headers: Record<string, string>,
    requestId: string,
  ): Promise<Reply> {
    const address = event.requestContext?.identity?.sourceIp || 'unknown';
    // Before anything else, authentication included: a flood is turned away by its address.
    limits?.beforeAuth(address, deps.clock().getTime());
    const path = trimPath(event.path);
    const onPath = compiled.filter((c) => c.pattern.test(path));
    if (onPath.length === 0) throw new NotFound('There is nothing at this address');
    const match = onPath.find((c) => c.def.method === event.httpMethod);
    if (!match)
      throw new MethodNotAllowed(
        onPath.map((c) => c.def.method),
        `Use ${onPath.map((c) => c.def.method).join(' or ')}`,
      );
    const { def } = match;

    let principal: Principal | undefined;
    if (def.policy !== 'public') {
      try {
        principal = await deps.verifier.verify(bearer(headers.authorization));
      } catch (error) {
        limits?.failedAuth(address, deps.clock().getTime());
        throw error;
      }
      limits?.afterAuth(principal.sub, deps.clock().getTime());
      if (!(def.policy as readonly Role[]).includes(principal.role)) {
        throw new Forbidden(`A ${principal.role} cannot use ${def.method} ${def.path}`);
      }
    }
    const now = deps.clock();

    const rawParams: Record<string, string> = {};
    for (const [n, raw] of Object.entries(matchPath(match, path) ?? {})) {
      try {
        rawParams[n] = decodeURIComponent(raw);
      } catch {
        rawParams[n] = '\u0000'; // undecodable: the schema refuses it
      }
    }
    const params = parse(def.params ?? EmptyQuery, rawParams, 'path');
    const query = parse(def.query ?? EmptyQuery, queryOf(event), 'query');
    const body = parse(def.body, readBody(event, headers, def), 'body');

    const ctx = {
      params,
      query,
      body,
      principal: principal as Principal,
      headers,
      now,
      deps,
      requestId,
      accept: headers.accept ?? '',
    };
    const key = def.idempotent || def.creates ? idempotencyKey(headers['idempotency-key']) : undefined;
    if (def.creates && key === undefined) {
      // Without a key a retry after a lost answer would create a second record (SPEC: 428).
      throw new PreconditionRequired(
        'Send an Idempotency-Key header: a key you choose for this change, reused on retries',
      );
    }
    const scope = (k: string, p: Principal) => ({
      caller: `${p.role}:${p.org}`,
      route: `${def.method} ${def.path}:${JSON.stringify(params)}`,
      key: k,
      body,
    });
    if (key && principal && def.idempotent) {
      // The handler commits the key's record in its own transaction (decisions 0010, 0012).
      return runInTransaction(deps.store.db, scope(key, principal), now, (once) =>
        def.handler({ ...ctx, once }),
      );
    }
    return def.handler(ctx);
  }

  return {
    routes,
    async handle(event) {
      const headers = lowerHeaders(event.headers);
      const requestId = event.requestContext?.requestId ?? headers['x-request-id'] ?? 'local';
      const started = Date.now();
      let reply: Reply;
      let error: unknown;
      try {
        reply = await dispatch(event, headers, requestId);
      } catch (e) {
        error = e;
        const problem = toProblem(e);
        reply = {
          status: problem.status,
          body: problem,
          headers: problemHeaders(e),
        };
      }
      const status = reply.status;
      const log = {
        method: event.httpMethod,
        path: event.resource ?? event.path,
        status,
        ms: Date.now() - started,
        requestId,
      };
      const why = error instanceof Error ? { name: error.name, message: error.message } : String(error);
      // A 503 is the store stalling (expected under faults, and answered well); a 500 is our bug.
      if (status === 503) deps.logger.warn('store unavailable', { ...log, error: why });
      else if (status >= 500) deps.logger.error('request failed', { ...log, error: why });
      else deps.logger.info('request', log);
      return render(reply, headers.accept ?? '', requestId);
    },
  };
}

/**
 * The query string as one value per name. A name given twice is refused rather than resolved:
 * API Gateway, WAF and the handler could each pick a different one (parameter pollution).
 */
function queryOf(event: APIGatewayProxyEvent): Record<string, string | undefined> {
  const repeated = Object.entries(event.multiValueQueryStringParameters ?? {})
    .filter(([, values]) => (values?.length ?? 0) > 1)
    .map(([name]) => ({ field: `query.${name}`, message: 'is given more than once' }));
  if (repeated.length) throw new ValidationFailed(repeated);
  return event.queryStringParameters ?? {};
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const LONE_SURROGATE = /\p{Cs}/u;

/** JSON whose strings (keys and values) are well-formed Unicode: a lone surrogate can't be stored faithfully. */
function parseJson(text: string): unknown {
  return JSON.parse(text, (name, value: unknown) => {
    if (LONE_SURROGATE.test(name) || (typeof value === 'string' && LONE_SURROGATE.test(value))) {
      throw new ValidationFailed([{ field: 'body', message: 'has text that is not well-formed Unicode' }]);
    }
    return value;
  });
}

function readBody(event: APIGatewayProxyEvent, headers: Record<string, string>, def: RouteDef): unknown {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw, 'utf8');
  if (bytes > MAX_BODY_BYTES) throw new PayloadTooLarge(`The body is over ${MAX_BODY_BYTES / 1024} KiB`);
  if (!def.body) {
    if (raw.trim() !== '' && raw.trim() !== '{}') {
      throw new ValidationFailed([{ field: 'body', message: 'this route takes no body' }]);
    }
    return undefined;
  }
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (raw.trim() === '' && def.method !== 'GET') {
    if (type && type !== 'application/json')
      throw new UnsupportedMediaType('Send the body as application/json');
    return {};
  }
  if (type !== 'application/json') throw new UnsupportedMediaType('Send the body as application/json');
  let text = raw;
  if (event.isBase64Encoded) {
    try {
      text = utf8.decode(Buffer.from(raw, 'base64'));
    } catch {
      // A lenient decode would turn the bad bytes into U+FFFD and store a reference nobody sent.
      throw new ValidationFailed([{ field: 'body', message: 'is not valid UTF-8' }]);
    }
  }
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof ValidationFailed) throw error;
    throw new ValidationFailed([{ field: 'body', message: 'is not valid JSON' }]);
  }
}

function render(reply: Reply, accept: string, requestId: string): APIGatewayProxyResult {
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'x-request-id': requestId,
    ...(reply.headers ?? {}),
  };
  if (reply.status >= 400) {
    // SPEC: 429 and 503 always say when to retry; a handler may say more precisely.
    if ((reply.status === 429 || reply.status === 503) && !headers['retry-after'])
      headers['retry-after'] = '1';
    headers['content-type'] = 'application/problem+json';
    return { statusCode: reply.status, headers, body: JSON.stringify(reply.body) };
  }
  if (reply.csv && /\btext\/csv\b/i.test(accept)) {
    headers['content-type'] = 'text/csv; charset=utf-8';
    return { statusCode: reply.status, headers, body: reply.csv() };
  }
  if (reply.body === undefined) return { statusCode: reply.status, headers, body: '' };
  headers['content-type'] = reply.contentType ?? 'application/json';
  return { statusCode: reply.status, headers, body: JSON.stringify(reply.body) };
}
