import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { londonDate } from '../../shared/domain/london-time.js';
import { ROUTES } from '../../shared/http/routes.js';
import type { RouteDef } from '../../shared/http/types.js';
import { as, type Client, FIXTURE_UNITS, type Res, requestBody, testApp } from '../support/app.js';
import { added, expectConsistent, snapshot } from '../support/hardening.js';
import { newHold, newOffer, newPlacement, newReferrals, newRequest } from '../support/journey.js';

/**
 * A POST that creates or changes something may be retried by a client that never saw the
 * answer (a timeout, a dropped connection). Each must take an Idempotency-Key, so that the
 * retry gets the first answer instead of doing the work twice, and a key reused for a
 * different body is refused rather than quietly answered with someone else's outcome.
 */

let app: App;
let coordinator: Client;
const ROOMY: SeedUnit[] = FIXTURE_UNITS.map((u) =>
  u.id === 'fx-leeds' ? { ...u, beds: streamBeds({ welfare: 30, justice: 2 }) } : u,
);

beforeAll(async () => {
  app = await testApp({ seed: ROOMY, sweepEverySeconds: 3600 });
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

const name = (def: RouteDef) => `${def.method} ${def.path}`;
const key = () => ({ 'idempotency-key': `idem-${randomUUID()}` });

/**
 * How to call each idempotent route as a coordinator: where, and (for routes with a body) two
 * different valid bodies. A new idempotent route needs an entry here; its test says so.
 */
const SAMPLES: Record<string, () => Promise<{ path: string; bodies?: [unknown, unknown] }>> = {
  'POST /v1/requests': async () => ({
    path: '/v1/requests',
    bodies: [requestBody(), requestBody({ needs: ['absconding'] })],
  }),
  'POST /v1/holds': async () => {
    const requestId = await newRequest(coordinator);
    return {
      path: '/v1/holds',
      bodies: [
        { requestId, unitId: 'fx-leeds' },
        { requestId, unitId: 'fx-exeter' },
      ],
    };
  },
  'POST /v1/holds/{id}/accept': async () => ({
    path: `/v1/holds/${await newHold(coordinator, 'fx-leeds')}/accept`,
    bodies: [{}, { legalAuthorityEndsOn: '2027-01-31' }],
  }),
  'POST /v1/holds/{id}/decline': async () => ({
    path: `/v1/holds/${await newHold(coordinator, 'fx-leeds')}/decline`,
    bodies: [{ reason: 'staffing' }, { reason: 'distance' }],
  }),
  'POST /v1/placements/{id}/step-down-ready': async () => ({
    path: `/v1/placements/${await newPlacement(coordinator, coordinator, 'fx-leeds')}/step-down-ready`,
    bodies: [
      { readyFrom: londonDate(new Date()), plannedDestination: 'foster_care' },
      { readyFrom: londonDate(new Date()), plannedDestination: 'home' },
    ],
  }),
  'POST /v1/placements/{id}/legal-authority': async () => ({
    path: `/v1/placements/${await newPlacement(coordinator, coordinator, 'fx-leeds')}/legal-authority`,
    bodies: [
      {
        basis: 's25_order',
        from: new Date().toISOString(),
        until: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      {
        basis: 's25_order',
        from: new Date().toISOString(),
        until: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      },
    ],
  }),
  'POST /v1/placements/{id}/discharge': async () => ({
    path: `/v1/placements/${await newPlacement(coordinator, coordinator, 'fx-leeds')}/discharge`,
    bodies: [{ destination: 'home' }, { destination: 'kinship_care' }],
  }),
  'POST /v1/requests/{id}/withdraw': async () => ({
    path: `/v1/requests/${await newRequest(coordinator)}/withdraw`,
    bodies: [{ outcome: 'no_longer_needed' }, { outcome: 'tier4_ward' }],
  }),
  'POST /v1/requests/{id}/refresh': async () => ({
    path: `/v1/requests/${await newRequest(coordinator)}/refresh`,
    bodies: [{}, { reviewed: true }],
  }),
  'POST /v1/referrals': async () => {
    const requestId = await newRequest(coordinator);
    return {
      path: '/v1/referrals',
      bodies: [
        { requestId, unitIds: ['fx-leeds'] },
        { requestId, unitIds: ['fx-leeds', 'fx-exeter'] },
      ],
    };
  },
  'POST /v1/referrals/{id}/offer': async () => ({
    path: `/v1/referrals/${(await newReferrals(coordinator, ['fx-leeds'])).referralIds[0]}/offer`,
  }),
  'POST /v1/referrals/{id}/decline': async () => ({
    path: `/v1/referrals/${(await newReferrals(coordinator, ['fx-leeds'])).referralIds[0]}/decline`,
    bodies: [{ reason: 'staffing' }, { reason: 'distance' }],
  }),
  'POST /v1/referrals/{id}/accept': async () => ({
    path: `/v1/referrals/${await newOffer(coordinator, coordinator, 'fx-leeds')}/accept`,
    bodies: [{}, { legalAuthorityEndsOn: '2027-01-31' }],
  }),
  'POST /v1/units/{unitId}/confirm': async () => ({ path: '/v1/units/fx-leeds/confirm' }),
  'POST /v1/units': async () => {
    const id = `fx-new-${crypto.randomUUID().slice(0, 8)}`;
    const unit = {
      id: id,
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
    };
    return {
      path: '/v1/units',
      bodies: [unit, { ...unit, name: 'Matrix new unit, renamed (illustrative)' }],
    };
  },
  'POST /v1/units/{unitId}/external-placements': async () => {
    const beds = await coordinator.get('/v1/units/fx-exeter/beds');
    const bed = beds.body.items.find((b: { state: string }) => b.state === 'available');
    return {
      path: '/v1/units/fx-exeter/external-placements',
      bodies: [
        { bedId: bed.id, stream: 'welfare', since: '2026-01-01' },
        { bedId: bed.id, stream: 'welfare', since: '2026-01-02' },
      ],
    };
  },
};

const POSTS = ROUTES.filter((r) => r.method === 'POST' && !r.localOnly).map((r) => [name(r), r] as const);
const IDEMPOTENT = ROUTES.filter((r) => r.idempotent).map((r) => [name(r), r] as const);

describe('every POST that creates or changes state takes an Idempotency-Key', () => {
  it.each(POSTS)('%s is declared idempotent in the route table', (_name, def) => {
    expect(def.idempotent, `${name(def)}: add idempotent: true`).toBe(true);
  });

  it.each(IDEMPOTENT)('%s has a sample here, so that its retries are tested', (_name, def) => {
    expect(SAMPLES[name(def)], `add ${name(def)} to SAMPLES in this file`).toBeDefined();
  });
});

describe('a retry with the same key', () => {
  it.each(IDEMPOTENT)(
    '%s answers a retry with the first answer and does the work once',
    async (_name, def) => {
      const sample = await (SAMPLES[name(def)] as NonNullable<(typeof SAMPLES)[string]>)();
      const headers = key();
      const before = await snapshot(app);
      const first = await coordinator.post(sample.path, sample.bodies?.[0], headers);
      expect(first.status, first.text).toBeLessThan(300);
      const once = await snapshot(app);
      const retry = await coordinator.post(sample.path, sample.bodies?.[0], headers);
      expect(retry.status).toBe(first.status);
      expect(retry.body).toEqual(first.body);
      expect(await snapshot(app)).toEqual(once);
      expect(added(before, once).length).toBeGreaterThan(0);
    },
  );

  it.each(IDEMPOTENT.filter(([, def]) => !!def.body))(
    '%s refuses the key reused with a different body: 422 idempotency_key_reused, nothing changed',
    async (_name, def) => {
      const sample = await (SAMPLES[name(def)] as NonNullable<(typeof SAMPLES)[string]>)();
      const [body, other] = sample.bodies as [unknown, unknown];
      const headers = key();
      const first = await coordinator.post(sample.path, body, headers);
      expect(first.status, first.text).toBeLessThan(300);
      const before = await snapshot(app);
      const reused = await coordinator.post(sample.path, other, headers);
      expect(reused.status, reused.text).toBe(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
      expect(reused.headers.get('content-type')).toBe('application/problem+json');
      expect(await snapshot(app)).toEqual(before);
    },
  );
});

describe('what a key can and cannot reach', () => {
  it('another organisation reusing the same key and body gets its own outcome, never the first caller’s', async () => {
    const body = requestBody({ homeLaCode: 'E08000025' });
    const headers = key();
    const mine = await as(app, 'la', 'E08000025').post('/v1/requests', body, headers);
    const theirs = await as(app, 'la', 'E09000001').post('/v1/requests', body, headers);
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.laCode).toBe('E09000001');
  });

  it('the same key on another record is a new request, not a replay', async () => {
    const headers = key();
    const a = await coordinator.post(
      `/v1/requests/${await newRequest(coordinator)}/withdraw`,
      { outcome: 'no_longer_needed' },
      headers,
    );
    const b = await coordinator.post(
      `/v1/requests/${await newRequest(coordinator)}/withdraw`,
      { outcome: 'no_longer_needed' },
      headers,
    );
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('ten concurrent retries of one hold with one key take one bed and all see the same hold', async () => {
    const requestId = await newRequest(coordinator);
    const headers = key();
    const before = await snapshot(app);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        coordinator.post('/v1/holds', { requestId, unitId: 'fx-leeds' }, headers),
      ),
    );
    // A retry that arrives while the first is still running is told to retry shortly (409).
    expect(
      answers.every(
        (a) => a.status === 201 || (a.status === 409 && a.body.code === 'idempotency_in_progress'),
      ),
    ).toBe(true);
    const holds = added(before, await snapshot(app)).filter((i) => i.type === 'hold');
    expect(holds).toHaveLength(1);
    for (const a of answers.filter((x) => x.status === 201)) expect(a.body.id).toBe(holds[0]?.id);
    await expectConsistent(app, new Date());
  });

  it('a retry that arrives while the first call runs answers 409 idempotency_in_progress with Retry-After, then the outcome', async () => {
    // Real concurrent requests: rounds of ten at once with one key until one lands mid-flight.
    let inProgress: Res | undefined;
    for (let round = 0; round < 10 && !inProgress; round++) {
      const headers = key();
      const body = requestBody();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => coordinator.post('/v1/requests', body, headers)),
      );
      for (const a of answers) expect([201, 409], a.text).toContain(a.status);
      inProgress = answers.find((a) => a.status === 409);
      const created = answers.filter((a) => a.status === 201);
      expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
      if (inProgress) {
        // Told to wait, and once the first has finished the same retry gets its answer.
        const after = await coordinator.post('/v1/requests', body, headers);
        expect(after.status).toBe(201);
        expect(after.body.id).toBe(created[0]?.body.id ?? after.body.id);
      }
    }
    expect(inProgress?.body.code).toBe('idempotency_in_progress');
    expect(inProgress?.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(inProgress?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
