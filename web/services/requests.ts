import type { operations } from '../../shared/contract/client.js';
import { allPages, dataOf, type Outcome, outcomeOf, type Schemas, type TypedClient } from './client.js';

/** Requests for a bed and the units that fit them (/v1/requests), typed from openapi.json. */

export type Request = Schemas['Request'];
export type Match = Schemas['Match'];
type RequestQuery = NonNullable<operations['getV1Requests']['parameters']['query']>;

/** Every request this user may see that fits (100 a page). */
export function requests(
  client: TypedClient,
  query: Omit<RequestQuery, 'cursor' | 'limit'> = {},
): Promise<Request[]> {
  return allPages(async (cursor) =>
    dataOf(await client.GET('/v1/requests', { params: { query: { ...query, limit: 100, cursor } } })),
  );
}

export async function request(client: TypedClient, id: string): Promise<Request> {
  return dataOf(await client.GET('/v1/requests/{id}', { params: { path: { id } } }));
}

/** One page of the units that fit, best first. */
export async function matches(client: TypedClient, id: string, limit: number, cursor?: string) {
  return dataOf(
    await client.GET('/v1/requests/{id}/matches', { params: { path: { id }, query: { limit, cursor } } }),
  );
}

/** Asks for a bed; the draft's one key makes a resend answer the first request. */
export async function createRequest(
  client: TypedClient,
  body: Schemas['CreateRequestBody'],
  idempotencyKey: string,
): Promise<Outcome<Request>> {
  return outcomeOf(
    await client.POST('/v1/requests', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
}

export async function withdrawRequest(
  client: TypedClient,
  id: string,
  body: Schemas['WithdrawBody'],
  idempotencyKey: string,
): Promise<Outcome<Request>> {
  return outcomeOf(
    await client.POST('/v1/requests/{id}/withdraw', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** Keeps a request open for another round (SPEC: lapsing requests). */
export async function refreshRequest(client: TypedClient, id: string): Promise<Request> {
  return dataOf(await client.POST('/v1/requests/{id}/refresh', { params: { path: { id } }, body: {} }));
}
