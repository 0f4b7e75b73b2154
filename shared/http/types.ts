import type { Logger } from '@aws-lambda-powertools/logger';
import type * as z from 'zod';
import type { Role } from '../contract/enums.js';
import type { ProblemCode } from '../domain/errors.js';
import type { TransactItem } from '../store/db.js';
import type { Store } from '../store/index.js';
import type { LocalTokens, Principal, TokenVerifier } from './auth.js';

/** Everything a handler may use, passed in at start-up (Lambda init or the local server). */
export interface Deps {
  store: Store;
  verifier: TokenVerifier;
  /** Only the local server has this: it signs tokens for POST /local/token. */
  localTokens?: LocalTokens;
  holdMinutes: number;
  /** How long a referral's offer stands (OFFER_MINUTES). */
  offerMinutes: number;
  clock: () => Date;
  logger: Logger;
  /** Requests per second per client; undefined: no limit. */
  rateLimit?: number;
}

export interface Ctx<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Undefined only on public routes. */
  principal: Principal;
  headers: Record<string, string>;
  now: Date;
  deps: Deps;
  requestId: string;
  accept: string;
  /** Set for an `idempotent` route called with an Idempotency-Key. */
  once?: Once;
}

/**
 * A call's Idempotency-Key, for a handler that writes its record in its own transaction
 * (shared/http/idempotency-in-transaction.ts).
 */
export interface Once {
  /**
   * The look-up of an earlier answer under this key, already under way: await it beside the
   * first reads (no extra round trip) and before writing. It rejects when there is one.
   */
  ready: Promise<void>;
  /** The record of `reply`, for the same transaction as the change; refused if the key was used meanwhile. */
  record(reply: Reply): TransactItem;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A CSV rendering of the same data, served when the client asks for text/csv. */
  csv?: () => string;
  /** The media type of a successful JSON body when it is not `application/json` (FHIR's `application/fhir+json`). */
  contentType?: string;
}

/** Which Lambda serves a route (one function per group, bundled separately). */
export type RouteGroup =
  | 'health'
  | 'local'
  | 'units'
  | 'requests'
  | 'holds'
  | 'placements'
  | 'commissioning'
  | 'audit'
  | 'contacts'
  | 'fhir';

export interface RouteDef<P = unknown, Q = unknown, B = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  group: RouteGroup;
  /** Who may call it. Every route must say; `public` is the only open door. */
  policy: readonly Role[] | 'public';
  summary: string;
  /** Longer prose for the OpenAPI operation: the rules a client must know beyond the schemas. */
  description?: string;
  /**
   * Problem codes the handler itself can answer (e.g. `no_bed_available`). Those the router
   * answers are derived from the other fields (policy, params, body, ifMatch, idempotent) by
   * shared/contract/openapi-problems.ts, so list only what the handler or the store throws.
   */
  problems?: readonly ProblemCode[];
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response?: z.ZodType;
  successStatus?: number;
  /**
   * Retries with the same Idempotency-Key return the first outcome. The handler awaits
   * `ctx.once.ready` beside its first reads and puts `ctx.once.record(reply)` in its one
   * transaction (decisions 0010, 0012): the change and its record commit together or not at all.
   */
  idempotent?: true;
  /** A POST that creates a record: Idempotency-Key is required (428 without it). */
  creates?: true;
  /** Needs If-Match. */
  ifMatch?: true;
  csv?: true;
  /** The success body's media type, when not `application/json` (the handler answers it as `contentType`). */
  mediaType?: string;
  /** Exists only in the local server, never in the CDK stack. */
  localOnly?: true;
  handler: (ctx: Ctx<P, Q, B>) => Promise<Reply>;
}

export function route<P, Q, B>(def: RouteDef<P, Q, B>): RouteDef {
  return def as unknown as RouteDef;
}
