import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { sweepExpiredHolds } from '../../shared/store/sweep.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';

const HOLD_MINUTES = 10;
let app: App;
let now = new Date('2026-11-25T02:00:00Z');
let la: Client;
let otherLa: Client;
let provider: Client;

/** A unit with exactly one welfare bed, per test, so every race is for the same bed. */
const oneBedUnit = (id: string): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `One-bed unit ${id} (illustrative)`,
  beds: streamBeds({ welfare: 1 }),
});
const UNITS = ['race-1', 'race-2', 'race-3', 'race-4', 'race-5', 'race-6', 'race-7', 'race-8'];

/** Six free beds that either stream may take, under every kind of contract. */
const pooledUnit: SeedUnit = {
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id: 'race-pool',
  name: 'Pooled race unit (illustrative)',
  beds: [
    { count: 2, eligibleStreams: ['welfare', 'justice'], contractedTo: 'DfE' },
    { count: 2, eligibleStreams: ['welfare', 'justice'], contractedTo: 'MoJ' },
    { count: 2, eligibleStreams: ['welfare', 'justice'], contractedTo: null },
  ],
};

beforeAll(async () => {
  app = await testApp({
    clock: () => now,
    holdMinutes: HOLD_MINUTES,
    seed: [...UNITS.map(oneBedUnit), pooledUnit],
  });
  la = as(app, 'la', 'E08000025');
  otherLa = as(app, 'la', 'E08000035');
  provider = as(app, 'provider', 'fx-provider-a');
});
afterAll(() => app.stop());

const newRequest = async (c: Client) => (await c.post('/v1/requests', requestBody())).body.id as string;

async function consistent(unitIds: string[]) {
  expect(await readCounters(app.store, unitIds, now)).toEqual(await recountBeds(app.store, unitIds, now));
  expect(await doubleBookings(app.store, unitIds, now)).toBe(0);
}

describe('a hold and its expiry', () => {
  it('reads as expired once past expiresAt, before any sweeper has run', async () => {
    const hold = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'race-1' });
    expect(hold.body.status).toBe('active');
    now = new Date(Date.parse(hold.body.expiresAt) + 1);
    expect((await la.get(`/v1/holds/${hold.body.id}`)).body.status).toBe('expired');
    const list = await la.get('/v1/holds?status=expired');
    expect(list.body.items.map((h: { id: string }) => h.id)).toContain(hold.body.id);
  });

  it('frees its bed for the next caller at once, and the lapsed hold can no longer be accepted', async () => {
    const first = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'race-2' });
    now = new Date(Date.parse(first.body.expiresAt)); // the very instant it lapses
    const [accept, next] = await Promise.all([
      provider.post(`/v1/holds/${first.body.id}/accept`, {}),
      otherLa.post('/v1/holds', { requestId: await newRequest(otherLa), unitId: 'race-2' }),
    ]);
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('invalid_transition');
    expect(next.status).toBe(201);
    expect(next.body.bedId).toBe(first.body.bedId);
    await consistent(['race-2']);
  });

  it('a sweep after the bed was re-held expires the old hold without touching the new one', async () => {
    const first = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'race-3' });
    now = new Date(Date.parse(first.body.expiresAt) + 1000);
    const second = await otherLa.post('/v1/holds', {
      requestId: await newRequest(otherLa),
      unitId: 'race-3',
    });
    expect(second.status).toBe(201);
    expect(await sweepExpiredHolds(app.store, now)).toBeGreaterThanOrEqual(1);
    expect((await la.get(`/v1/holds/${first.body.id}`)).body.status).toBe('expired');
    expect((await otherLa.get(`/v1/holds/${second.body.id}`)).body.status).toBe('active');
    // Swept (stored as expired) or not, it lists as expired, and never as active.
    const listed = async (status: string) =>
      ((await la.get(`/v1/holds?status=${status}&limit=100`)).body.items as { id: string }[]).map(
        (h) => h.id,
      );
    expect(await listed('expired')).toContain(first.body.id);
    expect(await listed('active')).not.toContain(first.body.id);
    await consistent(['race-3']);
    const accepted = await provider.post(`/v1/holds/${second.body.id}/accept`, {});
    expect(accepted.status).toBe(201);
    await consistent(['race-3']);
  });
});

describe('the sweeper', () => {
  it('frees a lapsed hold’s bed even after its request has moved on to a new hold elsewhere', async () => {
    const requestId = await newRequest(la);
    const first = await la.post('/v1/holds', { requestId, unitId: 'race-7' });
    now = new Date(Date.parse(first.body.expiresAt) + 1000);
    const second = await la.post('/v1/holds', { requestId, unitId: 'race-8' });
    expect(second.status).toBe(201);
    await sweepExpiredHolds(app.store, now);
    expect((await la.get(`/v1/holds/${first.body.id}`)).body.status).toBe('expired');
    expect((await provider.get('/v1/units/race-7/beds')).body.items[0].state).toBe('available');
    expect((await la.get(`/v1/requests/${requestId}`)).body.activeHoldId).toBe(second.body.id);
    await consistent(['race-7', 'race-8']);
  });
});

describe('decisions racing each other', () => {
  it('accept racing release: exactly one wins, and the bed ends occupied or free accordingly', async () => {
    const hold = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'race-4' });
    const [accept, release] = await Promise.all([
      provider.post(`/v1/holds/${hold.body.id}/accept`, {}),
      la.del(`/v1/holds/${hold.body.id}`),
    ]);
    expect([accept.status, release.status].filter((s) => s < 300)).toHaveLength(1);
    expect([accept.status, release.status].filter((s) => s === 409)).toHaveLength(1);
    const bed = (await provider.get('/v1/units/race-4/beds')).body.items[0];
    expect(bed.state).toBe(accept.status === 201 ? 'occupied' : 'available');
    await consistent(['race-4']);
  });

  it('accept racing decline on the same hold: exactly one wins', async () => {
    const hold = await la.post('/v1/holds', { requestId: await newRequest(la), unitId: 'race-5' });
    const [accept, decline] = await Promise.all([
      provider.post(`/v1/holds/${hold.body.id}/accept`, {}),
      provider.post(`/v1/holds/${hold.body.id}/decline`, { reason: 'mix_of_children' }),
    ]);
    expect([accept.status, decline.status].filter((s) => s < 300)).toHaveLength(1);
    await consistent(['race-5']);
  });

  it('an idempotent retry after the client gave up returns the one hold that was made', async () => {
    const requestId = await newRequest(la);
    const key = { 'idempotency-key': `retry-${requestId}` };
    const token = await la.auth();
    const aborted = fetch(`${app.url}/v1/holds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...key },
      body: JSON.stringify({ requestId, unitId: 'race-6' }),
      signal: AbortSignal.timeout(1),
    }).catch(() => undefined);
    await aborted;
    let retry = await la.post('/v1/holds', { requestId, unitId: 'race-6' }, key);
    for (let i = 0; i < 20 && retry.status === 409 && retry.body.code === 'idempotency_in_progress'; i++) {
      await new Promise((r) => setTimeout(r, 50)); // the first attempt is still in progress
      retry = await la.post('/v1/holds', { requestId, unitId: 'race-6' }, key);
    }
    expect(retry.status).toBe(201);
    const holds = await la.get(`/v1/holds?requestId=${requestId}`);
    expect(holds.body.items).toHaveLength(1);
    expect(holds.body.items[0].id).toBe(retry.body.id);
    await consistent(['race-6']);
  });
});

describe('notifications', () => {
  it('a hold, its acceptance and an expiry each leave an outbox event for the other party', async () => {
    const events = await app.store.audit.notificationsSince(now.toISOString().slice(0, 10), '0');
    const actions = new Set(events.map((e) => e.action));
    for (const a of ['hold.created', 'hold.accepted', 'hold.expired', 'bed.freed'])
      expect(actions).toContain(a);
    for (const e of events) expect(JSON.stringify(e.notify)).not.toMatch(/childRef|case-/);
  });
});

describe('a pooled unit', () => {
  it('N free beds eligible for several streams, mixed-stream concurrent holds: exactly N succeed, on distinct beds', async () => {
    const free = (await la.get('/v1/units/race-pool')).body.freeBeds as number;
    expect(free).toBe(6);
    const requests = await Promise.all(
      Array.from({ length: 30 }, async (_, i) =>
        i % 2 === 0
          ? newRequest(la)
          : ((await la.post('/v1/requests', requestBody({ stream: 'justice', legalBasis: 'remand' }))).body
              .id as string),
      ),
    );
    const holds = await Promise.all(
      requests.map((requestId) => la.post('/v1/holds', { requestId, unitId: 'race-pool' })),
    );
    const ok = holds.filter((h) => h.status === 201);
    expect(ok).toHaveLength(free);
    expect(holds.filter((h) => h.status !== 201).map((h) => h.body.code)).toEqual(
      Array(30 - free).fill('no_bed_available'),
    );
    expect(new Set(ok.map((h) => h.body.bedId)).size).toBe(free);
    const after = (await la.get('/v1/units/race-pool')).body;
    expect(after).toMatchObject({ freeBeds: 0, availability: { welfare: 0, justice: 0 } });
    await consistent(['race-pool']);
  });
});
