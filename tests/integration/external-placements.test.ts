import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { SeedUnit } from '../../shared/data/register.js';
import { as, type Client, FIXTURE_UNITS, testApp } from '../support/app.js';
import { readCounters, recountBeds } from '../support/recount.js';

/** Illustrative: a home whose beds may serve welfare and justice, half of them contracted to each. */
const UNITS: SeedUnit[] = [
  ...FIXTURE_UNITS,
  {
    ...(FIXTURE_UNITS[0] as SeedUnit),
    id: 'fx-shared',
    name: 'Fixture shared home (illustrative)',
    providerId: 'fx-provider-s',
    providerName: 'Fixture provider S',
    beds: [
      { count: 6, eligibleStreams: ['welfare', 'justice'], contractedTo: 'DfE' },
      { count: 6, eligibleStreams: ['welfare', 'justice'], contractedTo: 'MoJ' },
    ],
  },
];
const IDS = UNITS.map((u) => u.id);

let app: App;
const now = new Date('2026-11-25T09:00:00Z');
let provider: Client;
let coordinator: Client;
let la: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => now, seed: UNITS });
  provider = as(app, 'provider', 'fx-provider-s');
  coordinator = as(app, 'coordinator', 'national');
  la = as(app, 'la', 'E08000025');
});
afterAll(() => app.stop());

const key = () => ({ 'idempotency-key': crypto.randomUUID() });

async function freeBed(unitId = 'fx-shared', contractedTo = 'DfE') {
  const beds = await provider.get(`/v1/units/${unitId}/beds`);
  return beds.body.items.find(
    (b: { state: string; contractedTo: string | null }) =>
      b.state === 'available' && b.contractedTo === contractedTo,
  );
}

const record = (
  bedId: string,
  body: Record<string, unknown> = {},
  client = provider,
  headers: Record<string, string> = key(),
) =>
  client.post(
    '/v1/units/fx-shared/external-placements',
    { bedId, stream: 'justice', since: '2026-11-01', ...body },
    headers,
  );

async function expectCountersEqualRecount() {
  expect(await readCounters(app.store, IDS, now)).toEqual(await recountBeds(app.store, IDS, now));
}

describe('recording a child placed outside the service', () => {
  it('occupies the bed with an external placement that names no child, and the counters follow', async () => {
    const bed = await freeBed();
    const r = await record(bed.id, { ageYears: 15, sex: 'male' });
    expect(r.status).toBe(201);
    expect(r.headers.get('location')).toBe(`/v1/placements/${r.body.id}`);
    expect(r.body).not.toHaveProperty('childRef');
    expect(r.body).toMatchObject({
      external: true,
      requestId: null,
      holdId: null,
      laCode: null,
      unitId: 'fx-shared',
      bedId: bed.id,
      stream: 'justice',
      status: 'active',
      startedAt: '2026-11-01T00:00:00.000Z',
      ageYears: 15,
      sex: 'male',
      legalAuthority: null,
    });
    const after = (await provider.get('/v1/units/fx-shared/beds')).body.items.find(
      (b: { id: string }) => b.id === bed.id,
    );
    expect(after).toMatchObject({ state: 'occupied', servingStream: 'justice' });
    await expectCountersEqualRecount();

    const own = await provider.get('/v1/placements');
    expect(own.body.items.map((p: { id: string }) => p.id)).toContain(r.body.id);
    const theirs = await la.get('/v1/placements');
    expect(theirs.body.items.map((p: { id: string }) => p.id)).not.toContain(r.body.id);
    expect((await la.get(`/v1/placements/${r.body.id}`)).status).toBe(404);
  });

  it('is discharged by its provider like any other placement, which frees the bed', async () => {
    const bed = await freeBed();
    const placed = await record(bed.id);
    const out = await provider.post(
      `/v1/placements/${placed.body.id}/discharge`,
      { destination: 'youth_custody' },
      key(),
    );
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ status: 'discharged', destination: 'youth_custody' });
    const after = (await provider.get('/v1/units/fx-shared/beds')).body.items.find(
      (b: { id: string }) => b.id === bed.id,
    );
    expect(after.state).toBe('available');
    await expectCountersEqualRecount();
  });

  it('needs an Idempotency-Key, and a retry with the same key records one placement', async () => {
    const bed = await freeBed();
    const missing = await record(bed.id, {}, provider, { 'idempotency-key': '' });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('precondition_required');
    const headers = key();
    const first = await record(bed.id, {}, provider, headers);
    const again = await record(bed.id, {}, provider, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
  });

  it('refuses a stream the bed may not serve, a day in the future, and a bed that is taken', async () => {
    const ward = await freeBed('fx-ward', 'DHSC');
    const wardProvider = as(app, 'provider', 'fx-provider-c');
    const wrong = await wardProvider.post(
      '/v1/units/fx-ward/external-placements',
      { bedId: ward.id, stream: 'justice', since: '2026-11-01' },
      key(),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('body.stream');
    const bed = await freeBed();
    expect((await record(bed.id, { since: '2026-12-25' })).status).toBe(400);
    expect((await record(bed.id)).status).toBe(201);
    const taken = await record(bed.id);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('no_bed_available');
  });

  it('answers another provider 404 and an LA 403', async () => {
    const bed = await freeBed();
    expect((await record(bed.id, {}, as(app, 'provider', 'fx-provider-a'))).status).toBe(404);
    expect((await record(bed.id, {}, la)).status).toBe(403);
  });

  it('lets exactly one of many concurrent recordings of the same bed succeed', async () => {
    const bed = await freeBed('fx-shared', 'MoJ');
    const results = await Promise.all(Array.from({ length: 8 }, () => record(bed.id, {}, coordinator)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);
    await expectCountersEqualRecount();
  });

  it('counts in usage: bed-nights for the child’s department', async () => {
    for (let i = 0; i < 5; i++) {
      const bed = await freeBed('fx-shared', 'MoJ');
      if (!bed) break;
      expect((await record(bed.id, {}, coordinator)).status).toBe(201);
    }
    const usage = await coordinator.get('/v1/usage?from=2026-11-01&to=2026-11-24');
    expect(usage.status).toBe(200);
    const moj = usage.body.byDepartment.find((d: { department: string }) => d.department === 'MoJ');
    expect(moj.placements.value).toBeGreaterThanOrEqual(5);
    expect(moj.bedNights.value).toBeGreaterThan(0);
  });
});

describe('a register seeded as a typical night', () => {
  let typical: App;
  beforeAll(async () => {
    typical = await testApp({ clock: () => now, seed: UNITS, seedProfile: 'typical' });
  });
  afterAll(() => typical.stop());

  it('backs every occupied bed with an external placement its provider can discharge', async () => {
    const p = as(typical, 'provider', 'fx-provider-s');
    const beds = (await p.get('/v1/units/fx-shared/beds')).body.items as { id: string; state: string }[];
    const occupied = beds.filter((b) => b.state === 'occupied');
    expect(occupied.length).toBeGreaterThan(0);
    const placements = (await p.get('/v1/placements?limit=100')).body.items as {
      id: string;
      bedId: string;
      external: boolean;
    }[];
    for (const b of occupied) {
      const behind = placements.find((x) => x.bedId === b.id);
      expect(behind, b.id).toMatchObject({ external: true });
    }
    const first = placements.find((x) => x.bedId === occupied[0]?.id);
    const out = await p.post(`/v1/placements/${first?.id}/discharge`, { destination: 'home' }, key());
    expect(out.status).toBe(200);
    expect(await readCounters(typical.store, IDS, now)).toEqual(await recountBeds(typical.store, IDS, now));
  });
});

describe('what the register says the unit takes and whether it is open', () => {
  it('refuses a child of a sex or age the unit does not take, by field, writing nothing', async () => {
    const bed = await freeBed('fx-ward', 'DHSC');
    const ward = as(app, 'provider', 'fx-provider-c');
    const post = (body: Record<string, unknown>) =>
      ward.post(
        '/v1/units/fx-ward/external-placements',
        { bedId: bed.id, stream: 'mental_health', since: '2026-11-01', ...body },
        key(),
      );
    const boy = await post({ sex: 'male' });
    expect(boy.status).toBe(400);
    expect(boy.body.errors).toEqual([{ field: 'body.sex', message: expect.stringMatching(/male/) }]);
    const young = await post({ ageYears: 11 });
    expect(young.status).toBe(400);
    expect(young.body.errors).toEqual([
      { field: 'body.ageYears', message: expect.stringMatching(/12 to 17/) },
    ]);
    expect((await freeBed('fx-ward', 'DHSC')).id).toBe(bed.id);
    expect((await post({ sex: 'female', ageYears: 15 })).status).toBe(201);
    await expectCountersEqualRecount();
  });

  it('records a child already at a paused unit, but none at a closed one (409 invalid_transition)', async () => {
    const exeter = as(app, 'provider', 'fx-provider-b');
    const setStatus = async (status: string) => {
      const unit = await coordinator.get('/v1/units/fx-exeter');
      const r = await coordinator.call(
        'PATCH',
        '/v1/units/fx-exeter',
        { status, statusReason: 'Illustrative' },
        { 'if-match': unit.body.etag },
      );
      expect(r.status, r.text).toBe(200);
    };
    const post = async () =>
      exeter.post(
        '/v1/units/fx-exeter/external-placements',
        { bedId: (await freeBed('fx-exeter')).id, stream: 'welfare', since: '2026-11-20' },
        key(),
      );
    await setStatus('paused');
    expect((await post()).status).toBe(201);
    await setStatus('closed');
    const closed = await post();
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('invalid_transition');
    await expectCountersEqualRecount();
  });
});
