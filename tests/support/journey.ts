import { expect } from 'vitest';
import { type Client, requestBody } from './app.js';

/** The steps of a request's journey, for tests that need a request, hold or placement to act on. */

/** A new open request (201), as `la` (an LA, or a coordinator on its behalf). */
export async function newRequest(la: Client, over: Record<string, unknown> = {}): Promise<string> {
  const r = await la.post('/v1/requests', requestBody(over));
  expect(r.status, r.text).toBe(201);
  return r.body.id;
}

/** A new active hold on a free welfare bed at `unitId`, for a new request. */
export async function newHold(la: Client, unitId: string): Promise<string> {
  const r = await la.post('/v1/holds', { requestId: await newRequest(la), unitId });
  expect(r.status, r.text).toBe(201);
  return r.body.id;
}

/** A new active placement at `unitId`: a new hold, accepted by `provider` (or a coordinator). */
export async function newPlacement(la: Client, provider: Client, unitId: string): Promise<string> {
  const r = await provider.post(`/v1/holds/${await newHold(la, unitId)}/accept`, {});
  expect(r.status, r.text).toBe(201);
  return r.body.id;
}

/** Referrals of a (new, unless given) request to each of `unitIds`; answers their ids in that order. */
export async function newReferrals(
  la: Client,
  unitIds: string[],
  requestId?: string,
): Promise<{ requestId: string; referralIds: string[] }> {
  const id = requestId ?? (await newRequest(la));
  const r = await la.post(
    '/v1/referrals',
    { requestId: id, unitIds },
    { 'idempotency-key': `ref-${id}-${unitIds.join('.')}` },
  );
  expect(r.status, r.text).toBe(201);
  return { requestId: id, referralIds: r.body.items.map((x: { id: string }) => x.id) };
}

/** A live offer: a new request referred to `unitId`, offered by `provider` (or a coordinator). */
export async function newOffer(la: Client, provider: Client, unitId: string): Promise<string> {
  const { referralIds } = await newReferrals(la, [unitId]);
  const id = referralIds[0] as string;
  const r = await provider.post(`/v1/referrals/${id}/offer`, {});
  expect(r.status, r.text).toBe(200);
  return id;
}
