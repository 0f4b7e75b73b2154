import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { DEPARTMENT_BY_STREAM, type Stream } from '../../shared/contract/enums.js';
import { as, type Client, requestBody, testApp } from '../support/app.js';
import { readCounters, recountBeds } from '../support/recount.js';

let app: App;
let now = new Date('2026-11-25T09:00:00Z');
let provider: Client;
let otherProvider: Client;
let la: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => now });
  provider = as(app, 'provider', 'fx-provider-a');
  otherProvider = as(app, 'provider', 'fx-provider-b');
  la = as(app, 'la', 'E08000025');
});
afterAll(() => app.stop());

async function bed(unitId: string, stream: string, state = 'available') {
  const beds = await provider.get(`/v1/units/${unitId}/beds`);
  return beds.body.items.find(
    (b: { contractedTo: string; state: string }) =>
      b.contractedTo === DEPARTMENT_BY_STREAM[stream as Stream] && b.state === state,
  );
}

describe('updating a bed', () => {
  it('closes a bed with a reason, returns a new ETag, and moves the counters with it', async () => {
    const b = await bed('fx-leeds', 'welfare');
    const r = await provider.put(
      `/v1/units/fx-leeds/beds/${b.id}`,
      { state: 'closed', reason: 'staffing' },
      { 'if-match': b.etag },
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: b.id, state: 'closed', reason: 'staffing', version: b.version + 1 });
    expect(r.headers.get('etag')).toBe(r.body.etag);
    expect(r.body.etag).not.toBe(b.etag);
    expect(await readCounters(app.store, ['fx-leeds'], now)).toEqual(
      await recountBeds(app.store, ['fx-leeds'], now),
    );
    const reopen = await provider.put(
      `/v1/units/fx-leeds/beds/${b.id}`,
      { state: 'available' },
      { 'if-match': r.body.etag },
    );
    expect(reopen.status).toBe(200);
    expect(reopen.body.reason).toBeNull();
  });

  it('answers 428 without If-Match and 412 with a stale ETag', async () => {
    const b = await bed('fx-leeds', 'welfare');
    const missing = await provider.put(`/v1/units/fx-leeds/beds/${b.id}`, {
      state: 'closed',
      reason: 'maintenance',
    });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('precondition_required');
    await provider.put(`/v1/units/fx-leeds/beds/${b.id}`, { state: 'available' }, { 'if-match': b.etag });
    const stale = await provider.put(
      `/v1/units/fx-leeds/beds/${b.id}`,
      { state: 'closed', reason: 'maintenance' },
      { 'if-match': b.etag },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_mismatch');
  });

  it('lets exactly one of two concurrent updates with the same ETag win: no lost update', async () => {
    const b = await bed('fx-leeds', 'justice');
    const [x, y] = await Promise.all([
      provider.put(
        `/v1/units/fx-leeds/beds/${b.id}`,
        { state: 'closed', reason: 'incident' },
        { 'if-match': b.etag },
      ),
      provider.put(
        `/v1/units/fx-leeds/beds/${b.id}`,
        { state: 'closed', reason: 'maintenance' },
        { 'if-match': b.etag },
      ),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 412]);
    const winner = x.status === 200 ? x : y;
    await provider.put(
      `/v1/units/fx-leeds/beds/${b.id}`,
      { state: 'available' },
      { 'if-match': winner.body.etag },
    );
  });

  it('closes a bed without a reason (SPEC: reason optional), and refuses an unknown reason or a reason for an open bed as 400 with field errors', async () => {
    const b = await bed('fx-leeds', 'welfare');
    const badReason = await provider.put(
      `/v1/units/fx-leeds/beds/${b.id}`,
      { state: 'closed', reason: 'tired' },
      { 'if-match': b.etag },
    );
    expect(badReason.status).toBe(400);
    expect(badReason.body.errors[0].field).toContain('reason');
    const openWithReason = await provider.put(
      `/v1/units/fx-leeds/beds/${b.id}`,
      { state: 'available', reason: 'staffing' },
      { 'if-match': b.etag },
    );
    expect(openWithReason.status).toBe(400);
    const noReason = await provider.put(
      `/v1/units/fx-leeds/beds/${b.id}`,
      { state: 'closed' },
      { 'if-match': b.etag },
    );
    expect(noReason.status, noReason.text).toBe(200);
    expect(noReason.body).toMatchObject({ state: 'closed', reason: null, version: b.version + 1 });
    // Bulk, a reason sent with a bed being opened is not kept: an open bed has no closure reason.
    const bulk = await provider.put('/v1/units/fx-leeds/beds', {
      beds: [{ id: b.id, etag: noReason.body.etag, state: 'available', reason: 'staffing' }],
    });
    expect(bulk.status, bulk.text).toBe(200);
    expect(bulk.body.items[0]).toMatchObject({ state: 'available', reason: null });
  });

  it("lists a unit's beds a page at a time, as every list does: limit, cursor, no cursor on the last page", async () => {
    const all = await provider.get('/v1/units/fx-leeds/beds?limit=100');
    expect(all.status, all.text).toBe(200);
    expect(all.body.nextCursor).toBeUndefined();
    const total = all.body.items.length;
    expect(total).toBeGreaterThan(2);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const got = await provider.get(
        `/v1/units/fx-leeds/beds?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(got.status, got.text).toBe(200);
      expect(got.body.items.length).toBeLessThanOrEqual(2);
      expect(got.body.items.length).toBeGreaterThan(0);
      seen.push(...got.body.items.map((b: { id: string }) => b.id));
      cursor = got.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((b: { id: string }) => b.id));
    expect(seen.length).toBe(total);
    // An exact last page carries no cursor to an empty one.
    const exact = await provider.get(`/v1/units/fx-leeds/beds?limit=${total}`);
    expect(exact.body.items.length).toBe(total);
    expect(exact.body.nextCursor).toBeUndefined();
    for (const bad of ['limit=0', 'limit=101', 'cursor=not-a-cursor']) {
      const r = await provider.get(`/v1/units/fx-leeds/beds?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.code).toBe('validation_failed');
    }
  });

  it('will not set a held bed through this route (409 invalid_transition)', async () => {
    const req = await la.post('/v1/requests', requestBody());
    const hold = await la.post('/v1/holds', { requestId: req.body.id, unitId: 'fx-exeter' });
    const beds = await as(app, 'provider', 'fx-provider-b').get('/v1/units/fx-exeter/beds');
    const held = beds.body.items.find((b: { id: string }) => b.id === hold.body.bedId);
    const r = await otherProvider.put(
      `/v1/units/fx-exeter/beds/${held.id}`,
      { state: 'closed', reason: 'staffing' },
      { 'if-match': held.etag },
    );
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('invalid_transition');
    await la.del(`/v1/holds/${hold.body.id}`);
  });

  it("another provider's unit answers 404", async () => {
    const b = await bed('fx-leeds', 'welfare');
    const r = await otherProvider.put(
      `/v1/units/fx-leeds/beds/${b.id}`,
      { state: 'closed', reason: 'staffing' },
      { 'if-match': b.etag },
    );
    expect(r.status).toBe(404);
  });
});

describe('bulk update', () => {
  it('changes several beds in one call', async () => {
    const beds = (await provider.get('/v1/units/fx-leeds/beds')).body.items
      .filter((b: { state: string }) => b.state === 'available')
      .slice(0, 2);
    const r = await provider.put('/v1/units/fx-leeds/beds', {
      beds: beds.map((b: { id: string; etag: string }) => ({
        id: b.id,
        etag: b.etag,
        state: 'closed',
        reason: 'maintenance',
      })),
    });
    expect(r.status).toBe(200);
    expect(r.body.items.map((b: { state: string }) => b.state)).toEqual(['closed', 'closed']);
    await provider.put('/v1/units/fx-leeds/beds', {
      beds: r.body.items.map((b: { id: string; etag: string }) => ({
        id: b.id,
        etag: b.etag,
        state: 'available',
      })),
    });
  });

  it('is all or nothing: one stale ETag and no bed changes', async () => {
    const before = (await provider.get('/v1/units/fx-leeds/beds')).body.items
      .filter((b: { state: string }) => b.state === 'available')
      .slice(0, 2);
    const [first, second] = before as { id: string; etag: string }[];
    const r = await provider.put('/v1/units/fx-leeds/beds', {
      beds: [
        { id: first?.id, etag: first?.etag, state: 'closed', reason: 'staffing' },
        { id: second?.id, etag: '"999"', state: 'closed', reason: 'staffing' },
      ],
    });
    expect(r.status).toBe(412);
    const after = (await provider.get('/v1/units/fx-leeds/beds')).body.items;
    expect(after.find((b: { id: string }) => b.id === first?.id).state).toBe('available');
    expect(await readCounters(app.store, ['fx-leeds'], now)).toEqual(
      await recountBeds(app.store, ['fx-leeds'], now),
    );
  });
});

describe('freshness', () => {
  it('shows a unit stale after 24 hours without confirmation, and fresh again once confirmed', async () => {
    const fresh = await la.get('/v1/units/fx-ward');
    expect(fresh.body.stale).toBe(false);
    now = new Date(now.getTime() + 25 * 3600_000);
    expect((await la.get('/v1/units/fx-ward')).body.stale).toBe(true);
    const confirmed = await as(app, 'provider', 'fx-provider-c').post('/v1/units/fx-ward/confirm');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.lastConfirmedAt).toBe(now.toISOString());
    expect((await la.get('/v1/units/fx-ward')).body.stale).toBe(false);
  });

  it('counts stale units apart in the capacity view instead of trusting their figures', async () => {
    now = new Date(now.getTime() + 25 * 3600_000);
    await as(app, 'provider', 'fx-provider-c').post('/v1/units/fx-ward/confirm');
    const cap = await as(app, 'coordinator', 'national').get('/v1/capacity');
    expect(cap.status).toBe(200);
    expect(cap.body.national.staleUnits).toBe(2);
    expect(cap.body.national.units).toBe(3);
    expect(cap.body.national.beds.total).toBe(2); // only the confirmed ward's beds are trusted
  });

  it('filters the register by stream, region and availability', async () => {
    const mh = await la.get('/v1/units?stream=mental_health');
    expect(mh.body.items.map((u: { id: string }) => u.id)).toEqual(['fx-ward']);
    const sw = await la.get('/v1/units?region=E12000009');
    expect(sw.body.items.map((u: { id: string }) => u.id)).toEqual(['fx-exeter']);
    const bad = await la.get('/v1/units?colour=blue');
    expect(bad.status).toBe(400);
  });
});
