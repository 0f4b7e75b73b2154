import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { MAX_BODY_BYTES } from './router.js';

/** Reads a request body, stopping early (and saying so) once it passes the limit. */
export async function readBody(
  req: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<{ text: string; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.resume();
      return { text: '', tooLarge: true };
    }
    chunks.push(chunk as Buffer);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), tooLarge: false };
}

/**
 * Turns a Node request into the API Gateway REST proxy event the Lambdas receive, so the local
 * server runs exactly the handler code that is deployed. Only this adapter is local.
 */
export function toApiGatewayEvent(
  req: IncomingMessage,
  body: string,
  tooLarge: boolean,
): APIGatewayProxyEvent {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  // Built as API Gateway's JSON would be: every name its own property, even `__proto__`.
  const query = Object.fromEntries(url.searchParams);
  const grouped = new Map<string, string[]>();
  for (const [k, v] of url.searchParams) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  const multi = Object.fromEntries(grouped);
  const requestId = randomUUID();
  return {
    httpMethod: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    resource: url.pathname,
    headers,
    multiValueHeaders: {},
    queryStringParameters: Object.keys(query).length ? query : null,
    multiValueQueryStringParameters: Object.keys(multi).length ? multi : null,
    pathParameters: null,
    stageVariables: null,
    // An over-limit body is replaced by a marker of the right size class, so the router answers 413.
    body: tooLarge ? 'x'.repeat(MAX_BODY_BYTES + 1) : body,
    isBase64Encoded: false,
    requestContext: {
      requestId,
      identity: { sourceIp: req.socket.remoteAddress ?? '127.0.0.1' },
    } as APIGatewayProxyEvent['requestContext'],
  };
}

export function writeResult(res: ServerResponse, result: APIGatewayProxyResult): void {
  const headers: Record<string, string | number | boolean> = { ...(result.headers ?? {}) };
  res.writeHead(result.statusCode, headers as Record<string, string>);
  res.end(result.body);
}
