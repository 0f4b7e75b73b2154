import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake GOV.UK Notify (and webhook receiver) was sent. */
export interface Recorded {
  method: string;
  path: string;
  authorization: string;
  contentType: string;
  body: Record<string, unknown>;
}

/** A tiny HTTP server standing in for Notify's API: it records each request and answers as Notify does. */
export async function recorder(
  failPaths: string[] = [],
): Promise<{ url: string; requests: Recorded[]; server: Server }> {
  const requests: Recorded[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization ?? '',
      contentType: req.headers['content-type'] ?? '',
      body: text ? JSON.parse(text) : {},
    });
    const fail = failPaths.some((p) => (req.url ?? '').startsWith(p));
    res.writeHead(fail ? 500 : 201, { 'content-type': 'application/json' });
    res.end(JSON.stringify(fail ? { errors: [{ error: 'Exception' }] } : { id: randomUUID() }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}
