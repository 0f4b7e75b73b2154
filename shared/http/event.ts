import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';

/** What a caller knows of a request: the rest of the event is filled in as API Gateway would. */
interface EventParts {
  method: string;
  /** As it arrives, %-escapes and all: the router decodes it. */
  path: string;
  /** The route's template (`/v1/holds/{id}`) where the caller knows it; else the path. */
  resource?: string;
  headers?: Record<string, string>;
  /** Name and value pairs in order; a name may repeat (the router refuses that, as it must). */
  query?: Iterable<[string, string]>;
  /** Text as is; bytes travel as base64 (`isBase64Encoded`), the way API Gateway sends binary. */
  body?: string | Buffer | null;
  requestId?: string;
  /** The caller's address; left out, the router meters the call as from an unknown address. */
  sourceIp?: string;
}

/**
 * The API Gateway REST proxy event for a request: the one builder the local server, the console,
 * the bench and the tests use, so each runs the router on the event the Lambdas receive.
 */
export function apiGatewayEvent(p: EventParts): APIGatewayProxyEvent {
  // Built as API Gateway's JSON would be: every name its own property, even `__proto__`.
  const pairs = [...(p.query ?? [])];
  const single = Object.fromEntries(pairs);
  const grouped = new Map<string, string[]>();
  for (const [k, v] of pairs) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  const body = p.body ?? null;
  const binary = Buffer.isBuffer(body);
  return {
    httpMethod: p.method,
    path: p.path,
    resource: p.resource ?? p.path,
    headers: p.headers ?? {},
    multiValueHeaders: {},
    queryStringParameters: pairs.length ? single : null,
    multiValueQueryStringParameters: pairs.length ? Object.fromEntries(grouped) : null,
    pathParameters: null,
    stageVariables: null,
    body: Buffer.isBuffer(body) ? body.toString('base64') : body,
    isBase64Encoded: binary,
    requestContext: {
      requestId: p.requestId ?? randomUUID(),
      identity: { sourceIp: p.sourceIp },
    } as APIGatewayProxyEvent['requestContext'],
  };
}
