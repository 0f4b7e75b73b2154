import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, type Client, testApp } from '../support/app.js';
import { newRequest } from '../support/journey.js';
import { readCounters, recountBeds } from '../support/recount.js';

let app: App;
const now = new Date('2026-11-25T09:00:00Z');
let coordinator: Client;
let la: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => now });
  coordinator = as(app, 'coordinator', 'national');
  la = as(app, 'la', 'E08000025');
});
afterAll(() => app.stop());

/** An illustrative new home in Leeds: two DfE beds that may also take a justice child, one pooled. */
const newUnit = (over: Record<string, unknown> = {}) => ({
  name: 'New fixture home (illustrative)',
  providerId: 'fx-provider-new',
  providerName: 'Fixture provider New',
  kind: 'secure_childrens_home',
  laCode: 'E08000035',
  regionCode: 'E12000003',
  location: { lat: 53.81, lon: -1.56 },
  ageRange: { min: 10, max: 17 },
  sexes: ['female', 'male'],
  specialisms: ['self_harm'],
  provenance: { source: 'Illustrative test fixture', asOf: '2026-11-01', verified: false },
  illustrative: true,
  beds: [
    { eligibleStreams: ['welfare', 'justice'], contractedTo: 'DfE' },
    { eligibleStreams: ['welfare', 'justice'], contractedTo: 'DfE' },
    { eligibleStreams: ['welfare'], contractedTo: null },
  ],
  ...over,
});
const key = () => ({ 'idempotency-key': crypto.randomUUID() });

describe('POST /v1/units', () => {
  it('adds the unit with its beds, all free, its counter equal to a recount, and audits it', async () => {
    const r = await coordinator.post('/v1/units', newUnit({ id: 'fx-new-a' }), key());
    expect(r.status, r.text).toBe(201);
    expect(r.headers.get('location')).toBe('/v1/units/fx-new-a');
    expect(r.headers.get('etag')).toBe(r.body.etag);
    expect(r.body).toMatchObject({
      id: 'fx-new-a',
      status: 'open',
      capacity: 3,
      freeBeds: 3,
      streams: ['welfare', 'justice'],
      availability: { welfare: 3, justice: 2 },
      provenance: { source: 'Illustrative test fixture', verified: false },
      wardType: null,
      dutyContact: null,
    });
    const beds = (await coordinator.get('/v1/units/fx-new-a/beds')).body.items;
    expect(beds.map((b: { id: string; state: string }) => [b.id, b.state])).toEqual([
      ['fx-new-a-p01', 'available'],
      ['fx-new-a-w01', 'available'],
      ['fx-new-a-w02', 'available'],
    ]);
    expect(await readCounters(app.store, ['fx-new-a'], now)).toEqual(
      await recountBeds(app.store, ['fx-new-a'], now),
    );
    const audit = await coordinator.get('/v1/audit?entity=fx-new-a');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['unit.created']);
    expect(audit.body.items[0].actor).toMatchObject({ role: 'coordinator' });
    // Listed in the register, and open to holds at once.
    const list = await la.get('/v1/units?status=open&limit=100');
    expect(list.body.items.map((u: { id: string }) => u.id)).toContain('fx-new-a');
    const hold = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'fx-new-a' });
    expect(hold.status, hold.text).toBe(201);
  });

  it('makes an id from the name when none is given', async () => {
    const r = await coordinator.post(
      '/v1/units',
      newUnit({ name: 'Another Home, Leeds (illustrative)' }),
      key(),
    );
    expect(r.status, r.text).toBe(201);
    expect(r.body.id).toBe('another-home-leeds-illustrative');
  });

  it('is idempotent by key, refuses a taken id with 409, and needs a key', async () => {
    const headers = key();
    const first = await coordinator.post('/v1/units', newUnit({ id: 'fx-new-b' }), headers);
    const again = await coordinator.post('/v1/units', newUnit({ id: 'fx-new-b' }), headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe('fx-new-b');
    const taken = await coordinator.post('/v1/units', newUnit({ id: 'fx-new-b', name: 'Other' }), key());
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('invalid_transition');
    expect((await coordinator.get('/v1/units/fx-new-b/beds')).body.items).toHaveLength(3);
    const none = await coordinator.post('/v1/units', newUnit({ id: 'fx-new-c' }), { 'idempotency-key': '' });
    expect(none.status).toBe(428);
  });

  it('is for coordinators only', async () => {
    const body = newUnit({ id: 'fx-new-d' });
    expect((await as(app, 'provider', 'fx-provider-new').post('/v1/units', body, key())).status).toBe(403);
    expect((await la.post('/v1/units', body, key())).status).toBe(403);
    expect((await coordinator.get('/v1/units/fx-new-d')).status).toBe(404);
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ regionCode: 'E12000007' }, 'body.regionCode'],
      [{ laCode: 'E08999999' }, 'body.laCode'],
      [{ wardType: 'picu' }, 'body.wardType'],
      [{ beds: [] }, 'body.beds'],
      [
        { beds: [{ eligibleStreams: ['welfare', 'welfare'], contractedTo: null }] },
        'body.beds.0.eligibleStreams',
      ],
      [{ colour: 'blue' }, 'body'],
      [{ ageRange: { min: 17, max: 10 } }, 'body.ageRange.min'],
    ];
    for (const [over, field] of cases) {
      const r = await coordinator.post('/v1/units', newUnit({ id: 'fx-new-bad', ...over }), key());
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(r.body.code).toBe('validation_failed');
      expect(r.body.errors.map((e: { field: string }) => e.field).join(' '), JSON.stringify(over)).toContain(
        field,
      );
    }
    expect((await coordinator.get('/v1/units/fx-new-bad')).status).toBe(404);
  });
});
