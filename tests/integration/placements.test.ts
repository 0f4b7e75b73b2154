import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, type Client, fixtureUsers, requestBody, testApp } from '../support/app.js';
import { readCounters, recountBeds } from '../support/recount.js';

const clock = { now: new Date('2026-10-01T10:00:00Z') };
let app: App;
const { la, otherLa, provider, coordinator } = fixtureUsers(() => app);
beforeAll(async () => {
  app = await testApp({ clock: () => clock.now });
});
afterAll(() => app.stop());

/** A child placed at the Leeds fixture home: request, hold, accept. */
async function placeChild(accept: Record<string, unknown> = {}) {
  const request = await la.post('/v1/requests', requestBody());
  expect(request.status).toBe(201);
  const hold = await la.post('/v1/holds', { requestId: request.body.id, unitId: 'fx-leeds' });
  expect(hold.status).toBe(201);
  const placement = await provider.post(`/v1/holds/${hold.body.id}/accept`, accept);
  expect(placement.status).toBe(201);
  return placement.body as { id: string; bedId: string };
}

const stepDown = (who: Client, id: string) =>
  who.post(`/v1/placements/${id}/step-down-ready`, {
    readyFrom: '2026-10-01',
    plannedDestination: 'foster_care',
  });
const discharge = (who: Client, id: string) =>
  who.post(`/v1/placements/${id}/discharge`, { destination: 'foster_care' });

async function bedState(bedId: string) {
  const beds = await provider.get('/v1/units/fx-leeds/beds');
  return beds.body.items.find((b: { id: string }) => b.id === bedId)?.state;
}

describe('step-down and discharge', () => {
  it('a child ready to step down and then discharged frees the bed, and the counters equal a recount', async () => {
    const placement = await placeChild();
    expect(await bedState(placement.bedId)).toBe('occupied');

    const ready = await stepDown(la, placement.id);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'active',
      stepDownReadyFrom: '2026-10-01',
      plannedDestination: 'foster_care',
    });
    expect(await bedState(placement.bedId)).toBe('occupied');

    const left = await discharge(la, placement.id);
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({
      status: 'discharged',
      destination: 'foster_care',
      stepDownReadyFrom: '2026-10-01',
      dischargedAt: clock.now.toISOString(),
    });
    expect(await bedState(placement.bedId)).toBe('available');
    expect(await readCounters(app.store, ['fx-leeds'], clock.now)).toEqual(
      await recountBeds(app.store, ['fx-leeds'], clock.now),
    );
  });

  it('discharging a child twice answers 409 invalid_transition and frees nothing twice', async () => {
    const placement = await placeChild();
    expect((await discharge(provider, placement.id)).status).toBe(200);

    const again = await discharge(provider, placement.id);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invalid_transition');
    const late = await stepDown(provider, placement.id);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_transition');
    expect(await readCounters(app.store, ['fx-leeds'], clock.now)).toEqual(
      await recountBeds(app.store, ['fx-leeds'], clock.now),
    );
  });

  it('the placing LA, the unit’s provider and a coordinator may each record step-down and discharge', async () => {
    for (const who of [la, provider, coordinator]) {
      const placement = await placeChild();
      expect((await stepDown(who, placement.id)).status).toBe(200);
      expect((await discharge(who, placement.id)).status).toBe(200);
    }
  });

  it('another LA gets 404 for the placement, its step-down and its discharge, and changes nothing', async () => {
    const placement = await placeChild();
    expect((await otherLa.get(`/v1/placements/${placement.id}`)).status).toBe(404);
    expect((await stepDown(otherLa, placement.id)).status).toBe(404);
    expect((await discharge(otherLa, placement.id)).status).toBe(404);
    expect(await bedState(placement.bedId)).toBe('occupied');
    expect((await discharge(la, placement.id)).status).toBe(200);
  });

  it('another provider gets 404 too', async () => {
    const placement = await placeChild();
    const stranger = as(app, 'provider', 'fx-provider-b');
    expect((await discharge(stranger, placement.id)).status).toBe(404);
    expect((await discharge(provider, placement.id)).status).toBe(200);
  });
});

describe('legal authority warnings', () => {
  it('warn 7 days before the order’s end, say when it has ended, and stop at discharge', async () => {
    const started = clock.now;
    try {
      // The request's end date counts to the end of that day in England (midnight BST = 23:00 UTC).
      const placement = await placeChild({ legalAuthorityEndsOn: '2026-10-10' });
      const read = async () => (await la.get(`/v1/placements/${placement.id}`)).body;

      expect(await read()).toMatchObject({
        legalAuthority: { basis: 's25_order', until: '2026-10-10T23:00:00.000Z', status: 'ok' },
        warnings: [],
      });

      clock.now = new Date('2026-10-04T10:00:00Z'); // 6.5 days to go
      expect(await read()).toMatchObject({
        legalAuthority: { status: 'ending_soon' },
        warnings: ['The legal authority for this placement ends at 2026-10-10T23:00:00.000Z: within 7 days'],
      });

      clock.now = new Date('2026-10-11T10:00:00Z');
      expect(await read()).toMatchObject({
        legalAuthority: { status: 'lapsed' },
        warnings: ['The legal authority for this placement ended at 2026-10-10T23:00:00.000Z'],
      });

      expect((await discharge(la, placement.id)).status).toBe(200);
      expect((await read()).warnings).toEqual([]);
    } finally {
      clock.now = started;
    }
  });
});
