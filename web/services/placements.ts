import type { operations } from '../../shared/contract/client.js';
import { allPages, dataOf, type Outcome, outcomeOf, type Schemas, type TypedClient } from './client.js';

/** Placements: who is placed where, their legal authority, step-down and discharge (/v1/placements). */

export type Placement = Schemas['Placement'];
type PlacementQuery = NonNullable<operations['getV1Placements']['parameters']['query']>;

/** Every placement this user may see that fits (100 a page). */
export function placements(
  client: TypedClient,
  query: Omit<PlacementQuery, 'cursor' | 'limit'> = {},
): Promise<Placement[]> {
  return allPages(async (cursor) =>
    dataOf(await client.GET('/v1/placements', { params: { query: { ...query, limit: 100, cursor } } })),
  );
}

export async function placement(client: TypedClient, id: string): Promise<Placement> {
  return dataOf(await client.GET('/v1/placements/{id}', { params: { path: { id } } }));
}

/** Records the order or remand that keeps the child there (SPEC: legal authority). */
export async function recordLegalAuthority(
  client: TypedClient,
  id: string,
  body: Schemas['LegalAuthorityBody'],
  idempotencyKey: string,
): Promise<Outcome<Placement>> {
  return outcomeOf(
    await client.POST('/v1/placements/{id}/legal-authority', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export async function stepDownReady(
  client: TypedClient,
  id: string,
  body: Schemas['StepDownBody'],
  idempotencyKey: string,
): Promise<Outcome<Placement>> {
  return outcomeOf(
    await client.POST('/v1/placements/{id}/step-down-ready', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export async function discharge(
  client: TypedClient,
  id: string,
  body: Schemas['DischargeBody'],
  idempotencyKey: string,
): Promise<Outcome<Placement>> {
  return outcomeOf(
    await client.POST('/v1/placements/{id}/discharge', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}
