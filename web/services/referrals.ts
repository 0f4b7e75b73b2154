import type { operations } from '../../shared/contract/client.js';
import { allPages, dataOf, type Outcome, outcomeOf, type Schemas, type TypedClient } from './client.js';

/** Referrals: a request sent to several homes, each home's answer, the LA's acceptance (/v1/referrals). */

export type Referral = Schemas['Referral'];
export type Placement = Schemas['Placement'];
type ReferralQuery = NonNullable<operations['getV1Referrals']['parameters']['query']>;

/** Every referral this user may see that fits (100 a page). */
export function referrals(
  client: TypedClient,
  query: Omit<ReferralQuery, 'cursor' | 'limit'> = {},
): Promise<Referral[]> {
  return allPages(async (cursor) =>
    dataOf(await client.GET('/v1/referrals', { params: { query: { ...query, limit: 100, cursor } } })),
  );
}

export async function referral(client: TypedClient, id: string): Promise<Referral> {
  return dataOf(await client.GET('/v1/referrals/{id}', { params: { path: { id } } }));
}

/** Refers one request to several units at once: one referral each. */
export async function refer(
  client: TypedClient,
  body: Schemas['CreateReferralBody'],
  idempotencyKey: string,
): Promise<Outcome<{ items: Referral[] }>> {
  return outcomeOf(
    await client.POST('/v1/referrals', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
}

export async function offer(
  client: TypedClient,
  id: string,
  idempotencyKey: string,
): Promise<Outcome<Referral>> {
  return outcomeOf(
    await client.POST('/v1/referrals/{id}/offer', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export async function declineReferral(
  client: TypedClient,
  id: string,
  body: Schemas['DeclineBody'],
  idempotencyKey: string,
): Promise<Outcome<Referral>> {
  return outcomeOf(
    await client.POST('/v1/referrals/{id}/decline', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** The LA takes a home's offer: the child is placed, the other referrals withdrawn. */
export async function acceptOffer(
  client: TypedClient,
  id: string,
  idempotencyKey: string,
): Promise<Outcome<Placement>> {
  return outcomeOf(
    await client.POST('/v1/referrals/{id}/accept', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: {},
    }),
  );
}

/** One page of referrals, for a count that needs no more than the first page. */
export async function referralsPage(client: TypedClient, query: ReferralQuery) {
  return dataOf(await client.GET('/v1/referrals', { params: { query } }));
}
