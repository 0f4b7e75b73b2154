import type { Stream } from '../../contract/enums.js';
import type { Bed, Unit } from '../../contract/schemas.js';
import { etagOf } from '../../domain/beds.js';
import { effectiveCounter } from '../../domain/capacity.js';
import { availabilityOf, offersBed, type PoolRules } from '../../domain/pool.js';
import { isStale } from '../../domain/time.js';
import type { Page } from '../../store/paging.js';
import type { BedItem, UnitCounterItem, UnitItem } from '../../store/records.js';
import type { UnitRow } from '../../store/units.js';

export function toBed(item: BedItem): Bed {
  return {
    id: item.bedId,
    unitId: item.unitId,
    eligibleStreams: item.eligibleStreams,
    contractedTo: item.contractedTo,
    state: item.state,
    servingStream: item.state === 'held' || item.state === 'occupied' ? (item.servingStream ?? null) : null,
    reason: item.reason ?? null,
    version: item.version,
    etag: etagOf(item.version),
    updatedAt: item.updatedAt,
  };
}

/** A unit with its availability per stream under the pool rules, and its free beds counted once. */
export function toUnit(u: UnitItem, counter: UnitCounterItem | undefined, rules: PoolRules, now: Date): Unit {
  const free = counter ? effectiveCounter(counter, now).freeBeds : [];
  const pooled = availabilityOf(free, u.streams, rules, now);
  const { freeBeds } = pooled;
  // `availability` is what a child could be given now: at a paused or closed unit, nothing,
  // whatever its beds' states (`freeBeds` still counts them, for the day it reopens).
  const availability =
    u.status === 'open'
      ? pooled.availability
      : Object.fromEntries(Object.keys(pooled.availability).map((s) => [s, 0]));
  return {
    id: u.id,
    name: u.name,
    providerId: u.providerId,
    providerName: u.providerName,
    kind: u.kind,
    streams: u.streams,
    laCode: u.laCode,
    regionCode: u.regionCode,
    location: u.location,
    ofstedUrn: u.ofstedUrn,
    odsCode: u.odsCode,
    ageRange: u.ageRange,
    sexes: u.sexes,
    specialisms: u.specialisms,
    capacity: u.capacity,
    availability,
    freeBeds,
    lastConfirmedAt: u.lastConfirmedAt,
    stale: isStale(u.lastConfirmedAt, now),
    illustrative: u.illustrative,
    ...registerView(u),
  };
}

/** A unit's register fields as the API shows them, with its ETag. */
function registerView(u: UnitItem) {
  return {
    wardType: u.wardType,
    status: u.status,
    statusReason: u.statusReason,
    statusSince: u.statusSince,
    provenance: { ...u.provenance, unverified: u.provenance.unverified ?? [] },
    dutyContact: u.dutyContact,
    version: u.version,
    etag: etagOf(u.version),
  };
}

/** A page of the register as the contract shows it; `available` keeps only units that could offer a bed. */
export function toUnitPage(
  page: Page<UnitRow>,
  rules: PoolRules,
  now: Date,
  filter: { available?: boolean; stream?: Stream } = {},
): Page<Unit> {
  const items = page.items.map((r) => toUnit(r.unit, r.counter, rules, now));
  return {
    items: filter.available ? items.filter((u) => offersBed(u.availability, filter.stream)) : items,
    nextCursor: page.nextCursor,
  };
}
