import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { testApp } from '../support/app.js';

/**
 * The local server does not wait on a slow client for ever (Node's default is 300 s): headers
 * and the whole request each have a limit, past which Node answers 408 and closes. A client that
 * hangs up mid-body is logged once, at info, never as an error. Short limits here keep it quick.
 */

let app: App;
const logs: { level: string; message: string }[] = [];
beforeAll(async () => {
  app = await testApp({
    serverLimits: { headersTimeoutMs: 1500, requestTimeoutMs: 2000, checkEveryMs: 200 },
  });
  const logger = app.deps.logger;
  for (const level of ['info', 'warn', 'error'] as const) {
    logger[level] = ((message: string) => {
      logs.push({ level, message });
    }) as (typeof logger)[typeof level];
  }
});
afterAll(() => app.stop());

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(app.port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Everything the server sends until it closes the connection. */
function untilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      text += d;
    });
    socket.on('close', () => resolve(text));
  });
}

const head = (length: number) =>
  `POST /v1/requests HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('the local server and slow or vanishing clients', () => {
  it('answers 408 and closes when the body never finishes', async () => {
    const socket = await open();
    const closed = untilClosed(socket);
    socket.write(`${head(100)}{"childRef":`);
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers 408 and closes when the headers never finish', async () => {
    const socket = await open();
    const closed = untilClosed(socket);
    socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\n');
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it('logs a client that hangs up mid-body once, at info, and no error', async () => {
    logs.length = 0;
    const socket = await open();
    const closed = untilClosed(socket);
    socket.write(`${head(100)}{"childRef":`);
    // Let the server start reading the body, then hang up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.destroy();
    await closed;
    // The next request is answered, so the abort has been handled by then.
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    await expect
      .poll(() => logs.filter((l) => l.message === 'request aborted by the client'))
      .toHaveLength(1);
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
