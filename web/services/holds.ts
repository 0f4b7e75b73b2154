import type { operations } from '../../shared/contract/client.js';
import { allPages, dataOf, type Outcome, outcomeOf, type Schemas, type TypedClient } from './client.js';

/** Holds: reading them, placing one and deciding on it (/v1/holds), typed from openapi.json. */

export type Hold = Schemas['Hold'];
export type Placement = Schemas['Placement'];
type HoldQuery = NonNullable<operations['getV1Holds']['parameters']['query']>;

/** Every hold this user may see that fits (100 a page). */
export function holds(client: TypedClient, query: Omit<HoldQuery, 'cursor' | 'limit'> = {}): Promise<Hold[]> {
  return allPages(async (cursor) =>
    dataOf(await client.GET('/v1/holds', { params: { query: { ...query, limit: 100, cursor } } })),
  );
}

export async function hold(client: TypedClient, id: string): Promise<Hold> {
  return dataOf(await client.GET('/v1/holds/{id}', { params: { path: { id } } }));
}

/** Holds a bed for a request at a unit; the same key again answers the first outcome. */
export async function placeHold(
  client: TypedClient,
  body: Schemas['CreateHoldBody'],
  idempotencyKey: string,
): Promise<Outcome<Hold>> {
  return outcomeOf(
    await client.POST('/v1/holds', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
}

export async function releaseHold(client: TypedClient, id: string): Promise<Outcome<Hold>> {
  return outcomeOf(await client.DELETE('/v1/holds/{id}', { params: { path: { id } } }));
}

export async function acceptHold(
  client: TypedClient,
  id: string,
  idempotencyKey: string,
): Promise<Outcome<Placement>> {
  return outcomeOf(
    await client.POST('/v1/holds/{id}/accept', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: {},
    }),
  );
}

export async function declineHold(
  client: TypedClient,
  id: string,
  body: Schemas['DeclineBody'],
  idempotencyKey: string,
): Promise<Outcome<Hold>> {
  return outcomeOf(
    await client.POST('/v1/holds/{id}/decline', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** One page of holds, for a count that needs no more than the first page. */
export async function holdsPage(client: TypedClient, query: HoldQuery) {
  return dataOf(await client.GET('/v1/holds', { params: { query } }));
}
