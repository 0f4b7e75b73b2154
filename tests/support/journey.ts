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
