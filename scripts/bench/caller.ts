import { randomUUID } from 'node:crypto';
import { apiGatewayEvent } from '../../shared/http/event.js';
import { createRouter, type Router } from '../../shared/http/router.js';
import { ROUTES } from '../../shared/http/routes.js';
import type { App } from '../app.js';
import { newTrace, type Trace, traces } from './measure.js';

// Calling the API in process: the route table and handlers the Lambdas run, no HTTP.

export interface Caller {
  router: Router;
  token(role: string, org: string): Promise<string>;
}

/**
 * `idempotency: false` gives POST /v1/holds without its Idempotency-Key handling (no 428, no
 * record, no look-up): only the bench can call a hold that way, to measure what the key costs.
 */
export function makeCaller(app: App, options: { idempotency?: boolean } = {}): Caller {
  const routes =
    options.idempotency === false
      ? ROUTES.map((r) =>
          r.method === 'POST' && r.path === '/v1/holds'
            ? { ...r, creates: undefined, idempotent: undefined }
            : r,
        )
      : ROUTES;
  const router = createRouter(routes, app.deps);
  const tokens = new Map<string, Promise<string>>();
  const mint = app.deps.localTokens?.mint;
  if (!mint) throw new Error('the app has no local token signer');
  return {
    router,
    token(role, org) {
      const k = `${role}:${org}`;
      let t = tokens.get(k);
      if (!t) {
        t = mint({ role: role as 'la', org });
        tokens.set(k, t);
      }
      return t;
    },
  };
}

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the bench reads loosely shaped JSON
  body: any;
  bytes: number;
  ms: number;
  trace: Trace;
}

/** One API call through the same router the Lambdas and the local server run. */
export async function call(
  caller: Caller,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
  query: Record<string, string> = {},
): Promise<Answer> {
  const text = body === undefined ? null : JSON.stringify(body);
  const event = apiGatewayEvent({
    method,
    path,
    query: Object.entries(query),
    headers: {
      authorization: `Bearer ${token}`,
      ...(text ? { 'content-type': 'application/json' } : {}),
      // A creating POST must carry an Idempotency-Key (SPEC, 428): one per call unless the
      // caller chose one, so "holds" measures a fresh key and "holds_with_key" a chosen one.
      ...(method === 'POST' ? { 'idempotency-key': `bench-${randomUUID()}` } : {}),
      ...headers,
    },
    body: text,
  });
  const trace = newTrace();
  const started = performance.now();
  const result = await traces.run(trace, () => caller.router.handle(event));
  const ms = performance.now() - started;
  return {
    status: result.statusCode,
    body: result.body ? JSON.parse(result.body) : undefined,
    bytes: result.body.length,
    ms,
    trace,
  };
}
