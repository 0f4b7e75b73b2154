import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, type Client, requestBody, testApp } from '../support/app.js';
import { readCounters, recountBeds } from '../support/recount.js';

let app: App;
let la: Client;
let otherLa: Client;
let provider: Client;

beforeAll(async () => {
  app = await testApp();
  la = as(app, 'la', 'E08000025');
  otherLa = as(app, 'la', 'E09000001');
  provider = as(app, 'provider', 'fx-provider-a');
});
afterAll(() => app.stop());

async function newRequest(client = la, over: Record<string, unknown> = {}) {
  const r = await client.post('/v1/requests', requestBody(over));
  expect(r.status).toBe(201);
  return r.body.id as string;
}

/** Free beds a child of `stream` may take at the unit now, as the register says. */
const availableTo = async (unitId: string, stream: 'welfare' | 'justice') =>
  ((await la.get(`/v1/units/${unitId}`)).body.availability[stream] as number | undefined) ?? 0;

describe('from request to placement', () => {
  it('an LA requests, sees matches, holds a bed, and the provider accepts', async () => {
    const requestId = await newRequest();
    const matches = await la.get(`/v1/requests/${requestId}/matches`);
    expect(matches.status).toBe(200);
    expect(matches.body.items.map((m: { unitId: string }) => m.unitId)).toEqual(['fx-leeds', 'fx-exeter']);
    expect(matches.body.items[0].rank).toBe(1);
    expect(matches.body.items[0].reasons.length).toBeGreaterThan(0);

    const hold = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' });
    expect(hold.status).toBe(201);
    expect(hold.body).toMatchObject({ requestId, unitId: 'fx-leeds', status: 'active' });

    const placement = await provider.post(`/v1/holds/${hold.body.id}/accept`, {});
    expect(placement.status).toBe(201);
    expect(placement.body).toMatchObject({
      requestId,
      unitId: 'fx-leeds',
      bedId: hold.body.bedId,
      status: 'active',
    });

    const beds = await provider.get('/v1/units/fx-leeds/beds');
    expect(beds.body.items.find((b: { id: string }) => b.id === hold.body.bedId).state).toBe('occupied');
    const request = await la.get(`/v1/requests/${requestId}`);
    expect(request.body.status).toBe('placed');
  });

  it("a declined hold shows the LA the home's reason and note", async () => {
    const requestId = await newRequest();
    const hold = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' });
    const note = 'Two girls of the same age arrived tonight: phone us tomorrow';
    const declined = await provider.post(`/v1/holds/${hold.body.id}/decline`, {
      reason: 'mix_of_children',
      note,
    });
    expect(declined.status).toBe(200);

    const seen = await la.get(`/v1/holds/${hold.body.id}`);
    expect(seen.body).toMatchObject({
      status: 'declined',
      declineReason: 'mix_of_children',
      declineNote: note,
    });
    const listed = await la.get(`/v1/holds?requestId=${requestId}`);
    expect(listed.body.items[0]).toMatchObject({ declineNote: note });
    expect(hold.body.declineNote).toBeNull();
  });

  it('another LA cannot read the request, and gets 404 rather than 403', async () => {
    const requestId = await newRequest();
    expect((await otherLa.get(`/v1/requests/${requestId}`)).status).toBe(404);
  });

  it('a second hold on the same request answers hold_exists', async () => {
    const requestId = await newRequest();
    expect((await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' })).status).toBe(201);
    const again = await la.post('/v1/holds', { requestId, unitId: 'fx-exeter' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('hold_exists');
  });

  it('a retry with the same Idempotency-Key returns the same hold', async () => {
    const requestId = await newRequest();
    const headers = { 'idempotency-key': `k-${requestId}` };
    const first = await la.post('/v1/holds', { requestId, unitId: 'fx-exeter' }, headers);
    const second = await la.post('/v1/holds', { requestId, unitId: 'fx-exeter' }, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const reused = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' }, headers);
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    await la.del(`/v1/holds/${first.body.id}`);
  });
});

describe('concurrent holds', () => {
  it('200 concurrent holds on a unit with N free beds give exactly N successes on distinct beds', async () => {
    const unitId = 'fx-leeds';
    const free = await availableTo(unitId, 'justice');
    expect(free).toBeGreaterThan(0);
    const requestIds = await Promise.all(
      Array.from({ length: 200 }, () =>
        newRequest(la, { stream: 'justice', legalBasis: 'remand', sex: 'male', ageYears: 16 }),
      ),
    );
    const results = await Promise.all(
      requestIds.map((requestId) => la.post('/v1/holds', { requestId, unitId })),
    );
    const ok = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 409);
    expect(ok.length).toBe(free);
    expect(refused.length).toBe(200 - free);
    expect(refused.every((r) => r.body.code === 'no_bed_available')).toBe(true);
    expect(new Set(ok.map((r) => r.body.bedId)).size).toBe(free);
    const now = new Date();
    expect(await readCounters(app.store, [unitId], now)).toEqual(await recountBeds(app.store, [unitId], now));
  });
});
