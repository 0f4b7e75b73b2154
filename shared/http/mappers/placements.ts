import type { Placement } from '../../contract/schemas.js';
import { authorityAt, authorityWarnings, ordersOf } from '../../domain/legal-authority.js';
import { londonDate } from '../../domain/london-time.js';
import { daysReadyButStillHere } from '../../domain/step-down.js';
import type { PlacementItem } from '../../store/records.js';

/** The placement as the contract shows it: authority, waits and warnings worked out at `now`. */
export function toPlacement(p: PlacementItem, now: Date): Placement {
  const orders = ordersOf(p);
  const authority = authorityAt(orders, now);
  const active = p.status === 'active';
  return {
    id: p.id,
    requestId: p.requestId,
    holdId: p.holdId ?? null,
    referralId: p.referralId ?? null,
    unitId: p.unitId,
    bedId: p.bedId,
    providerId: p.providerId,
    laCode: p.laCode,
    homeLaCode: p.homeLaCode,
    // SPEC: an external placement has no childRef, so the field is left out rather than null.
    ...(p.childRef ? { childRef: p.childRef } : {}),
    stream: p.stream,
    regionCode: p.regionCode,
    status: p.status,
    startedAt: p.startedAt,
    distanceKm: p.distanceKm,
    external: p.external === true,
    ageYears: p.ageYears ?? null,
    sex: p.sex ?? null,
    legalAuthority: authority
      ? {
          basis: authority.basis,
          from: authority.from,
          until: authority.until,
          courtHearingAt: authority.courtHearingAt,
          status: authority.status,
        }
      : null,
    legalAuthorityHistory: orders,
    stepDownReadyFrom: p.stepDownReadyFrom ?? null,
    plannedDestination: p.plannedDestination ?? null,
    delayReason: p.delayReason ?? null,
    plannedDischargeOn: p.plannedDischargeOn ?? null,
    daysReadyButStillHere: daysReadyButStillHere(
      p.stepDownReadyFrom,
      p.dischargedOn ?? dayOf(p.dischargedAt),
      now,
    ),
    dischargedAt: p.dischargedAt ?? null,
    dischargedOn: p.dischargedOn ?? dayOf(p.dischargedAt),
    destination: p.destination ?? null,
    warnings: active ? authorityWarnings(authority, p.stepDownReadyFrom, now) : [],
  };
}

const dayOf = (at: string | undefined) => (at ? londonDate(at) : null);
