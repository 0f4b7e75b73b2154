import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { Stream } from '../../shared/contract/enums.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { type CapacityRow, summariseCapacity } from '../../shared/domain/capacity.js';
import { HOUR_MS, isStale } from '../../shared/domain/time.js';
import {
  CAPACITY_CHANGE_MARGIN_MS,
  CAPACITY_FULL_READ_MS,
  CapacityCache,
} from '../../shared/store/capacity-cache.js';
import type { Store } from '../../shared/store/index.js';
import { capacityChangeKey, key } from '../../shared/store/keys.js';
import { seedUnits } from '../../shared/store/seed.js';
import { sweepExpiredHolds } from '../../shared/store/sweep.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp, testStore } from '../support/app.js';
import { doubleBookings, recountBeds } from '../support/recount.js';

// GET /v1/capacity answers from each process's copy of the counters (decision 0013). These tests
// hold it to a recount of every bed after concurrent writes, across processes and with time.

let now = new Date('2026-11-25T09:00:00Z');
let app: App;
let second: App;
let la: Client;
let otherLa: Client;
let provider: Client;
let commissioner: Client;
let otherCommissioner: Client;

const threeBedUnit = (id: string, regionCode: string): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Capacity unit ${id} (illustrative)`,
  regionCode,
  beds: streamBeds({ welfare: 3 }),
});
const UNITS = [
  threeBedUnit('cap-1', 'E12000003'),
  threeBedUnit('cap-2', 'E12000003'),
  threeBedUnit('cap-3', 'E12000007'),
  threeBedUnit('cap-4', 'E12000001'),
];

beforeAll(async () => {
  app = await testApp({ clock: () => now, holdMinutes: 30, seed: [...FIXTURE_UNITS, ...UNITS] });
  // Another process over the same table: its own copy, kept by the same stamps.
  second = await testApp({ clock: () => now, tableName: app.store.db.tableName, seed: false });
  la = as(app, 'la', 'E08000025');
  otherLa = as(app, 'la', 'E08000035');
  provider = as(app, 'provider', 'fx-provider-a');
  commissioner = as(app, 'commissioner', 'DfE');
  otherCommissioner = as(second, 'commissioner', 'MoJ');
});
afterAll(async () => {
  await second.stop();
  await app.stop();
});

/** The capacity picture recounted from every bed (scripts/recount.ts), as GET /v1/capacity gives it. */
async function recount(store: Store) {
  const unitIds = (await store.units.capacityItems()).map((c) => c.unitId);
  const beds = await recountBeds(store, unitIds, now);
  const rows: CapacityRow[] = [];
  for (const unitId of unitIds) {
    const counter = await store.units.getCounter(unitId);
    if (!counter) continue;
    for (const [k, v] of beds) {
      const [id, stream] = k.split('|');
      if (id !== unitId || Array.isArray(v)) continue;
      rows.push({
        unitId,
        stream: stream as Stream,
        regionCode: counter.regionCode,
        beds: v,
        stale: isStale(counter.lastConfirmedAt, now),
      });
    }
  }
  expect(await doubleBookings(store, unitIds, now)).toBe(0);
  return summariseCapacity(rows);
}

async function answered(c: Client) {
  const r = await c.get('/v1/capacity');
  expect(r.status).toBe(200);
  const { generatedAt: _g, forecast: _f, ...figures } = r.body;
  return {
    ...figures,
    byRegion: figures.byRegion.map(({ regionName: _n, ...rest }: { regionName: string }) => rest),
  };
}

async function equalsRecount() {
  const expected = await recount(app.store);
  expect(await answered(commissioner)).toEqual(expected);
  expect(await answered(otherCommissioner)).toEqual(expected);
}

const newRequest = async (c: Client) => (await c.post('/v1/requests', requestBody())).body.id as string;

describe('GET /v1/capacity from the kept copy', () => {
  const holds: string[] = [];

  it('equals a recount before anything happens (both processes read whole)', async () => {
    await equalsRecount();
  });

  it('equals a recount after concurrent holds, some racing for the last beds, with capacity read meanwhile', async () => {
    const requests = await Promise.all(
      Array.from({ length: 16 }, (_, i) => newRequest(i % 2 ? la : otherLa)),
    );
    const results = await Promise.all([
      ...requests.map((requestId, i) =>
        (i % 2 ? la : otherLa).post('/v1/holds', { requestId, unitId: `cap-${(i % 3) + 1}` }),
      ),
      answered(commissioner),
      answered(otherCommissioner),
    ]);
    for (const r of results.slice(0, 16) as { status: number; body: { id: string } }[]) {
      expect([201, 409]).toContain(r.status);
      if (r.status === 201) holds.push(r.body.id);
    }
    expect(holds).toHaveLength(9); // three units of three beds
    await equalsRecount();
  });

  it('equals a recount after concurrent accepts, releases, declines and bed closures', async () => {
    const [a, b, c, d, e, f] = holds;
    const beds = (await provider.get('/v1/units/cap-4/beds')).body.items as { id: string; etag: string }[];
    const out = await Promise.all([
      provider.post(`/v1/holds/${a}/accept`, {}),
      provider.post(`/v1/holds/${b}/accept`, {}),
      provider.post(`/v1/holds/${c}/accept`, {}),
      la.del(`/v1/holds/${d}`).then((r) => (r.status === 404 ? otherLa.del(`/v1/holds/${d}`) : r)),
      provider.post(`/v1/holds/${e}/decline`, { reason: 'mix_of_children' }),
      provider.post(`/v1/holds/${f}/accept`, {}),
      provider.put(
        `/v1/units/cap-4/beds/${beds[0]?.id}`,
        { state: 'closed', reason: 'staffing' },
        { 'if-match': beds[0]?.etag ?? '' },
      ),
      answered(commissioner),
      answered(otherCommissioner),
    ]);
    for (const r of out.slice(0, 7) as { status: number }[]) expect(r.status).toBeLessThan(300);
    await equalsRecount();
  });

  it('equals a recount after discharges racing new holds on the freed beds', async () => {
    const placements = (await provider.get('/v1/placements?status=active')).body.items as { id: string }[];
    expect(placements.length).toBeGreaterThanOrEqual(4);
    const requests = await Promise.all([newRequest(la), newRequest(la)]);
    await Promise.all([
      ...placements
        .slice(0, 3)
        .map((p) => provider.post(`/v1/placements/${p.id}/discharge`, { destination: 'foster_care' })),
      ...requests.map((requestId) => la.post('/v1/holds', { requestId, unitId: 'cap-1' })),
    ]);
    await equalsRecount();
  });

  it('counts lapsed holds as free the moment they lapse, before any sweep, and after it', async () => {
    now = new Date(now.getTime() + 31 * 60_000);
    await equalsRecount();
    await sweepExpiredHolds(app.store, now);
    await equalsRecount();
  });

  it('moves units to stale 24 hours after their last confirmation, and back when time is asked earlier', async () => {
    now = new Date(now.getTime() + 25 * HOUR_MS);
    const stale = await answered(commissioner);
    expect(stale.national.units).toBe(stale.national.staleUnits);
    await equalsRecount();
    now = new Date('2026-11-25T09:05:00Z');
    await equalsRecount();
  });
});

describe('the staleness bound (decision 0013)', () => {
  let store: Store;
  let clockMs = Date.now();
  let cache: CapacityCache;
  const unitId = 'cap-bound';

  beforeAll(async () => {
    store = await testStore();
    await seedUnits(store.db, [threeBedUnit(unitId, 'E12000003')], { now, profile: 'free' });
    cache = new CapacityCache(store.db, () => clockMs);
  });

  /** A counter write that bypasses the store's stamping: the counts move, the stamp is what we say. */
  const writeBehindTheStamp = (available: number, stamp: string) =>
    store.db.update({
      Key: key.unitCounter(unitId),
      UpdateExpression: 'SET #c.#a = :n, gsi1sk = :s',
      ExpressionAttributeNames: { '#c': 'counts', '#a': 'welfare:available' },
      ExpressionAttributeValues: { ':n': available, ':s': stamp },
    });
  const available = async () => (await cache.summary(now)).national.beds.available;
  const stampAt = (ms: number) => capacityChangeKey(new Date(ms).toISOString(), unitId, 'test');

  it('sees a change whose stamp is older than its last look but within the margin', async () => {
    clockMs = Date.now();
    expect(await available()).toBe(3);
    clockMs += 1000;
    expect(await available()).toBe(3);
    await writeBehindTheStamp(2, stampAt(clockMs - CAPACITY_CHANGE_MARGIN_MS / 2));
    clockMs += 1000;
    expect(await available()).toBe(2);
  });

  it('misses a change stamped before the margin only until the next whole read, at most a minute on', async () => {
    await writeBehindTheStamp(1, stampAt(clockMs - 2 * CAPACITY_CHANGE_MARGIN_MS));
    clockMs += 1000;
    expect(await available()).toBe(2);
    clockMs += CAPACITY_FULL_READ_MS;
    expect(await available()).toBe(1);
  });
});
