import type {
  BedState,
  ClosedReason,
  DeclineReason,
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
} from '../contract/enums.js';

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

export interface BedCounts {
  available: number;
  held: number;
  occupied: number;
  closed: number;
  total: number;
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
}

/** The bed a hold or placement has, as its counter knows it (to free it again without reading it). */
export interface BedFacts {
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
  createdAt: string;
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
  requestId: string;
  holdId: string;
  unitId: string;
  bedId: string;
  providerId: string;
  laCode: string;
  homeLaCode: string;
  homeRegionCode: string;
  childRef: string;
  stream: Stream;
  regionCode: string;
  status: PlacementStatus;
  startedAt: string;
  distanceKm: number;
  legalAuthorityEndsOn: string | null;
  stepDownReadyFrom?: string;
  plannedDestination?: Destination;
  dischargedAt?: string;
  destination?: Destination;
}

export interface Actor {
  role: string;
  org: string;
  /** The token's subject: a pseudonymous user or client id, so the trail says who, not only which org. */
  sub?: string;
}
