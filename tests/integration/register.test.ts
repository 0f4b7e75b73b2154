import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';
import { readCounters, recountBeds } from '../support/recount.js';

/** Illustrative units for the register's own rules: a paused one and a girls-only one. */
const REGISTER_FIXTURES: SeedUnit[] = [
  ...FIXTURE_UNITS,
  {
    ...(FIXTURE_UNITS[0] as SeedUnit),
    id: 'fx-paused',
    name: 'Fixture paused home (illustrative)',
    providerId: 'fx-provider-p',
    providerName: 'Fixture provider P',
    location: { lat: 52.49, lon: -1.9 },
    status: 'paused',
    statusReason: 'Illustrative: paused for the test',
    statusSince: '2026-01-01T00:00:00.000Z',
    provenance: { source: 'Test fixture', asOf: '2026-01-01', verified: false, unverified: [] },
  },
  {
    ...(FIXTURE_UNITS[0] as SeedUnit),
    id: 'fx-girls',
    name: 'Fixture girls-only home (illustrative)',
    providerId: 'fx-provider-g',
    providerName: 'Fixture provider G',
    location: { lat: 52.5, lon: -1.9 },
    sexes: ['female'],
    beds: streamBeds({ welfare: 2 }),
    provenance: {
      source: 'Test fixture',
      asOf: '2026-01-01',
      verified: true,
      unverified: ['specialisms'],
    },
  },
];
const UNIT_IDS = REGISTER_FIXTURES.map((u) => u.id);

let app: App;
const now = new Date('2026-11-25T09:00:00Z');
let la: Client;
let coordinator: Client;
let provider: Client;

beforeAll(async () => {
  app = await testApp({ clock: () => now, seed: REGISTER_FIXTURES });
  la = as(app, 'la', 'E08000025');
  coordinator = as(app, 'coordinator', 'national');
  provider = as(app, 'provider', 'fx-provider-g');
});
afterAll(() => app.stop());

async function newRequest(over: Record<string, unknown> = {}) {
  const r = await la.post('/v1/requests', requestBody(over), { 'idempotency-key': crypto.randomUUID() });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

const matchIds = async (requestId: string) =>
  ((await la.get(`/v1/requests/${requestId}/matches`)).body.items as { unitId: string }[]).map(
    (m) => m.unitId,
  );

const hold = (requestId: string, unitId: string) =>
  la.post('/v1/holds', { requestId, unitId }, { 'idempotency-key': crypto.randomUUID() });

async function unitOf(unitId: string) {
  const r = await coordinator.get(`/v1/units/${unitId}`);
  expect(r.status).toBe(200);
  return r;
}

describe('the register says where its facts come from and whether a unit is open', () => {
  it('lists status, provenance, ward type and duty contact on every unit', async () => {
    const r = await la.get('/v1/units?limit=100');
    expect(r.status).toBe(200);
    for (const u of r.body.items) {
      expect(['open', 'paused', 'closed']).toContain(u.status);
      expect(u.provenance).toMatchObject({ source: expect.any(String), verified: expect.any(Boolean) });
      expect(u.provenance.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(u).toHaveProperty('wardType');
      expect(u).toHaveProperty('dutyContact', null);
      expect(u.etag).toBe(`"${u.version}"`);
    }
    const paused = r.body.items.find((u: { id: string }) => u.id === 'fx-paused');
    expect(paused).toMatchObject({
      status: 'paused',
      statusReason: 'Illustrative: paused for the test',
      statusSince: '2026-01-01T00:00:00.000Z',
    });
  });

  it('filters by status', async () => {
    const open = await la.get('/v1/units?status=open&limit=100');
    const paused = await la.get('/v1/units?status=paused');
    const ids = (r: typeof open) => r.body.items.map((u: { id: string }) => u.id);
    expect(ids(open)).not.toContain('fx-paused');
    expect(ids(open)).toContain('fx-leeds');
    expect(ids(paused)).toEqual(['fx-paused']);
    expect((await la.get('/v1/units?status=shut')).status).toBe(400);
  });

  it('never matches or holds a bed at a paused unit', async () => {
    const requestId = await newRequest({ needs: [] });
    expect(await matchIds(requestId)).not.toContain('fx-paused');
    const r = await hold(requestId, 'fx-paused');
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('no_bed_available');
  });

  it('never matches or holds a boy at a girls-only unit', async () => {
    const boy = await newRequest({ sex: 'male' });
    expect(await matchIds(boy)).not.toContain('fx-girls');
    const r = await hold(boy, 'fx-girls');
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('no_bed_available');
    const girl = await newRequest({ sex: 'female' });
    expect(await matchIds(girl)).toContain('fx-girls');
  });

  it('refuses a hold for a child outside the unit’s ages', async () => {
    const adult = await newRequest({ ageYears: 18, sex: 'female' });
    const r = await hold(adult, 'fx-girls');
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('no_bed_available');
  });

  it('says in the reasons when specialisms are not verified', async () => {
    const requestId = await newRequest({ sex: 'female', needs: ['self_harm'] });
    const r = await la.get(`/v1/requests/${requestId}/matches`);
    const girls = r.body.items.find((m: { unitId: string }) => m.unitId === 'fx-girls');
    expect(girls.reasons.join(' ')).toMatch(/Specialisms not verified/);
  });
});

describe('a coordinator corrects a unit', () => {
  it('needs If-Match: 428 without, 412 when stale', async () => {
    const missing = await coordinator.call('PATCH', '/v1/units/fx-exeter', { statusReason: 'x' });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('precondition_required');
    const stale = await coordinator.call(
      'PATCH',
      '/v1/units/fx-exeter',
      { specialisms: ['violence'] },
      { 'if-match': '"99"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_mismatch');
  });

  it('pauses a unit: the change is audited, the ETag moves, and matching stops offering it', async () => {
    const before = await unitOf('fx-exeter');
    const requestId = await newRequest({ needs: [] });
    expect(await matchIds(requestId)).toContain('fx-exeter');

    const r = await coordinator.call(
      'PATCH',
      '/v1/units/fx-exeter',
      { status: 'paused', statusReason: 'Staffing review (illustrative)' },
      { 'if-match': before.body.etag },
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'paused',
      statusReason: 'Staffing review (illustrative)',
      statusSince: now.toISOString(),
    });
    expect(r.headers.get('etag')).toBe(r.body.etag);
    expect(r.body.etag).not.toBe(before.body.etag);

    expect(await matchIds(requestId)).not.toContain('fx-exeter');
    expect((await hold(requestId, 'fx-exeter')).status).toBe(409);
    const capacity = await coordinator.get('/v1/capacity');
    expect(capacity.body.national.unitsByStatus).toEqual({ open: UNIT_IDS.length - 2, paused: 2, closed: 0 });

    const audit = await coordinator.get('/v1/audit?entity=fx-exeter');
    const event = audit.body.items.find((e: { action: string }) => e.action === 'unit.updated');
    expect(event).toMatchObject({
      actor: { role: 'coordinator', org: 'national' },
      before: { status: 'open', version: before.body.version },
      after: { status: 'paused', version: before.body.version + 1 },
    });

    const reopen = await coordinator.call(
      'PATCH',
      '/v1/units/fx-exeter',
      { status: 'open' },
      { 'if-match': r.body.etag },
    );
    expect(reopen.body).toMatchObject({ status: 'open', statusReason: null });
    expect(await matchIds(requestId)).toContain('fx-exeter');
  });

  it('lets exactly one of two concurrent corrections with the same ETag win', async () => {
    const { body } = await unitOf('fx-leeds');
    const results = await Promise.all(
      [['violence'], ['absconding']].map((specialisms) =>
        coordinator.call('PATCH', '/v1/units/fx-leeds', { specialisms }, { 'if-match': body.etag }),
      ),
    );
    expect(results.map((x) => x.status).sort()).toEqual([200, 412]);
  });

  it('pausing a unit leaves its active hold alone: the provider can still accept it', async () => {
    const requestId = await newRequest({ sex: 'female' });
    const h = await hold(requestId, 'fx-girls');
    expect(h.status).toBe(201);
    const { body } = await unitOf('fx-girls');
    const paused = await coordinator.call(
      'PATCH',
      '/v1/units/fx-girls',
      { status: 'closed', statusReason: 'Illustrative closure' },
      { 'if-match': body.etag },
    );
    expect(paused.status).toBe(200);
    expect((await la.get(`/v1/holds/${h.body.id}`)).body.status).toBe('active');
    const accepted = await provider.post(
      `/v1/holds/${h.body.id}/accept`,
      {},
      { 'idempotency-key': crypto.randomUUID() },
    );
    expect(accepted.status).toBe(201);
    expect(await readCounters(app.store, UNIT_IDS, now)).toEqual(await recountBeds(app.store, UNIT_IDS, now));
  });

  it('rejects unknown fields and a ward type on a unit that is not a ward', async () => {
    const { body } = await unitOf('fx-leeds');
    const unknown = await coordinator.call(
      'PATCH',
      '/v1/units/fx-leeds',
      { colour: 'red' },
      { 'if-match': body.etag },
    );
    expect(unknown.status).toBe(400);
    const ward = await coordinator.call(
      'PATCH',
      '/v1/units/fx-leeds',
      { wardType: 'picu' },
      { 'if-match': body.etag },
    );
    expect(ward.status).toBe(400);
    const wardOk = await unitOf('fx-ward');
    const set = await coordinator.call(
      'PATCH',
      '/v1/units/fx-ward',
      { wardType: 'picu' },
      { 'if-match': wardOk.body.etag },
    );
    expect(set.status).toBe(200);
    expect(set.body.wardType).toBe('picu');
  });
});

describe('a provider keeps its duty contact current', () => {
  const contact = { phone: '01632 960 001', email: 'duty@example.gov.uk', hours: '24 hours, every day' };

  it('sets its own unit’s duty contact', async () => {
    const { body } = await unitOf('fx-leeds');
    const own = as(app, 'provider', 'fx-provider-a');
    const r = await own.call(
      'PATCH',
      '/v1/units/fx-leeds',
      { dutyContact: contact },
      { 'if-match': body.etag },
    );
    expect(r.status).toBe(200);
    expect(r.body.dutyContact).toEqual(contact);
    expect((await la.get('/v1/units/fx-leeds')).body.dutyContact).toEqual(contact);
  });

  it('may not change anything else (403), nor another provider’s unit (404)', async () => {
    const { body } = await unitOf('fx-leeds');
    const own = as(app, 'provider', 'fx-provider-a');
    const other = as(app, 'provider', 'fx-provider-b');
    const status = await own.call(
      'PATCH',
      '/v1/units/fx-leeds',
      { status: 'closed' },
      { 'if-match': body.etag },
    );
    expect(status.status).toBe(403);
    expect(status.body.code).toBe('forbidden');
    const theirs = await other.call(
      'PATCH',
      '/v1/units/fx-leeds',
      { dutyContact: contact },
      { 'if-match': body.etag },
    );
    expect(theirs.status).toBe(404);
    const asLa = await la.call(
      'PATCH',
      '/v1/units/fx-leeds',
      { dutyContact: contact },
      { 'if-match': body.etag },
    );
    expect(asLa.status).toBe(403);
  });
});
