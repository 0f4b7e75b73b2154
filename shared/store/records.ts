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
  ReferralStatus,
  RequestStatus,
  Sex,
  Stream,
  UnitKind,
  UnitStatus,
  WardType,
  WithdrawOutcome,
} from '../contract/enums.js';
import type { ReferralProfile } from '../contract/schemas.js';
import type { DutyContact, Provenance, UnitFact, UnitSite } from '../contract/unit-facts.js';
import type { LegalOrder } from '../domain/legal-authority.js';

/** Item shapes as stored. Keys and index attributes are added by the store modules. */
export interface UnitItem extends UnitSite {
  id: string;
  name: string;
  providerId: string;
  providerName: string;
  kind: UnitKind;
  streams: Stream[];
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
  state: BedState;
  reason: ClosedReason | null;
  version: number;
  updatedAt: string;
  holdId?: string;
  heldUntil?: string;
  placementId?: string;
}

/** What a unit's counter keeps of a free or held bed: enough to apply the pool rules at read time. */
export interface CounterBed {
  eligibleStreams: Stream[];
  contractedTo: Department | null;
}

/**
 * One item per unit: the facts matching needs, its beds by counting stream and state (each bed
 * counted once, under its contract's stream: `welfare:available` → n, `welfare:total` → n), and
 * maps of its free beds (bedId → when it came free) and live holds (bedId → expiry), each with what
 * the bed may serve. Every bed change updates it in the same transaction (docs/data-model.md).
 */
export interface UnitCounterItem {
  unitId: string;
  name: string;
  providerId: string;
  kind: UnitKind;
  streams: Stream[];
  laCode: string;
  regionCode: string;
  location: { lat: number; lon: number };
  ageRange: { min: number; max: number };
  sexes: Sex[];
  specialisms: Need[];
  lastConfirmedAt: string | null;
  counts: Record<string, number>;
  /** Beds by contract (`DfE`, `MoJ`, `DHSC`, `pooled`): the departments' shares of the pool. */
  contracted: Record<string, number>;
  free: Record<string, CounterBed & { freeSince: string }>;
  holds: Record<string, CounterBed & { heldUntil: string }>;
  synthetic?: boolean;
  /** Copy of the unit's status (absent on items written before it existed: read as open). */
  status?: UnitStatus;
  /** Copy of the unit's unverified facts, so matching can say so in its reasons. */
  unverified?: UnitFact[];
}

/** The bed a hold or placement has, as its counter knows it (to free it again without reading it). */
interface BedFacts {
  /** The bed's eligible streams. */
  bedStreams: Stream[];
  contractedTo: Department | null;
  /** True when the bed is contracted to another department than the child's. */
  flex: boolean;
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
  profile?: ReferralProfile;
  sosApprovalRef?: string;
  /** "Still needed" by then, or the request reads as lapsed (absent on requests made before the rhythm). */
  refreshDueAt?: string;
  reviewDueAt?: string;
  outcome?: WithdrawOutcome;
  outcomeNote?: string;
  /** Every referral made for it: accepting one withdraws the rest; its size is the referrals' version. */
  referralIds?: Set<string>;
  /** The refreshDueAt a reminder, and a lapse notice, was last sent for (the sweeper's idempotency). */
  remindedFor?: string;
  lapseNotifiedFor?: string;
  createdAt: string;
  updatedAt: string;
}

/** A request referred to one unit: no bed is held until the LA accepts an offer. */
export interface ReferralItem {
  id: string;
  requestId: string;
  unitId: string;
  unitName: string;
  providerId: string;
  laCode: string;
  stream: Stream;
  regionCode: string;
  homeRegionCode: string;
  status: ReferralStatus;
  /** What the home decides on, copied from the request (never the childRef). */
  ageYears: number;
  sex: Sex;
  legalBasis: LegalBasis;
  needs: Need[];
  profile: ReferralProfile;
  respondBy: string;
  offerExpiresAt?: string;
  declineReason?: DeclineReason;
  declineNote?: string;
  placementId?: string;
  createdAt: string;
  decidedAt?: string;
  updatedAt: string;
}

export interface HoldItem extends Partial<BedFacts> {
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

export interface PlacementItem extends Partial<BedFacts> {
  id: string;
  /** Null for an external placement (made outside this service: no request, no hold). */
  requestId: string | null;
  /** Null for an external placement, or one made by accepting a referral (then referralId says which). */
  holdId: string | null;
  referralId?: string;
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

/** A placement made through this service: from a request and a hold or accepted referral, for a known LA and child. */
export type ServicePlacementItem = PlacementItem & {
  requestId: string;
  laCode: string;
  homeLaCode: string;
  homeRegionCode: string;
  childRef: string;
  distanceKm: number;
};

/**
 * True for a placement made through this service (not one recorded as external occupancy, which
 * has no request). Takes any part of a placement with its `requestId`: the figures read only some
 * fields, from the national index (decision 0014), and an external one's requestId is null.
 */
export function isServicePlacement<
  P extends Pick<PlacementItem, 'requestId'> & Partial<Pick<PlacementItem, 'external' | 'laCode'>>,
>(p: P): p is P & Pick<ServicePlacementItem, keyof P & keyof ServicePlacementItem> {
  return !p.external && p.requestId !== null && p.laCode !== null;
}

export interface Actor {
  role: string;
  org: string;
  /** The token's subject: a pseudonymous user or client id, so the trail says who, not only which org. */
  sub?: string;
}
