import type { DelayReason, Destination, LegalBasis, Stream } from '../contract/enums.js';
import { type FieldError, InvalidTransition } from './errors.js';
import { distanceKm, type LatLon } from './geo.js';
import { checkOrder, type LegalOrder, type OrderInput } from './legal-authority.js';
import { checkDischarge, checkStepDown } from './step-down.js';

/**
 * A placement starts when a provider accepts a hold, or an LA accepts a home's offer: these
 * commands decide what the new placement says, from the request, the unit and what was accepted.
 * The store writes it with the bed, the request and the audit trail in one transaction.
 */

/** Placement ids follow from the hold's or the referral's, so accepting twice can only ever make one. */
const placementIdForHold = (holdId: string) => `pl_${holdId.replace(/^hold_/, '')}`;
const placementIdForReferral = (referralId: string) => `pl_${referralId.replace(/^ref_/, '')}`;

/** What a new placement reads of the request it places. */
interface PlacingRequest {
  id: string;
  laCode: string;
  homeLaCode: string;
  homeRegionCode: string;
  childRef: string;
  stream: Stream;
  legalBasis: LegalBasis;
  legalAuthorityEndsOn?: string | null;
}

/** What a new placement reads of the unit the child goes to. */
interface PlacingUnit {
  id: string;
  providerId: string;
  regionCode: string;
  location: LatLon;
}

/** A placement as it starts, before the store adds its index attributes. */
interface StartedPlacement {
  id: string;
  requestId: string;
  holdId: string | null;
  referralId?: string;
  unitId: string;
  providerId: string;
  laCode: string;
  homeLaCode: string;
  homeRegionCode: string;
  childRef: string;
  stream: Stream;
  regionCode: string;
  status: 'active';
  startedAt: string;
  distanceKm: number;
  legalAuthorityEndsOn: string | null;
  legalBasis: LegalBasis;
}

interface Starting {
  request: PlacingRequest;
  unit: PlacingUnit;
  /** Where the child's home LA is, for the distance from home; unknown: 0. */
  home: LatLon | undefined;
  /** The authority's end as given at acceptance, else as the request said. */
  legalAuthorityEndsOn?: string | null;
  now: Date;
}

function started(
  s: Starting,
): Omit<StartedPlacement, 'id' | 'holdId' | 'unitId' | 'providerId' | 'laCode' | 'stream'> {
  const { request, unit, now } = s;
  return {
    requestId: request.id,
    homeLaCode: request.homeLaCode,
    homeRegionCode: request.homeRegionCode,
    childRef: request.childRef,
    regionCode: unit.regionCode,
    status: 'active',
    startedAt: now.toISOString(),
    distanceKm: s.home ? distanceKm(s.home, unit.location) : 0,
    legalAuthorityEndsOn: s.legalAuthorityEndsOn ?? request.legalAuthorityEndsOn ?? null,
    legalBasis: request.legalBasis,
  };
}

/** The placement an accepted hold makes: in the hold's bed, with the provider and LA the hold names. */
export function placementFromHold(
  hold: { id: string; unitId: string; bedId: string; providerId: string; laCode: string; stream: Stream },
  s: Starting,
): StartedPlacement & { bedId: string } {
  return {
    id: placementIdForHold(hold.id),
    holdId: hold.id,
    unitId: hold.unitId,
    bedId: hold.bedId,
    providerId: hold.providerId,
    laCode: hold.laCode,
    stream: hold.stream,
    ...started(s),
  };
}

/** The placement an accepted offer makes, but for the bed: the claim chooses it at commit time. */
export function placementFromOffer(referral: { id: string }, s: Starting): StartedPlacement {
  return {
    id: placementIdForReferral(referral.id),
    holdId: null,
    referralId: referral.id,
    unitId: s.unit.id,
    providerId: s.unit.providerId,
    laCode: s.request.laCode,
    stream: s.request.stream,
    ...started(s),
  };
}

/** What the commands on a placement read of it. */
interface PlacementFacts {
  status: string;
  stream: Stream;
  startedAt: string;
  stepDownReadyFrom?: string | null;
}

/** Only an active placement changes: a discharged one is history. */
export function assertActive(p: Pick<PlacementFacts, 'status'>): void {
  if (p.status !== 'active') throw new InvalidTransition(`The placement is ${p.status}`);
}

/** Field errors (named bare, as the body names them), or the command's decision. */
type Decided<T> = T | { errors: FieldError[] };

/** The step-down facts a placement keeps: ready from when, going where, why not yet, leaving when. */
export interface StepDown {
  readyFrom: string;
  plannedDestination: Destination;
  delayReason?: DelayReason;
  plannedDischargeOn?: string;
}

/** "Ready but still here": dates that tell one story (started ≤ ready ≤ planned), on an active placement. */
export function recordStepDown(p: PlacementFacts, s: StepDown): Decided<{ stepDown: StepDown }> {
  const errors = checkStepDown({ startedAt: p.startedAt, ...s });
  if (errors.length > 0) return { errors };
  assertActive(p);
  return { stepDown: s };
}

/** The child leaves on a day (today unless given): never ahead, before arriving or before being ready. */
export function dischargePlacement(
  p: PlacementFacts,
  body: { destination: Destination; on?: string },
  now: Date,
): Decided<{ destination: Destination; on: string }> {
  const checked = checkDischarge({
    startedAt: p.startedAt,
    readyFrom: p.stepDownReadyFrom,
    on: body.on,
    now,
  });
  if ('errors' in checked) return checked;
  assertActive(p);
  return { destination: body.destination, on: checked.on };
}

/** A new order for the placement's stream, within its statutory limits, on an active placement. */
export function recordLegalOrder(
  p: PlacementFacts,
  input: OrderInput,
  now: Date,
): Decided<{ order: LegalOrder }> {
  const checked = checkOrder(p.stream, input, now.toISOString());
  if ('errors' in checked) return checked;
  assertActive(p);
  return checked;
}
