import type { Sex, Stream } from '../contract/enums.js';
import { NoBedAvailable } from '../domain/errors.js';
import { countingStream, isFlex } from '../domain/pool.js';
import { type ClaimableBed, claimBedItems } from './bed-claim.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { bedOccupiedAudit, placementPut, placementStartedAudit } from './hold-items.js';
import { type Recorder, recordOf } from './idempotency.js';
import type { Actor, BedItem, PlacementItem, UnitItem } from './records.js';
import { newId } from './requests.js';
import { usageEpochBump } from './usage-days.js';

interface ExternalPlacementInput {
  stream: Stream;
  /** The day the child arrived (`YYYY-MM-DD`); the placement starts at its midnight UTC. */
  since: string;
  ageYears?: number;
  sex?: Sex;
}

/**
 * A placement made outside this service (the Youth Custody Service, an NHS access assessment,
 * before go-live): no request, no hold, no placing LA, no childRef. It carries its bed's facts
 * (`bedStreams`, `contractedTo`), so its discharge moves the bed's counts in the unit counter
 * exactly as a hold's or referral's placement does, whatever stream the child is in.
 */
function externalPlacement(
  unit: Pick<UnitItem, 'id' | 'providerId' | 'regionCode'>,
  bed: Pick<BedItem, 'bedId' | 'eligibleStreams' | 'contractedTo'>,
  input: ExternalPlacementInput,
  id: string = newId('pl'),
): PlacementItem {
  return {
    id,
    requestId: null,
    holdId: null,
    unitId: unit.id,
    bedId: bed.bedId,
    providerId: unit.providerId,
    laCode: null,
    homeLaCode: null,
    homeRegionCode: null,
    childRef: null,
    stream: input.stream,
    bedStreams: [...bed.eligibleStreams],
    contractedTo: bed.contractedTo,
    flex: isFlex(bed, input.stream),
    regionCode: unit.regionCode,
    status: 'active',
    startedAt: `${input.since}T00:00:00.000Z`,
    distanceKm: null,
    legalAuthorityEndsOn: null,
    external: true,
    ...(input.ageYears !== undefined ? { ageYears: input.ageYears } : {}),
    ...(input.sex ? { sex: input.sex } : {}),
  };
}

/** The bed as the shared claim needs it: a lapsed hold's bed counts as free since the hold's expiry. */
export function claimableOf(bed: BedItem): ClaimableBed {
  return {
    bedId: bed.bedId,
    eligibleStreams: bed.eligibleStreams,
    contractedTo: bed.contractedTo ?? null,
    state: bed.state,
    ...(bed.state === 'held'
      ? { holdId: bed.holdId, heldUntil: bed.heldUntil, freeSince: bed.heldUntil }
      : {}),
    ...(bed.state === 'available' ? { freeSince: bed.freeSince } : {}),
  };
}

/**
 * Records an external placement in ONE transaction: the bed → occupied through the same
 * conditional claim a hold or a referral acceptance makes (`claimBedItems`: the bed must still be
 * free, or held by the same lapsed hold, and the unit counter moves with it), the placement
 * through the same `placementPut`, and the audit events. Racing holds, acceptances and other
 * external placements for the bed: its condition lets exactly one win; the others are told
 * `no_bed_available`. The pool rules and the bed's eligibility are the caller's to check first.
 */
export async function recordExternalPlacement(
  db: Db,
  unit: UnitItem,
  bed: ClaimableBed,
  input: ExternalPlacementInput,
  actor: Actor,
  now: Date,
  record?: Recorder<PlacementItem>,
): Promise<PlacementItem> {
  const at = now.toISOString();
  const p = externalPlacement(unit, bed, input);
  const items: TransactItem[] = [
    ...claimBedItems({
      unitId: unit.id,
      bed,
      stream: input.stream,
      claim: { kind: 'placement', placementId: p.id },
      at,
    }),
    // Listed by when the child arrived, not when it was recorded: usage finds it by its start.
    placementPut(p, p.startedAt),
    placementStartedAudit(
      p,
      { external: true, startedAt: p.startedAt, contractedTo: p.contractedTo ?? null, flex: p.flex ?? false },
      actor,
      at,
    ),
    bedOccupiedAudit(bed.bedId, bed.state, actor, at, { placementId: p.id }),
    // Its start may be in the past: usage days kept before it no longer hold (decision 0015).
    usageEpochBump(at),
    ...recordOf(record, p),
  ];
  try {
    await db.transactWithRetry(() => items);
  } catch (error) {
    if (error instanceof TransactionCancelled && error.codeAt(0) === 'ConditionalCheckFailed')
      throw new NoBedAvailable(`Bed ${bed.bedId} was just taken: read the beds again`);
    throw error;
  }
  return p;
}

/** The id of the external placement behind a seeded occupied bed: one per bed, so re-seeding never makes two. */
export const seededPlacementId = (bedId: string) => `pl_seed_${bedId}`;

/**
 * Seeded occupied beds are children placed before this service existed: each is backed by an
 * external placement, so its provider can discharge it and usage counts it. Arrival dates are
 * spread over the previous 90 days (illustrative, no child data).
 */
export function seededExternalPlacements(
  unit: Pick<UnitItem, 'id' | 'providerId' | 'regionCode'>,
  beds: readonly BedItem[],
  now: Date,
): PlacementItem[] {
  return beds
    .filter((b) => b.state === 'occupied')
    .map((b, i) => {
      const since = new Date(now.getTime() - ((i * 7) % 90) * 86_400_000 - 86_400_000)
        .toISOString()
        .slice(0, 10);
      return externalPlacement(
        unit,
        b,
        { stream: b.servingStream ?? countingStream(b), since },
        seededPlacementId(b.bedId),
      );
    });
}

/** Writes seeded external placements, up to 100 per transaction; one already there is left alone. */
export async function writeSeededPlacements(db: Db, placements: readonly PlacementItem[]): Promise<void> {
  for (let i = 0; i < placements.length; i += 100) {
    try {
      await db.transact(placements.slice(i, i + 100).map((p) => placementPut(p, p.startedAt)));
    } catch (error) {
      if (!(error instanceof TransactionCancelled && error.conditionFailed)) throw error;
      // Some were written by an earlier run: write the rest one at a time.
      for (const p of placements.slice(i, i + 100)) {
        await db.transact([placementPut(p, p.startedAt)]).catch((e: unknown) => {
          if (!(e instanceof TransactionCancelled && e.conditionFailed)) throw e;
        });
      }
    }
  }
}
