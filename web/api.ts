import { randomUUID } from 'node:crypto';
import type { Problem } from '../shared/contract/schemas.js';
import { apiGatewayEvent } from '../shared/http/event.js';
import type { Router } from '../shared/http/router.js';

interface ApiReply<T> {
  status: number;
  body: T;
  headers: Record<string, string>;
  text: string;
}

/**
 * What a problem means to the console, from SPEC's stable codes (the status only when a code is
 * unknown): decided here once, so no page compares statuses or reads a problem's words.
 */
export type ProblemKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale'
  | 'busy'
  | 'unavailable'
  | 'other';

const KIND_BY_CODE: Readonly<Record<string, ProblemKind>> = {
  validation_failed: 'invalid',
  unsupported_media_type: 'invalid',
  payload_too_large: 'invalid',
  idempotency_key_reused: 'invalid',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  not_found: 'not_found',
  no_bed_available: 'conflict',
  invalid_transition: 'conflict',
  hold_exists: 'conflict',
  version_mismatch: 'stale',
  precondition_required: 'invalid',
  idempotency_in_progress: 'busy',
  rate_limited: 'busy',
  unavailable: 'unavailable',
};

export function problemKind(problem: Pick<Problem, 'status' | 'code'>): ProblemKind {
  const known = KIND_BY_CODE[problem.code];
  if (known) return known;
  if (problem.status === 401) return 'unauthenticated';
  if (problem.status === 403) return 'forbidden';
  if (problem.status === 404) return 'not_found';
  if (problem.status >= 500) return 'unavailable';
  return 'other';
}

/** A non-2xx answer from the API, carrying its problem+json. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
  }
  get status() {
    return this.problem.status;
  }
  get code() {
    return this.problem.code;
  }
  get kind(): ProblemKind {
    return problemKind(this.problem);
  }
}

interface CallOptions {
  query?: Record<string, string | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  ifMatch?: string;
  accept?: string;
}

/**
 * The transport under the console's typed client (web/services/client.ts): it builds the API
 * Gateway event a browser's API call would have become, with the signed-in user's token, and hands
 * it to the same router the Lambdas run. Auth, validation, 403/404 scoping and idempotency are
 * therefore the API's own. Pages never call it: they read and change through web/services/, whose
 * paths, parameters and bodies are typed from openapi.json.
 */
export class Api {
  constructor(
    private readonly router: Router,
    private readonly token: string | undefined,
    private readonly sourceIp: string,
  ) {}

  /** Any answer, success or problem, as the router gave it. */
  async call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    o: CallOptions = {},
  ): Promise<ApiReply<unknown>> {
    const headers: Record<string, string> = { accept: o.accept ?? 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    if (o.idempotencyKey) headers['idempotency-key'] = o.idempotencyKey;
    if (o.ifMatch) headers['if-match'] = o.ifMatch;
    const query = Object.entries(o.query ?? {}).filter(
      (e): e is [string, string] => e[1] !== undefined && e[1] !== '',
    );
    const requestId = randomUUID();
    const event = apiGatewayEvent({
      method,
      path,
      headers: { ...headers, 'x-request-id': requestId },
      query,
      body: o.body === undefined ? null : JSON.stringify(o.body),
      requestId,
      sourceIp: this.sourceIp,
    });
    const result = await this.router.handle(event);
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(result.headers ?? {})) out[k.toLowerCase()] = String(v);
    const type = out['content-type'] ?? '';
    const body = /json/.test(type) && result.body ? (JSON.parse(result.body) as unknown) : undefined;
    return { status: result.statusCode, body, headers: out, text: result.body };
  }
}

/** A problem from a reply, whatever shape came back. */
export function asProblem(reply: { status: number; body: unknown }): Problem {
  const b = reply.body as Partial<Problem> | undefined;
  return {
    type: b?.type ?? 'about:blank',
    title: b?.title ?? 'Error',
    status: reply.status,
    detail: b?.detail ?? '',
    code: b?.code ?? 'unknown',
    ...(b?.errors ? { errors: b.errors } : {}),
  };
}
