import { request as httpRequest } from 'node:http';
import { expect } from 'vitest';
import { apiGatewayEvent } from '../../../shared/http/event.js';
import { type Answer, expectProblem, expectSecurityHeaders } from '../hardening.js';
import type { Call } from './call.js';
import { encodeSegment } from './values.js';
import { world } from './world.js';

// Two ways in: the router, on the event API Gateway would build, and real HTTP to the local server.

export async function viaRouter(call: Call): Promise<Answer> {
  // API Gateway parses the event from JSON, so even `__proto__` is a parameter of its own.
  const event = apiGatewayEvent({ ...call, sourceIp: '203.0.113.7' });
  const result = await world.router.handle(event);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  return { status: result.statusCode, headers, body: result.body };
}

const encodeQuery = (query: [string, string][]) =>
  query.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&');
/** Escapes what an HTTP request line cannot carry, keeping the %-escapes the generator chose. */
const encodePath = (path: string) => path.replace(/[^\x21-\x7e]|[?#]/gu, (c) => encodeSegment(c));

/**
 * HTTP can only carry some header values, and Node's own parser answers a request line and
 * headers over 16 KiB (431) before the app sees them; the rest are the router's to meet.
 */
export const httpSafe = (call: Call) =>
  Object.entries(call.headers).every(([, v]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(v) && v === v.trim()) &&
  encodePath(call.path).length + encodeQuery(call.query).length + JSON.stringify(call.headers).length <
    12 * 1024;

export function viaHttp(call: Call): Promise<Answer> {
  const q = encodeQuery(call.query);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: world.app.port,
        method: call.method,
        path: `${encodePath(call.path)}${q ? `?${q}` : ''}`,
        // Framed explicitly: Node sends a GET body unframed otherwise, and the server would read it as a second request.
        headers:
          call.body === undefined
            ? call.headers
            : { ...call.headers, 'content-length': String(Buffer.byteLength(call.body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = String(v);
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

export function expectRefused(answer: Answer, broken: string[]): void {
  expect(answer.status, `${broken.join(' + ')}: ${answer.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, `${broken.join(' + ')}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
  expectSecurityHeaders(answer.headers);
  expectProblem(answer, world.app.store.db.tableName);
}

export function viaFetch(r: { status: number; headers: Headers; text: string }): Answer {
  return { status: r.status, headers: Object.fromEntries(r.headers.entries()), body: r.text };
}
