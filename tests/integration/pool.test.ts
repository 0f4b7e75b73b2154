import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { SeedUnit } from '../../shared/data/register.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';
import { readCounters, recountBeds } from '../support/recount.js';

/**
 * The pooled register through the API (SPEC, "Pool rules"): a welfare child may take a free
 * justice-contracted bed of a secure children's home when the MoJ lends it, and not otherwise.
 */

const base = FIXTURE_UNITS[0] as SeedUnit;
/** Like Barton Moss on a night when only its YCS beds are free: every bed MoJ's, each may serve welfare or justice. */
const mojOnly: SeedUnit = {
  ...base,
  id: 'pool-moj',
  name: 'Pool home, MoJ beds only (illustrative)',
  providerId: 'pool-provider',
  beds: [{ count: 2, eligibleStreams: ['welfare', 'justice'], contractedTo: 'MoJ' }],
};
/** One bed of each kind, to see the order a hold takes them in. */
const mixed: SeedUnit = {
  ...base,
  id: 'pool-mixed',
  name: 'Pool home, mixed contracts (illustrative)',
  providerId: 'pool-provider',
  beds: [
    { count: 1, eligibleStreams: ['welfare', 'justice'], contractedTo: 'MoJ' },
    { count: 1, eligibleStreams: ['welfare', 'justice'], contractedTo: null },
    { count: 1, eligibleStreams: ['welfare', 'justice'], contractedTo: 'DfE' },
  ],
};

/** Five MoJ beds either stream may use: enough flex placements for usage to publish them. */
const mojFive: SeedUnit = {
  ...mojOnly,
  id: 'pool-moj-5',
  name: 'Pool home, five MoJ beds (illustrative)',
  beds: [{ count: 5, eligibleStreams: ['welfare', 'justice'], contractedTo: 'MoJ' }],
};

let app: App;
const seededAt = new Date('2026-11-25T08:00:00Z');
let now = seededAt;
let la: Client;
let coordinator: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => now, seed: [mojOnly, mixed, mojFive] });
  la = as(app, 'la', 'E08000025');
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

async function welfareRequest(): Promise<string> {
  const r = await la.post('/v1/requests', requestBody(), { 'idempotency-key': crypto.randomUUID() });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

const setMoJ = (rule: Record<string, unknown>) =>
  coordinator.put('/v1/pool-rules', { rules: [{ department: 'MoJ', ...rule }] });

const hold = (requestId: string, unitId: string) =>
  la.post('/v1/holds', { requestId, unitId }, { 'idempotency-key': crypto.randomUUID() });

async function matchFor(requestId: string, unitId: string) {
  const r = await la.get(`/v1/requests/${requestId}/matches`);
  expect(r.status).toBe(200);
  return (r.body.items as { unitId: string; flex: boolean; available: number }[]).find(
    (m) => m.unitId === unitId,
  );
}

describe('pool rules', () => {
  it('default to always for every department, readable by every role', async () => {
    for (const [role, org] of [
      ['la', 'E08000025'],
      ['provider', 'pool-provider'],
      ['commissioner', 'DfE'],
      ['coordinator', 'national'],
    ] as const) {
      const r = await as(app, role, org).get('/v1/pool-rules');
      expect(r.status, role).toBe(200);
    }
    const r = await la.get('/v1/pool-rules');
    expect(r.body.rules).toEqual([
      { department: 'DfE', release: 'always' },
      { department: 'MoJ', release: 'always' },
      { department: 'DHSC', release: 'always' },
    ]);
  });

  it('are set by a coordinator only, validated, and audited', async () => {
    expect(
      (await la.put('/v1/pool-rules', { rules: [{ department: 'MoJ', release: 'never' }] })).status,
    ).toBe(403);
    const bad = await setMoJ({ release: 'after_hours' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    expect((await setMoJ({ release: 'never', afterHours: 4 })).status).toBe(400);
    expect(
      (await coordinator.put('/v1/pool-rules', { rules: [{ department: 'HMRC', release: 'never' }] })).status,
    ).toBe(400);
    const ok = await setMoJ({ release: 'always' });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBeGreaterThan(0);
    const audit = await coordinator.get('/v1/audit?entity=pool-rules');
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('pool_rules.updated');
  });
});

describe('a welfare child and a free justice-contracted SCH bed', () => {
  it('is offered and held when the MoJ always lends (flex, contractedTo MoJ)', async () => {
    await setMoJ({ release: 'always' });
    const unit = await la.get('/v1/units/pool-moj');
    expect(unit.body.availability).toEqual({ welfare: 2, justice: 2 });
    expect(unit.body.freeBeds).toBe(2);
    const requestId = await welfareRequest();
    const m = await matchFor(requestId, 'pool-moj');
    expect(m).toMatchObject({ flex: true, available: 2 });
    const h = await hold(requestId, 'pool-moj');
    expect(h.status).toBe(201);
    expect(h.body).toMatchObject({ status: 'active', contractedTo: 'MoJ', flex: true, stream: 'welfare' });
    const beds = (await la.get('/v1/units/pool-moj/beds')).body.items as Record<string, unknown>[];
    expect(beds.find((b) => b.id === h.body.bedId)).toMatchObject({
      state: 'held',
      servingStream: 'welfare',
      contractedTo: 'MoJ',
      eligibleStreams: ['welfare', 'justice'],
    });
    // One bed is held: one left, and it counts once however many streams may use it.
    const after = await la.get('/v1/units/pool-moj');
    expect(after.body).toMatchObject({ freeBeds: 1, availability: { welfare: 1, justice: 1 } });
    expect((await la.del(`/v1/holds/${h.body.id}`)).status).toBe(200);
  });

  it('is not offered, and cannot be held, when the MoJ never lends', async () => {
    expect((await setMoJ({ release: 'never' })).status).toBe(200);
    const requestId = await welfareRequest();
    expect(await matchFor(requestId, 'pool-moj')).toBeUndefined();
    const unit = await la.get('/v1/units/pool-moj');
    expect(unit.body.availability).toEqual({ welfare: 0, justice: 2 });
    const h = await hold(requestId, 'pool-moj');
    expect(h.status).toBe(409);
    expect(h.body.code).toBe('no_bed_available');
    // A justice child still gets the MoJ's own bed.
    const justice = await la.post('/v1/requests', requestBody({ stream: 'justice', legalBasis: 'remand' }), {
      'idempotency-key': crypto.randomUUID(),
    });
    const jh = await hold(justice.body.id, 'pool-moj');
    expect(jh.status).toBe(201);
    expect(jh.body).toMatchObject({ contractedTo: 'MoJ', flex: false });
    expect((await la.del(`/v1/holds/${jh.body.id}`)).status).toBe(200);
  });

  it('is offered only once the bed has been free for the set hours under after_hours', async () => {
    expect((await setMoJ({ release: 'after_hours', afterHours: 6 })).status).toBe(200);
    // Released above at seededAt + a moment: the beds are free since then at the latest.
    now = new Date(seededAt.getTime() + 60 * 60_000);
    const requestId = await welfareRequest();
    expect(await matchFor(requestId, 'pool-moj')).toBeUndefined();
    expect((await hold(requestId, 'pool-moj')).body.code).toBe('no_bed_available');
    now = new Date(seededAt.getTime() + 7 * 60 * 60_000);
    expect(await matchFor(requestId, 'pool-moj')).toMatchObject({ flex: true });
    const h = await hold(requestId, 'pool-moj');
    expect(h.status).toBe(201);
    expect(h.body).toMatchObject({ contractedTo: 'MoJ', flex: true });
    expect((await la.del(`/v1/holds/${h.body.id}`)).status).toBe(200);
    // The bed just released has been free for no time at all: only the other one is lent, until
    // 6 more hours have passed.
    const next = await welfareRequest();
    expect(await matchFor(next, 'pool-moj')).toMatchObject({ flex: true, available: 1 });
    now = new Date(now.getTime() + 6 * 60 * 60_000);
    expect(await matchFor(next, 'pool-moj')).toMatchObject({ flex: true, available: 2 });
    await setMoJ({ release: 'always' });
  });
});

describe('the order a hold takes beds in', () => {
  it("own department's bed first, then a pooled spot bed, then another department's", async () => {
    await setMoJ({ release: 'always' });
    const taken: { contractedTo: string | null; flex: boolean }[] = [];
    for (let i = 0; i < 3; i++) {
      const h = await hold(await welfareRequest(), 'pool-mixed');
      expect(h.status).toBe(201);
      taken.push({ contractedTo: h.body.contractedTo, flex: h.body.flex });
    }
    expect(taken).toEqual([
      { contractedTo: 'DfE', flex: false },
      { contractedTo: null, flex: false },
      { contractedTo: 'MoJ', flex: true },
    ]);
    expect((await hold(await welfareRequest(), 'pool-mixed')).status).toBe(409);
    expect(await readCounters(app.store, ['pool-mixed', 'pool-moj'], now)).toEqual(
      await recountBeds(app.store, ['pool-mixed', 'pool-moj'], now),
    );
  });
});

describe('usage per department', () => {
  it('shows the flex bed-nights of welfare children in MoJ beds, and the MoJ beds lent', async () => {
    await setMoJ({ release: 'always' });
    const placedAt = new Date('2026-12-01T10:00:00Z');
    now = placedAt;
    for (let i = 0; i < 5; i++) {
      const h = await hold(await welfareRequest(), 'pool-moj-5');
      expect(h.body).toMatchObject({ contractedTo: 'MoJ', flex: true });
      const placed = await coordinator.post(
        `/v1/holds/${h.body.id}/accept`,
        {},
        {
          'idempotency-key': crypto.randomUUID(),
        },
      );
      expect(placed.status).toBe(201);
    }
    now = new Date('2026-12-04T12:00:00Z'); // three nights later
    const commissioner = as(app, 'commissioner', 'MoJ');
    const usage = await commissioner.get('/v1/usage?from=2026-12-01&to=2026-12-04');
    expect(usage.status).toBe(200);
    const by = Object.fromEntries(
      (usage.body.byDepartment as { department: string }[]).map((d) => [d.department, d]),
    );
    expect(by.DfE).toMatchObject({ flexBedNights: { value: 15, suppressed: false } });
    expect(by.MoJ).toMatchObject({
      lentBedNights: { value: 15, suppressed: false },
      flexBedNights: { value: 0, suppressed: false },
    });
    // Contracts from the counters: every bed of these fixtures is the MoJ's but the mixed unit's.
    expect(by.MoJ).toMatchObject({ contractedBeds: 8 });
    expect(by.DfE).toMatchObject({ contractedBeds: 1 });
  });
});
