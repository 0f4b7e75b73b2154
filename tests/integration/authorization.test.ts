import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '../../shared/domain/london-time.js';
import { ROUTES } from '../../shared/http/routes.js';
import { Client, type Res, requestBody } from '../support/app.js';
import {
  client,
  freeBed,
  matrix,
  mkHold,
  mkPlacement,
  mkReferral,
  mkRequest,
  OWN_LA,
  ownLa,
  ownProvider,
  principals,
  startMatrixApp,
} from '../support/matrix.js';
import { newUnitBody } from '../support/new-unit.js';

/**
 * The authorization matrix, generated from the route table: every route × every role ×
 * own org / other org, against the outcome SPEC.md gives. A route without a case here fails.
 * A provider's access to a request ending with its hold or referral is at the end; lists staying
 * inside the org, and each step of those endings, are in org-scoping.test.ts.
 */

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
        body: { beds: [{ id: bed.id, etag: bed.etag, state: 'available' }] },
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
      body: newUnitBody({
        id: `mx-new-${crypto.randomUUID().slice(0, 8)}`,
        name: 'Matrix new unit (illustrative)',
        providerId: 'mx-provider-new',
        providerName: 'Matrix provider new',
      }),
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

beforeAll(() => startMatrixApp());
afterAll(() => matrix.app.stop());

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
    const anon = new Client(matrix.app.url);
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

describe('GET /v1/requests/{id} as the provider, once its link to the request has ended → 404', () => {
  // The matrix above reads the request through a live hold (200); each way a hold or referral
  // ends takes that away, in the list as well (org-scoping.test.ts follows each step of these).
  const hold = async () => {
    const { requestId, holdId } = await mkHold();
    return {
      requestId,
      end: () => ownProvider().post(`/v1/holds/${holdId}/decline`, { reason: 'staffing' }),
    };
  };
  const referral = async () => {
    const requestId = await mkRequest();
    const made = await ownLa().post('/v1/referrals', { requestId, unitIds: ['mx-unit-a'] });
    expect(made.status, made.text).toBe(201);
    return { requestId, id: made.body.items[0].id as string };
  };
  const ENDINGS: [string, () => Promise<{ requestId: string; end: () => Promise<Res> }>][] = [
    ['its hold declined', hold],
    [
      'its hold released by the LA',
      async () => {
        const { requestId, holdId } = await mkHold();
        return { requestId, end: () => ownLa().del(`/v1/holds/${holdId}`) };
      },
    ],
    [
      'its referral declined',
      async () => {
        const { requestId, id } = await referral();
        return {
          requestId,
          end: () => ownProvider().post(`/v1/referrals/${id}/decline`, { reason: 'staffing' }),
        };
      },
    ],
    [
      'its referral withdrawn with the request',
      async () => {
        const { requestId } = await referral();
        return {
          requestId,
          end: () => ownLa().post(`/v1/requests/${requestId}/withdraw`, { outcome: 'no_longer_needed' }),
        };
      },
    ],
  ];

  it.each(ENDINGS)('%s', async (_name, make) => {
    const { requestId, end } = await make();
    expect((await ownProvider().get(`/v1/requests/${requestId}`)).status).toBe(200);
    const ended = await end();
    expect(ended.status, ended.text).toBeLessThan(300);
    const read = await ownProvider().get(`/v1/requests/${requestId}`);
    expect(read.status, read.text).toBe(404);
    expect(read.body.code).toBe('not_found');
    const list = await ownProvider().get('/v1/requests?limit=100');
    expect(list.body.items.some((r: { id: string }) => r.id === requestId)).toBe(false);
  });
});
