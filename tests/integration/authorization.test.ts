import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { londonDate } from '../../shared/domain/london-time.js';
import { ROUTES } from '../../shared/http/routes.js';
import { as, type Client, FIXTURE_UNITS, requestBody, testApp } from '../support/app.js';

/**
 * The authorization matrix, generated from the route table: every route × every role ×
 * own org / other org, against the outcome SPEC.md gives. A route without a case here fails.
 */

const OWN_LA = 'E08000025';
const OTHER_LA = 'E09000001';
const OWN_PROVIDER = 'mx-provider-a';
const OTHER_PROVIDER = 'mx-provider-b';

const unit = (id: string, providerId: string): SeedUnit => ({
  ...(FIXTURE_UNITS[0] as SeedUnit),
  id,
  name: `Matrix unit ${id} (illustrative)`,
  providerId,
  providerName: `Matrix provider ${providerId}`,
  // Every matrix case makes its own hold or placement (accepted offers too): enough beds for all of them.
  beds: streamBeds({ welfare: 80 }),
});

let app: App;
const principals: { role: string; org: string; own: boolean }[] = [
  { role: 'la', org: OWN_LA, own: true },
  { role: 'la', org: OTHER_LA, own: false },
  { role: 'provider', org: OWN_PROVIDER, own: true },
  { role: 'provider', org: OTHER_PROVIDER, own: false },
  { role: 'coordinator', org: 'national', own: true },
  { role: 'commissioner', org: 'DfE', own: true },
  { role: 'commissioner', org: 'DHSC', own: false },
];
const clients = new Map<string, Client>();
const client = (role: string, org: string) => {
  const k = `${role}:${org}`;
  if (!clients.has(k)) clients.set(k, as(app, role, org));
  return clients.get(k) as Client;
};
const ownLa = () => client('la', OWN_LA);
const ownProvider = () => client('provider', OWN_PROVIDER);

async function mkRequest(): Promise<string> {
  const r = await ownLa().post('/v1/requests', requestBody({ homeLaCode: OWN_LA }));
  expect(r.status).toBe(201);
  return r.body.id;
}
async function mkHold(): Promise<{ requestId: string; holdId: string }> {
  const requestId = await mkRequest();
  const h = await ownLa().post('/v1/holds', { requestId, unitId: 'mx-unit-a' });
  expect(h.status).toBe(201);
  return { requestId, holdId: h.body.id };
}
async function mkReferral(offered = false): Promise<string> {
  const r = await ownLa().post(
    '/v1/referrals',
    { requestId: await mkRequest(), unitIds: ['mx-unit-a'] },
    { 'idempotency-key': `k-${Math.random()}` },
  );
  expect(r.status).toBe(201);
  const id = r.body.items[0].id as string;
  if (offered) expect((await ownProvider().post(`/v1/referrals/${id}/offer`, {})).status).toBe(200);
  return id;
}
async function mkPlacement(): Promise<string> {
  const { holdId } = await mkHold();
  const p = await ownProvider().post(`/v1/holds/${holdId}/accept`, {});
  expect(p.status).toBe(201);
  return p.body.id;
}
async function freeBed(): Promise<{ id: string; etag: string }> {
  const beds = await ownProvider().get('/v1/units/mx-unit-a/beds');
  const bed = beds.body.items.find((b: { state: string }) => b.state === 'available');
  return { id: bed.id, etag: bed.etag };
}

interface Call {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}
interface Case {
  /** true: a caller of another org gets 404 for this record; false: the route has no owner. */
  scoped: boolean;
  make: () => Promise<Call>;
}

const CASES: Record<string, Case> = {
  'GET /v1/units': { scoped: false, make: async () => ({ path: '/v1/units' }) },
  'GET /v1/units/{unitId}': { scoped: false, make: async () => ({ path: '/v1/units/mx-unit-a' }) },
  'GET /v1/units/{unitId}/beds': { scoped: false, make: async () => ({ path: '/v1/units/mx-unit-a/beds' }) },
  'PUT /v1/units/{unitId}/beds/{bedId}': {
    scoped: true,
    make: async () => {
      const bed = await freeBed();
      return {
        path: `/v1/units/mx-unit-a/beds/${bed.id}`,
        body: { state: 'available' },
        headers: { 'if-match': bed.etag },
      };
    },
  },
  'PUT /v1/units/{unitId}/beds': {
    scoped: true,
    make: async () => {
      const bed = await freeBed();
      return {
        path: '/v1/units/mx-unit-a/beds',
        body: { beds: [{ bedId: bed.id, etag: bed.etag, state: 'available' }] },
      };
    },
  },
  'PATCH /v1/units/{unitId}': {
    scoped: true,
    make: async () => {
      const unit = await ownProvider().get('/v1/units/mx-unit-a');
      return {
        path: '/v1/units/mx-unit-a',
        // The one field a provider may change, so its own org is allowed and another's is 404.
        body: { dutyContact: { phone: '01632 960 000', email: 'duty@example.org', hours: '24 hours' } },
        headers: { 'if-match': unit.body.etag },
      };
    },
  },
  'POST /v1/units': {
    scoped: false,
    make: async () => ({
      path: '/v1/units',
      body: {
        id: `mx-new-${crypto.randomUUID().slice(0, 8)}`,
        name: 'Matrix new unit (illustrative)',
        providerId: 'mx-provider-new',
        providerName: 'Matrix provider new',
        kind: 'secure_childrens_home',
        laCode: 'E08000035',
        regionCode: 'E12000003',
        location: { lat: 53.8, lon: -1.55 },
        ageRange: { min: 10, max: 17 },
        sexes: ['female', 'male'],
        provenance: { source: 'Illustrative test fixture', asOf: '2026-11-01', verified: false },
        illustrative: true,
        beds: [{ eligibleStreams: ['welfare'], contractedTo: null }],
      },
      headers: { 'idempotency-key': crypto.randomUUID() },
    }),
  },
  'POST /v1/units/{unitId}/external-placements': {
    scoped: true,
    make: async () => {
      const beds = await ownProvider().get('/v1/units/mx-unit-a/beds');
      const bed = beds.body.items.find((b: { state: string }) => b.state === 'available');
      return {
        path: '/v1/units/mx-unit-a/external-placements',
        body: { bedId: bed.id, stream: bed.eligibleStreams[0], since: '2026-01-01' },
        headers: { 'idempotency-key': crypto.randomUUID() },
      };
    },
  },
  'POST /v1/units/{unitId}/confirm': {
    scoped: true,
    make: async () => ({ path: '/v1/units/mx-unit-a/confirm' }),
  },
  'POST /v1/requests': {
    scoped: false,
    make: async () => ({ path: '/v1/requests', body: requestBody({ homeLaCode: OWN_LA }) }),
  },
  'GET /v1/requests': { scoped: false, make: async () => ({ path: '/v1/requests' }) },
  'GET /v1/requests/{id}': {
    scoped: true,
    make: async () => ({ path: `/v1/requests/${(await mkHold()).requestId}` }),
  },
  'GET /v1/requests/{id}/matches': {
    scoped: true,
    make: async () => ({ path: `/v1/requests/${await mkRequest()}/matches` }),
  },
  'POST /v1/requests/{id}/withdraw': {
    scoped: true,
    make: async () => ({
      path: `/v1/requests/${await mkRequest()}/withdraw`,
      body: { outcome: 'no_longer_needed' },
    }),
  },
  'POST /v1/requests/{id}/refresh': {
    scoped: true,
    make: async () => ({ path: `/v1/requests/${await mkRequest()}/refresh`, body: { reviewed: true } }),
  },
  'POST /v1/referrals': {
    scoped: true,
    make: async () => ({
      path: '/v1/referrals',
      body: { requestId: await mkRequest(), unitIds: ['mx-unit-a'] },
      headers: { 'idempotency-key': `k-${Math.random()}` },
    }),
  },
  'GET /v1/referrals': { scoped: false, make: async () => ({ path: '/v1/referrals' }) },
  'GET /v1/referrals/{id}': {
    scoped: true,
    make: async () => ({ path: `/v1/referrals/${await mkReferral()}` }),
  },
  'POST /v1/referrals/{id}/offer': {
    scoped: true,
    make: async () => ({ path: `/v1/referrals/${await mkReferral()}/offer` }),
  },
  'POST /v1/referrals/{id}/decline': {
    scoped: true,
    make: async () => ({ path: `/v1/referrals/${await mkReferral()}/decline`, body: { reason: 'staffing' } }),
  },
  'POST /v1/referrals/{id}/accept': {
    scoped: true,
    make: async () => ({ path: `/v1/referrals/${await mkReferral(true)}/accept` }),
  },
  'GET /v1/notifications': { scoped: false, make: async () => ({ path: '/v1/notifications' }) },
  'GET /v1/pool-rules': { scoped: false, make: async () => ({ path: '/v1/pool-rules' }) },
  'PUT /v1/pool-rules': {
    scoped: false,
    make: async () => ({
      path: '/v1/pool-rules',
      body: { rules: [{ department: 'MoJ', release: 'always' }] },
    }),
  },
  'POST /v1/holds': {
    scoped: true,
    make: async () => ({ path: '/v1/holds', body: { requestId: await mkRequest(), unitId: 'mx-unit-a' } }),
  },
  'GET /v1/holds': { scoped: false, make: async () => ({ path: '/v1/holds' }) },
  'GET /v1/holds/{id}': {
    scoped: true,
    make: async () => ({ path: `/v1/holds/${(await mkHold()).holdId}` }),
  },
  'POST /v1/holds/{id}/accept': {
    scoped: true,
    make: async () => ({ path: `/v1/holds/${(await mkHold()).holdId}/accept` }),
  },
  'POST /v1/holds/{id}/decline': {
    scoped: true,
    make: async () => ({
      path: `/v1/holds/${(await mkHold()).holdId}/decline`,
      body: { reason: 'staffing' },
    }),
  },
  'DELETE /v1/holds/{id}': {
    scoped: true,
    make: async () => ({ path: `/v1/holds/${(await mkHold()).holdId}` }),
  },
  'GET /v1/placements': { scoped: false, make: async () => ({ path: '/v1/placements' }) },
  'GET /v1/placements/{id}': {
    scoped: true,
    make: async () => ({ path: `/v1/placements/${await mkPlacement()}` }),
  },
  'POST /v1/placements/{id}/step-down-ready': {
    scoped: true,
    make: async () => ({
      path: `/v1/placements/${await mkPlacement()}/step-down-ready`,
      body: { readyFrom: londonDate(new Date()), plannedDestination: 'foster_care' },
    }),
  },
  'POST /v1/placements/{id}/legal-authority': {
    scoped: true,
    make: async () => ({
      path: `/v1/placements/${await mkPlacement()}/legal-authority`,
      body: {
        basis: 's25_order',
        from: new Date().toISOString(),
        until: new Date(Date.now() + 86_400_000).toISOString(),
      },
    }),
  },
  'POST /v1/placements/{id}/discharge': {
    scoped: true,
    make: async () => ({
      path: `/v1/placements/${await mkPlacement()}/discharge`,
      body: { destination: 'home' },
    }),
  },
  'GET /v1/capacity': { scoped: false, make: async () => ({ path: '/v1/capacity' }) },
  'GET /v1/usage': { scoped: false, make: async () => ({ path: '/v1/usage' }) },
  'GET /v1/demand': { scoped: false, make: async () => ({ path: '/v1/demand' }) },
  'GET /v1/audit': { scoped: false, make: async () => ({ path: '/v1/audit?entity=mx-unit-a' }) },
  'GET /v1/contacts/{org}': { scoped: false, make: async () => ({ path: '/v1/contacts/mx-provider' }) },
  'GET /fhir/r4/Location': {
    scoped: false,
    make: async () => ({ path: '/fhir/r4/Location?partof=mx-unit-a' }),
  },
  'GET /fhir/r4/Location/{id}': {
    scoped: false,
    make: async () => ({ path: '/fhir/r4/Location/mx-unit-a' }),
  },
  'GET /fhir/r4/MeasureReport': { scoped: false, make: async () => ({ path: '/fhir/r4/MeasureReport' }) },
  'PUT /v1/contacts/{org}': {
    scoped: false,
    // A fresh organisation each time, so "0" is always its current ETag.
    make: async () => ({
      path: `/v1/contacts/ct-${Math.random().toString(36).slice(2, 10)}`,
      body: { email: [{ address: 'duty@example.org' }] },
      headers: { 'if-match': '"0"' },
    }),
  },
};

const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
const guarded = ROUTES.filter((r) => r.policy !== 'public');

beforeAll(async () => {
  app = await testApp({
    seed: [
      unit('mx-unit-a', OWN_PROVIDER),
      unit('mx-unit-b', OTHER_PROVIDER),
      unit('mx-unit-c', OWN_PROVIDER),
    ],
  });
});
afterAll(() => app.stop());

describe('the route table', () => {
  it('declares a policy for every route, and only health, the local token route and the FHIR CapabilityStatement are public', () => {
    for (const r of ROUTES) expect(r.policy, routeKey(r)).toBeDefined();
    expect(
      ROUTES.filter((r) => r.policy === 'public')
        .map(routeKey)
        .sort(),
    ).toEqual(['GET /fhir/r4/metadata', 'GET /health', 'POST /local/token']);
  });

  it('has a matrix case for every guarded route, and no case for a route that does not exist', () => {
    expect(guarded.map(routeKey).sort()).toEqual(Object.keys(CASES).sort());
  });
});

describe('without a valid token', () => {
  it.each(guarded.map((r) => [routeKey(r), r] as const))('%s answers 401 unauthenticated', async (_k, r) => {
    const anon = new (await import('../support/app.js')).Client(app.url);
    const path = r.path.replace(/\{(\w+)\}/g, 'x1');
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer not.a.jwt' },
      { authorization: 'Basic abc' },
    ];
    for (const headers of attempts) {
      const res = await anon.call(
        r.method,
        path,
        r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
        headers,
      );
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body.code).toBe('unauthenticated');
    }
  });
});

describe('every route × role × org', () => {
  for (const r of guarded) {
    const c = CASES[routeKey(r)];
    for (const p of principals) {
      const allowed = (r.policy as readonly string[]).includes(p.role);
      const expected = !allowed ? 403 : c?.scoped && !p.own ? 404 : 'ok';
      it(`${routeKey(r)} as ${p.role} of ${p.own ? 'its own' : 'another'} org → ${expected}`, async () => {
        expect(c, `add a CASES entry for ${routeKey(r)}`).toBeDefined();
        const call = await (c as Case).make();
        const res = await client(p.role, p.org).call(
          r.method,
          call.path,
          call.body ?? (r.method === 'POST' || r.method === 'PUT' ? {} : undefined),
          call.headers,
        );
        if (expected === 'ok') {
          expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(200);
          expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
        } else {
          expect(res.status, JSON.stringify(res.body)).toBe(expected);
          expect(res.body.code).toBe(expected === 403 ? 'forbidden' : 'not_found');
        }
      });
    }
  }
});

describe('lists stay inside the org', () => {
  it("one LA's token cannot see another LA's requests, holds or placements in lists", async () => {
    const placementId = await mkPlacement();
    const other = client('la', OTHER_LA);
    for (const path of ['/v1/requests', '/v1/holds', '/v1/placements']) {
      const own = await ownLa().get(path);
      const theirs = await other.get(path);
      expect(own.body.items.length).toBeGreaterThan(0);
      expect(own.body.items.every((x: { laCode: string }) => x.laCode === OWN_LA)).toBe(true);
      expect(theirs.body.items.every((x: { laCode: string }) => x.laCode === OTHER_LA)).toBe(true);
    }
    expect((await other.get(`/v1/placements/${placementId}`)).status).toBe(404);
  });

  it("a provider sees only holds on its own units, and never another provider's", async () => {
    await mkHold();
    const mine = await ownProvider().get('/v1/holds');
    const theirs = await client('provider', OTHER_PROVIDER).get('/v1/holds');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((h: { providerId: string }) => h.providerId === OWN_PROVIDER)).toBe(true);
    expect(theirs.body.items.every((h: { providerId: string }) => h.providerId === OTHER_PROVIDER)).toBe(
      true,
    );
  });
});

describe("a provider's access to a request lasts as long as its hold", () => {
  // Its own unit: the matrix above takes many of mx-unit-a's beds.
  const hold = async () => {
    const requestId = await mkRequest();
    const h = await ownLa().post('/v1/holds', { requestId, unitId: 'mx-unit-c' });
    expect(h.status, h.text).toBe(201);
    return { requestId, holdId: h.body.id as string };
  };
  const reads = async (requestId: string) => {
    const one = await ownProvider().get(`/v1/requests/${requestId}`);
    const list = await ownProvider().get('/v1/requests?limit=100');
    const listed = list.body.items.some((r: { id: string }) => r.id === requestId);
    return { status: one.status, listed };
  };

  it('reads the request while its hold is live, and no longer once it has declined it', async () => {
    const { requestId, holdId } = await hold();
    expect(await reads(requestId)).toEqual({ status: 200, listed: true });
    const declined = await ownProvider().post(`/v1/holds/${holdId}/decline`, { reason: 'staffing' });
    expect(declined.status, declined.text).toBe(200);
    expect(await reads(requestId)).toEqual({ status: 404, listed: false });
  });

  it('no longer once the LA has released the hold', async () => {
    const { requestId, holdId } = await hold();
    const released = await ownLa().del(`/v1/holds/${holdId}`);
    expect(released.status, released.text).toBe(200);
    expect(await reads(requestId)).toEqual({ status: 404, listed: false });
  });

  it('keeps reading it once the hold became its placement', async () => {
    const { requestId, holdId } = await hold();
    expect((await ownProvider().post(`/v1/holds/${holdId}/accept`, {})).status).toBe(201);
    expect(await reads(requestId)).toEqual({ status: 200, listed: true });
  });
});
