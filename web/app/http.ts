import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { readBody } from '../../shared/http/node-adapter.js';
import { trimPath } from '../../shared/http/paths.js';
import { MAX_BODY_BYTES } from '../../shared/http/router.js';

/**
 * A console request however it arrived (the local Node server or API Gateway in front of the
 * console's Lambda), so every step below sees one shape.
 */
export interface WebRequest {
  method: string;
  url: URL;
  /** The path without trailing slashes. */
  path: string;
  /** Lower-case names. */
  headers: Readonly<Record<string, string | undefined>>;
  clientIp: string;
  /** The body, read once on demand; `tooLarge` past the API's own limit. */
  body(): Promise<{ text: string; tooLarge: boolean }>;
}

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  /** Each its own Set-Cookie header. */
  cookies: string[];
  body: string | Buffer;
}

const lower = (headers: Record<string, string | string[] | undefined>) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
};

export function fromNode(req: IncomingMessage): WebRequest {
  const url = new URL(req.url ?? '/', 'http://console.local');
  let body: Promise<{ text: string; tooLarge: boolean }> | undefined;
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    url,
    path: trimPath(url.pathname),
    headers: lower(req.headers),
    clientIp: req.socket.remoteAddress ?? '127.0.0.1',
    body: () => {
      body ??= readBody(req);
      return body;
    },
  };
}

export function toNode(res: ServerResponse, r: WebResponse, head: boolean): void {
  res.writeHead(r.status, { ...r.headers, ...(r.cookies.length ? { 'set-cookie': r.cookies } : {}) });
  res.end(head ? '' : r.body);
}

/** The console Lambda's event (API Gateway REST proxy, as the API's Lambdas receive) as a WebRequest. */
export function fromApiGateway(event: APIGatewayProxyEvent): WebRequest {
  const headers = lower(event.headers ?? {});
  const url = new URL(event.path || '/', 'http://console.local');
  for (const [k, v] of Object.entries(event.queryStringParameters ?? {}))
    if (v !== undefined) url.searchParams.set(k, v);
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  return {
    method: event.httpMethod.toUpperCase(),
    url,
    path: trimPath(url.pathname),
    headers,
    clientIp: event.requestContext?.identity?.sourceIp ?? 'unknown',
    body: async () => ({ text, tooLarge: Buffer.byteLength(text) > MAX_BODY_BYTES }),
  };
}

export function toApiGateway(r: WebResponse): APIGatewayProxyResult {
  const binary = Buffer.isBuffer(r.body);
  return {
    statusCode: r.status,
    headers: r.headers,
    multiValueHeaders: r.cookies.length ? { 'set-cookie': r.cookies } : {},
    body: binary ? (r.body as Buffer).toString('base64') : (r.body as string),
    isBase64Encoded: binary,
  };
}
