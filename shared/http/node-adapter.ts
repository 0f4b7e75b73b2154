import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { apiGatewayEvent } from './event.js';
import { MAX_BODY_BYTES } from './router.js';

/**
 * How long the local server waits for a client. Node's defaults let a slow body hold a connection
 * for 300 s; these bound the headers to 10 s and the whole request to 30 s (Node answers 408 and
 * closes). Deployed, API Gateway receives the whole request before invoking a Lambda, so a slow
 * client never holds one; its own limits are in README ("Time limits").
 */
export interface ServerLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** How often Node checks the two timeouts above (its default, 30 s, would let them overrun). */
  checkEveryMs: number;
}

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkEveryMs: 1_000,
};

/** The client went away before its request was read: nothing to answer, nothing went wrong here. */
export class ClientAborted extends Error {
  override readonly name = 'ClientAborted';
}

/**
 * Reads a request body, answering as soon as it passes the limit (and saying so). The rest is
 * drained and dropped rather than the stream destroyed, so the 413 can still be written.
 * `raw` is the bytes as sent, so that a body that is not UTF-8 can be refused, not repaired.
 */
export function readBody(
  req: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<{ text: string; tooLarge: boolean; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData).off('end', onEnd);
        req.resume();
        resolve({ text: '', tooLarge: true, raw: Buffer.alloc(0) });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      const raw = Buffer.concat(chunks);
      resolve({ text: raw.toString('utf8'), tooLarge: false, raw });
    };
    const onAbort = () => reject(new ClientAborted('the client closed the connection mid-request'));
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('aborted', onAbort);
    req.on('close', () => {
      if (!req.complete) onAbort();
    });
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Buffer) => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * Turns a Node request into the API Gateway REST proxy event the Lambdas receive, so the local
 * server runs exactly the handler code that is deployed. Only this adapter is local.
 */
export function toApiGatewayEvent(
  req: IncomingMessage,
  body: string,
  tooLarge: boolean,
  raw?: Buffer,
): APIGatewayProxyEvent {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  // Bytes that are not UTF-8 travel as base64, as API Gateway sends binary, for the router to refuse.
  const binary = !tooLarge && raw !== undefined && !isUtf8(raw);
  return apiGatewayEvent({
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    headers,
    query: url.searchParams,
    // An over-limit body is replaced by a marker of the right size class, so the router answers 413.
    body: tooLarge ? 'x'.repeat(MAX_BODY_BYTES + 1) : binary ? raw : body,
    sourceIp: req.socket?.remoteAddress ?? '127.0.0.1',
  });
}

export function writeResult(res: ServerResponse, result: APIGatewayProxyResult): void {
  const headers: Record<string, string | number | boolean> = { ...(result.headers ?? {}) };
  res.writeHead(result.statusCode, headers as Record<string, string>);
  res.end(result.body);
}
