import { expect } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { AuditEvent } from '../../shared/contract/schemas.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import type { DemandDecline, DemandPlacement, DemandRequest } from '../../shared/domain/demand.js';
import type { UsagePlacement } from '../../shared/domain/usage.js';
import { as, type Client, fixtureUnit, requestBody, testApp, WARD_SITE } from '../support/app.js';

/**
 * A month of the service, driven through the API with a clock the test moves: several LAs
 * ask for beds in every stream, providers decline with reasons and accept, one LA withdraws,
 * two children find no fit, some children become ready to step down and leave. Everything is
 * illustrative (childRefs like `case-0001`); big enough that some cells pass the threshold of 5.
 */

const unit = (over: Partial<SeedUnit> & Pick<SeedUnit, 'id' | 'providerId' | 'beds'>): SeedUnit =>
  fixtureUnit({
    name: `Scenario unit ${over.id} (illustrative)`,
    providerName: `Scenario provider ${over.providerId}`,
    ...over,
  });

export const SCENARIO_UNITS: SeedUnit[] = [
  unit({ id: 'sc-leeds', providerId: 'sc-prov-leeds', beds: streamBeds({ welfare: 10, justice: 8 }) }),
  unit({
    id: 'sc-exeter',
    providerId: 'sc-prov-exeter',
    laCode: 'E10000008',
    regionCode: 'E12000009',
    location: { lat: 50.72, lon: -3.53 },
    beds: streamBeds({ welfare: 8 }),
  }),
  unit({
    id: 'sc-ward',
    providerId: 'sc-prov-ward',
    ...WARD_SITE,
    beds: streamBeds({ mental_health: 8 }),
  }),
];
export const POOLED_PLACES = 34;
/** Each department's contracted beds among them (every bed here serves its own department's stream). */
export const CONTRACTED_BEDS = { DfE: 18, MoJ: 8, DHSC: 8 };

/** The period the figures are asked for, and the moment they are asked. */
export const PERIOD = { from: '2026-10-01', to: '2026-10-20' };
export const ASKED_AT = new Date('2026-10-21T12:00:30Z');

/** Everything about the children the figures must never show. */
export interface ChildTrail {
  childRefs: string[];
  ids: string[];
  /** Exact instants and dates of single children's events. */
  instants: string[];
}

export interface Scenario {
  app: App;
  clock: { now: Date };
  trail: ChildTrail;
}

const HOUR = 3_600_000;

export async function runScenario(): Promise<Scenario> {
  const clock = { now: new Date('2026-10-01T08:00:00Z') };
  const app = await testApp({ seed: SCENARIO_UNITS, clock: () => clock.now });
  const trail: ChildTrail = { childRefs: [], ids: [], instants: [] };
  const tick = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  const remember = (body: Record<string, unknown>) => {
    for (const k of ['id', 'requestId', 'holdId', 'placementId', 'bedId'])
      if (typeof body[k] === 'string') trail.ids.push(body[k] as string);
    for (const k of [
      'createdAt',
      'updatedAt',
      'startedAt',
      'decidedAt',
      'expiresAt',
      'dischargedAt',
      'stepDownReadyFrom',
    ])
      if (typeof body[k] === 'string') trail.instants.push(body[k] as string);
    if (typeof body.childRef === 'string') trail.childRefs.push(body.childRef);
  };
  const ok = async (res: Promise<{ status: number; body: Record<string, unknown> }>, status = [200, 201]) => {
    const r = await res;
    expect(status, JSON.stringify(r.body)).toContain(r.status);
    remember(r.body);
    tick(60_000);
    return r.body;
  };

  const leeds = as(app, 'la', 'E08000035');
  const devon = as(app, 'la', 'E10000008');
  const durham = as(app, 'la', 'E06000047');
  const birmingham = as(app, 'la', 'E08000025');
  const provLeeds = as(app, 'provider', 'sc-prov-leeds');
  const provExeter = as(app, 'provider', 'sc-prov-exeter');
  const provWard = as(app, 'provider', 'sc-prov-ward');

  let n = 0;
  const ask = async (la: Client, homeLaCode: string, over: Record<string, unknown>) => {
    const childRef = `case-${String(++n).padStart(4, '0')}`;
    const body = await ok(la.post('/v1/requests', requestBody({ childRef, homeLaCode, ...over })));
    await ok(la.get(`/v1/requests/${body.id}/matches`));
    return body.id as string;
  };
  const justice = { stream: 'justice', legalBasis: 'remand', sex: 'male', ageYears: 16 };
  const mental = { stream: 'mental_health', legalBasis: 'mha_s2', sex: 'female', ageYears: 15 };

  // Day 1: 27 requests from four LAs.
  const leedsWelfare = [];
  for (let i = 0; i < 8; i++) leedsWelfare.push(await ask(leeds, 'E08000035', {}));
  const devonWelfare = [];
  for (let i = 0; i < 6; i++) devonWelfare.push(await ask(devon, 'E10000008', {}));
  const durhamJustice = [];
  for (let i = 0; i < 6; i++) durhamJustice.push(await ask(durham, 'E06000047', justice));
  const brumMental = [];
  for (let i = 0; i < 5; i++) brumMental.push(await ask(birmingham, 'E08000025', mental));
  // Two boys for a ward that takes only girls: no fit, unmet demand.
  for (let i = 0; i < 2; i++) await ask(birmingham, 'E08000025', { ...mental, sex: 'male' });

  const holdAt = async (la: Client, requestId: string, unitId: string) =>
    (await ok(la.post('/v1/holds', { requestId, unitId }))).id as string;
  const place = async (la: Client, provider: Client, requestId: string, unitId: string) => {
    const holdId = await holdAt(la, requestId, unitId);
    return (await ok(provider.post(`/v1/holds/${holdId}/accept`, {}))).id as string;
  };

  // Day 1–3: Leeds' children: six first holds declined with reasons, then all eight placed.
  tick(2 * HOUR);
  const reasons = ['staffing', 'staffing', 'staffing', 'staffing', 'staffing', 'mix_of_children'];
  for (const [i, reason] of reasons.entries()) {
    const holdId = await holdAt(leeds, leedsWelfare[i] as string, 'sc-leeds');
    await ok(provLeeds.post(`/v1/holds/${holdId}/decline`, { reason }));
  }
  const leedsPlacements: string[] = [];
  for (const [i, requestId] of leedsWelfare.entries()) {
    if (i % 3 === 0) tick(20 * HOUR);
    leedsPlacements.push(await place(leeds, provLeeds, requestId, 'sc-leeds'));
  }

  // Day 3: Devon places four in Exeter and withdraws two.
  for (const requestId of devonWelfare.slice(0, 4)) await place(devon, provExeter, requestId, 'sc-exeter');
  tick(6 * HOUR);
  for (const requestId of devonWelfare.slice(4))
    await ok(devon.post(`/v1/requests/${requestId}/withdraw`, { outcome: 'dol_order_unregistered' }));

  // Day 4: Durham's remanded boys go to Leeds; one hold is declined on legal status and stays open.
  tick(20 * HOUR);
  const durhamPlacements: string[] = [];
  for (const requestId of durhamJustice.slice(0, 5))
    durhamPlacements.push(await place(durham, provLeeds, requestId, 'sc-leeds'));
  const lastHold = await holdAt(durham, durhamJustice[5] as string, 'sc-leeds');
  await ok(provLeeds.post(`/v1/holds/${lastHold}/decline`, { reason: 'legal_status' }));

  // Day 5: Birmingham's girls are admitted to the ward.
  tick(24 * HOUR);
  const wardPlacements: string[] = [];
  for (const requestId of brumMental)
    wardPlacements.push(await place(birmingham, provWard, requestId, 'sc-ward'));

  // Day 8: six children are ready to step down; the LA, the provider and a coordinator each record some.
  tick(3 * 24 * HOUR);
  const coordinator = as(app, 'coordinator', 'national');
  const readiness: [Client, string, string][] = [
    [leeds, leedsPlacements[0] as string, '2026-10-08'],
    [provLeeds, leedsPlacements[1] as string, '2026-10-08'],
    [coordinator, leedsPlacements[2] as string, '2026-10-09'],
    [leeds, leedsPlacements[3] as string, '2026-10-10'],
    [leeds, leedsPlacements[4] as string, '2026-10-12'],
    [birmingham, wardPlacements[0] as string, '2026-10-11'],
  ];
  for (const [who, placementId, readyFrom] of readiness)
    await ok(
      who.post(`/v1/placements/${placementId}/step-down-ready`, {
        readyFrom,
        plannedDestination: 'foster_care',
      }),
    );

  // Day 12–16: three of them leave, and two remanded boys are released.
  tick(4 * 24 * HOUR);
  for (const placementId of leedsPlacements.slice(0, 3)) {
    await ok(leeds.post(`/v1/placements/${placementId}/discharge`, { destination: 'foster_care' }));
    tick(30 * HOUR);
  }
  for (const placementId of durhamPlacements.slice(0, 2))
    await ok(provLeeds.post(`/v1/placements/${placementId}/discharge`, { destination: 'home' }));

  clock.now = ASKED_AT;
  return { app, clock, trail };
}

// ---- rebuilding the figures from the audit trail alone

export interface Rebuilt {
  requests: DemandRequest[];
  placements: (DemandPlacement & UsagePlacement)[];
  declines: DemandDecline[];
}

const text = (v: unknown) => v as string;

/** The rows the figures are made from, read only from audit events (oldest first). */
export function rebuildFromAudit(events: readonly AuditEvent[]): Rebuilt {
  const requests = new Map<string, DemandRequest>();
  const placements = new Map<string, DemandPlacement & UsagePlacement>();
  const holdRequest = new Map<string, string>();
  const declines: DemandDecline[] = [];
  // Events of one instant carry random ids, so their order within the instant is not recorded:
  // a request's creation comes first (its fit is checked in the same millisecond, after it).
  const creationFirst = (e: AuditEvent) => (e.action.endsWith('.created') ? 0 : 1);
  const ordered = [...events].sort(
    (a, b) => a.at.localeCompare(b.at) || creationFirst(a) - creationFirst(b) || a.id.localeCompare(b.id),
  );
  for (const e of ordered) {
    const after = e.after ?? {};
    const request = requests.get(e.entity);
    switch (e.action) {
      case 'request.created':
        requests.set(e.entity, {
          id: e.entity,
          stream: after.stream as DemandRequest['stream'],
          homeRegionCode: text(after.homeRegionCode),
          status: 'open',
          unmet: false,
          createdAt: e.at,
        });
        break;
      case 'request.unmet':
      case 'request.matched':
        if (request) request.unmet = after.unmet === true;
        break;
      case 'request.withdrawn':
        // The audit event says what happened to the child: the outcome counts in demand.
        if (request)
          Object.assign(request, {
            status: 'withdrawn',
            withdrawnAt: e.at,
            outcome: (after.outcome as DemandRequest['outcome']) ?? null,
          });
        break;
      case 'hold.created':
        holdRequest.set(e.entity, text(after.requestId));
        break;
      case 'hold.declined': {
        const r = requests.get(holdRequest.get(e.entity) ?? '');
        if (r)
          declines.push({
            stream: r.stream,
            homeRegionCode: r.homeRegionCode,
            declineReason: after.declineReason as DemandDecline['declineReason'],
            decidedAt: e.at,
          });
        break;
      }
      case 'placement.started': {
        placements.set(e.entity, {
          requestId: text(after.requestId),
          stream: after.stream as DemandPlacement['stream'],
          homeRegionCode: text(after.homeRegionCode),
          regionCode: text(after.regionCode),
          distanceKm: after.distanceKm as number,
          startedAt: e.at,
        });
        const r = requests.get(text(after.requestId));
        if (r) Object.assign(r, { status: 'placed', placedAt: e.at, unmet: false });
        break;
      }
      case 'placement.step_down_ready':
        Object.assign(placements.get(e.entity) ?? {}, {
          stepDownReadyFrom: text(after.stepDownReadyFrom),
          plannedDestination: text(after.plannedDestination),
        });
        break;
      case 'placement.discharged':
        Object.assign(placements.get(e.entity) ?? {}, { dischargedAt: e.at });
        break;
    }
  }
  return { requests: [...requests.values()], placements: [...placements.values()], declines };
}
