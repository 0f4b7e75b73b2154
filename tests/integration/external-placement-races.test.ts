import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { seededPlacementId } from '../../shared/store/external-placements.js';
import { as, type Client, FIXTURE_UNITS, testApp } from '../support/app.js';
import { expectConsistent } from '../support/hardening.js';
import { newRequest } from '../support/journey.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';

/** Illustrative units: one free welfare bed each, so every race below is for the last bed. */
const lastBed = (id: string): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Last-bed unit ${id} (illustrative)`,
  beds: streamBeds({ welfare: 1 }),
});
const RACES = ['xr-1', 'xr-2', 'xr-3', 'xr-4', 'xr-5', 'xr-6'];
/** Beds contracted to DfE that a justice child may use, when the pool rules let it. */
const LOANED: SeedUnit = {
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id: 'xr-dfe',
  name: 'DfE-contracted unit (illustrative)',
  beds: [{ count: 2, eligibleStreams: ['welfare', 'justice'], contractedTo: 'DfE' }],
};
const IDS = [...RACES, LOANED.id];

let app: App;
const now = new Date('2026-11-25T09:00:00Z');
let la: Client;
let provider: Client;
let coordinator: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => now, seed: [...RACES.map(lastBed), LOANED] });
  la = as(app, 'la', 'E08000025');
  provider = as(app, 'provider', 'fx-provider-a');
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

const bedsOf = async (unitId: string) =>
  (await provider.get(`/v1/units/${unitId}/beds`)).body.items as {
    id: string;
    state: string;
    placementId?: string;
  }[];

describe('an external placement racing a hold for the last bed', () => {
  it('lets exactly one of them have it, every time, and the counters stay exact', async () => {
    for (const unitId of RACES) {
      const [bed] = await bedsOf(unitId);
      const requestId = await newRequest(la);
      const [external, hold] = await Promise.all([
        provider.post(`/v1/units/${unitId}/external-placements`, {
          bedId: bed?.id,
          stream: 'welfare',
          since: '2026-11-24',
        }),
        la.post('/v1/holds', { requestId, unitId }),
      ]);
      const won = [external.status, hold.status].filter((s) => s === 201);
      expect(won, `${unitId}: ${external.text} / ${hold.text}`).toHaveLength(1);
      const lost = external.status === 201 ? hold : external;
      expect(lost.status).toBe(409);
      expect(lost.body.code).toBe('no_bed_available');
    }
    expect(await readCounters(app.store, IDS, now)).toEqual(await recountBeds(app.store, IDS, now));
    expect(await doubleBookings(app.store, IDS, now)).toBe(0);
    await expectConsistent(app, now);
  });
});

describe('the pool rules', () => {
  it('keep a ring-fenced bed from a child of another department, as they keep it from a hold', async () => {
    const ring = await coordinator.put('/v1/pool-rules', {
      rules: [{ department: 'DfE', release: 'never' }],
    });
    expect(ring.status).toBe(200);
    const [bed] = await bedsOf(LOANED.id);
    const body = { bedId: bed?.id, stream: 'justice', since: '2026-11-20' };
    const refused = await coordinator.post(`/v1/units/${LOANED.id}/external-placements`, body);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('no_bed_available');

    await coordinator.put('/v1/pool-rules', { rules: [{ department: 'DfE', release: 'always' }] });
    const lent = await coordinator.post(`/v1/units/${LOANED.id}/external-placements`, body);
    expect(lent.status, lent.text).toBe(201);
    // Discharging it gives the counts back to the bed's own contract, whatever the child's stream.
    const out = await coordinator.post(`/v1/placements/${lent.body.id}/discharge`, { destination: 'home' });
    expect(out.status, out.text).toBe(200);
    expect(await readCounters(app.store, IDS, now)).toEqual(await recountBeds(app.store, IDS, now));
  });
});

describe('a register seeded as a typical night', () => {
  /** Ten beds, so the typical profile occupies six: each must be an external placement. */
  const HOME: SeedUnit = { ...lastBed('xs-home'), beds: streamBeds({ welfare: 10 }) };
  let typical: App;
  beforeAll(async () => {
    typical = await testApp({ clock: () => now, seed: [HOME], seedProfile: 'typical' });
  });
  afterAll(() => typical.stop());

  it('backs each occupied bed with pl_seed_<bedId>, which its provider discharges to free the bed', async () => {
    const p = as(typical, 'provider', 'fx-provider-a');
    const c = as(typical, 'coordinator', 'national');
    const beds = (await p.get('/v1/units/xs-home/beds')).body.items as { id: string; state: string }[];
    const occupied = beds.filter((b) => b.state === 'occupied');
    expect(occupied).toHaveLength(6);
    for (const b of occupied) {
      const placement = await p.get(`/v1/placements/${seededPlacementId(b.id)}`);
      expect(placement.status, b.id).toBe(200);
      expect(placement.body).toMatchObject({ external: true, bedId: b.id, status: 'active' });
      expect(placement.body).not.toHaveProperty('childRef');
    }
    await expectConsistent(typical, now);

    const period = '/v1/usage?from=2026-08-01&to=2026-11-24';
    const before = (await c.get(period)).body.byDepartment.find(
      (d: { department: string }) => d.department === 'DfE',
    );
    expect(before.placements.value).toBe(6);

    const first = occupied[0]?.id as string;
    const out = await p.post(`/v1/placements/${seededPlacementId(first)}/discharge`, {
      destination: 'home',
    });
    expect(out.status, out.text).toBe(200);
    const freed = (await p.get('/v1/units/xs-home/beds')).body.items.find(
      (b: { id: string }) => b.id === first,
    );
    expect(freed.state).toBe('available');
    const unit = (await p.get('/v1/units/xs-home')).body;
    expect(unit.freeBeds).toBe(beds.filter((b) => b.state === 'available').length + 1);
    expect(await readCounters(typical.store, ['xs-home'], now)).toEqual(
      await recountBeds(typical.store, ['xs-home'], now),
    );
    await expectConsistent(typical, now);

    // Usage still counts the discharged child's nights up to today; none after it leaves.
    const after = (await c.get(period)).body.byDepartment.find(
      (d: { department: string }) => d.department === 'DfE',
    );
    expect(after.placements.value).toBe(6);
    expect(after.bedNights.value).toBe(before.bedNights.value);
  });
});
