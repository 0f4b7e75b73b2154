import type {
  BedState,
  ClosedReason,
  DeclineReason,
  DelayReason,
  Department,
  Destination,
  HoldStatus,
  LegalBasis,
  Need,
  PlacementStatus,
  RequestStatus,
  Sex,
  Stream,
  UnitKind,
  UnitStatus,
  WardType,
} from '../contract/enums.js';
import type { DutyContact, Provenance, UnitFact } from '../contract/unit-facts.js';
import type { LegalOrder } from '../domain/legal-authority.js';

/** Item shapes as stored. Keys and index attributes are added by the store modules. */
export interface UnitItem {
  id: string;
  name: string;
  providerId: string;
  providerName: string;
  kind: UnitKind;
  streams: Stream[];
  laCode: string;
  regionCode: string;
  location: { lat: number; lon: number };
  ofstedUrn: string | null;
  odsCode: string | null;
  ageRange: { min: number; max: number };
  sexes: Sex[];
  specialisms: Need[];
  capacity: number;
  lastConfirmedAt: string | null;
  illustrative: boolean;
  synthetic?: boolean;
  wardType: WardType | null;
  /** Only `open` units are matched, referred to or held; the counters carry a copy for matching. */
  status: UnitStatus;
  statusReason: string | null;
  statusSince: string | null;
  provenance: Provenance;
  dutyContact: DutyContact | null;
  /** Bumped by every change of the unit's facts: its ETag for If-Match. */
  version: number;
}

export interface BedItem {
  bedId: string;
  unitId: string;
  /** The streams this bed's registration lets it serve (a subset of the unit's). */
  eligibleStreams: Stream[];
  /** The department that commissions it, or null for a pooled spot bed. */
  contractedTo: Department | null;
  /** The stream of the child holding or occupying it; absent while it is free or closed. */
  servingStream?: Stream;
  /** When it last became available (for `after_hours` pool rules). */
  freeSince?: string;
  /**
   * The counter partition the bed is counted in (its contract's stream). Transitional: kept until
   * the unit counters count each bed once across streams.
   */
  stream: Stream;
  state: BedState;
  reason: ClosedReason | null;
  version: number;
  updatedAt: string;
  holdId?: string;
  heldUntil?: string;
  placementId?: string;
}

export interface BedCounts {
  available: number;
  held: number;
  occupied: number;
  closed: number;
  total: number;
}

/** A unit's counters in one stream, with the facts matching needs, and live holds (bedId → expiry). */
export interface UnitStreamItem extends BedCounts {
  unitId: string;
  stream: Stream;
  name: string;
  providerId: string;
  kind: UnitKind;
  laCode: string;
  regionCode: string;
  location: { lat: number; lon: number };
  ageRange: { min: number; max: number };
  sexes: Sex[];
  specialisms: Need[];
  lastConfirmedAt: string | null;
  holds: Record<string, string>;
  synthetic?: boolean;
  /** Copy of the unit's status (absent on items written before it existed: read as open). */
  status?: UnitStatus;
  /** Copy of the unit's unverified facts, so matching can say so in its reasons. */
  unverified?: UnitFact[];
}

export interface RequestItem {
  id: string;
  laCode: string;
  childRef: string;
  ageYears: number;
  sex: Sex;
  stream: Stream;
  legalBasis: LegalBasis;
  needs: Need[];
  homeLaCode: string;
  homeRegionCode: string;
  neededBy: string;
  legalAuthorityEndsOn: string | null;
  status: RequestStatus;
  unmet: boolean;
  unmetSince?: string;
  holdId?: string;
  holdUntil?: string;
  providerIds?: string[];
  placementId?: string;
  placedAt?: string;
  withdrawnAt?: string;
  attempts: number;
  createdAt: string;
  updatedAt: string;
}

export interface HoldItem {
  id: string;
  requestId: string;
  unitId: string;
  bedId: string;
  providerId: string;
  laCode: string;
  stream: Stream;
  regionCode: string;
  homeRegionCode: string;
  status: HoldStatus;
  expiresAt: string;
  createdAt: string;
  decidedAt?: string;
  declineReason?: DeclineReason;
  declineNote?: string;
  placementId?: string;
}

export interface PlacementItem {
  id: string;
  /** Null for an external placement (made outside this service: no request, no hold). */
  requestId: string | null;
  holdId: string | null;
  unitId: string;
  bedId: string;
  providerId: string;
  /** The placing LA and the child's home: null for an external placement, which names no child. */
  laCode: string | null;
  homeLaCode: string | null;
  homeRegionCode: string | null;
  childRef: string | null;
  stream: Stream;
  regionCode: string;
  status: PlacementStatus;
  startedAt: string;
  distanceKm: number | null;
  /** Occupancy recorded by the provider or a coordinator, not placed through this service. */
  external?: boolean;
  ageYears?: number;
  sex?: Sex;
  /**
   * The counter partition of the bed (its contract's stream), when it differs from the child's
   * `stream`: an external placement may put a YCS child in a DfE-contracted bed. Discharge moves
   * this partition's counts back, so counters stay equal to a recount.
   */
  bedStream?: Stream;
  legalAuthorityEndsOn: string | null;
  /** The request's basis: with `startedAt` it gives the order the placement began under. */
  legalBasis?: LegalBasis;
  /** Orders recorded through the API, oldest first (shared/domain/legal-authority.ts). */
  legalOrders?: LegalOrder[];
  /** Sweeper markers: the authority end already announced as ending soon / lapsed (once each). */
  noticeEndingSoon?: string;
  noticeLapsed?: string;
  stepDownReadyFrom?: string;
  plannedDestination?: Destination;
  delayReason?: DelayReason;
  plannedDischargeOn?: string;
  dischargedAt?: string;
  dischargedOn?: string;
  destination?: Destination;
}

/** A placement made through this service: from a request and a hold, for a known LA and child. */
export type ServicePlacementItem = PlacementItem & {
  requestId: string;
  holdId: string;
  laCode: string;
  homeLaCode: string;
  homeRegionCode: string;
  childRef: string;
  distanceKm: number;
};

/** True for a placement made through this service (not one recorded as external occupancy). */
export function isServicePlacement(p: PlacementItem): p is ServicePlacementItem {
  return !p.external && p.requestId !== null && p.laCode !== null;
}

export interface Actor {
  role: string;
  org: string;
  /** The token's subject: a pseudonymous user or client id, so the trail says who, not only which org. */
  sub?: string;
}
