import type { Sex, Stream } from '../contract/enums.js';
import { NoBedAvailable } from '../domain/errors.js';
import { auditPut } from './audit.js';
import { counterUpdate } from './counters.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { index, key } from './keys.js';
import type { Actor, BedItem, PlacementItem, UnitItem } from './records.js';
import { newId } from './requests.js';

export interface ExternalPlacementInput {
  stream: Stream;
  /** The day the child arrived (`YYYY-MM-DD`); the placement starts at its midnight UTC. */
  since: string;
  ageYears?: number;
  sex?: Sex;
}

/**
 * A placement made outside this service (the Youth Custody Service, an NHS access assessment,
 * before go-live): no request, no hold, no placing LA, no childRef. Its bed is counted where the
 * bed is counted (`bedStream`), whatever stream the child is in.
 */
export function externalPlacement(
  unit: Pick<UnitItem, 'id' | 'providerId' | 'regionCode'>,
  bed: Pick<BedItem, 'bedId' | 'stream'>,
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
    bedStream: bed.stream,
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

/** The placement item with its index keys: the provider's list and the national one, no LA's. */
export function externalPlacementPut(p: PlacementItem): TransactItem {
  const sk = `${p.startedAt}#${p.id}`;
  return {
    Put: {
      Item: {
        ...key.placement(p.id),
        gsi2pk: index.providerPlacements(p.providerId),
        gsi2sk: sk,
        gsi3pk: index.allPlacements,
        gsi3sk: sk,
        type: 'placement',
        ...p,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * Records an external placement: the bed → occupied (only if it is free now: available, or held
 * by a hold that has lapsed), the placement, the counter and the audit events, in one
 * transaction. Racing holds, acceptances and other external placements for the same bed: the
 * bed's condition lets exactly one win; the others answer `no_bed_available`.
 */
export async function recordExternalPlacement(
  db: Db,
  unit: UnitItem,
  bed: BedItem,
  input: ExternalPlacementInput,
  actor: Actor,
  now: Date,
): Promise<PlacementItem> {
  const at = now.toISOString();
  const p = externalPlacement(unit, bed, input);
  const wasFree = bed.state === 'available';
  const isAvailable = '#state = :available';
  const holdHasLapsed = '(#state = :held AND heldUntil <= :now AND holdId = :oldHold)';
  const items: TransactItem[] = [
    {
      Update: {
        Key: key.bed(unit.id, bed.bedId),
        UpdateExpression:
          'SET #state = :occupied, placementId = :pl, servingStream = :serving, #version = #version + :one, updatedAt = :now REMOVE #reason, freeSince, holdId, heldUntil',
        ConditionExpression: wasFree ? isAvailable : holdHasLapsed,
        ExpressionAttributeNames: { '#state': 'state', '#version': 'version', '#reason': 'reason' },
        ExpressionAttributeValues: {
          ':occupied': 'occupied',
          ':pl': p.id,
          ':serving': input.stream,
          ':one': 1,
          ':now': at,
          ...(wasFree ? { ':available': 'available' } : { ':held': 'held', ':oldHold': bed.holdId ?? '' }),
        },
      },
    },
    externalPlacementPut(p),
    counterUpdate({
      stream: bed.stream,
      unitId: unit.id,
      delta: wasFree ? { available: -1, occupied: 1 } : { held: -1, occupied: 1 },
      ...(wasFree ? {} : { holds: { [bed.bedId]: null } }),
    }) as TransactItem,
    auditPut({
      entity: p.id,
      entityType: 'placement',
      action: 'placement.started',
      actor,
      at,
      before: null,
      after: {
        status: 'active',
        external: true,
        unitId: p.unitId,
        bedId: p.bedId,
        stream: p.stream,
        regionCode: p.regionCode,
        startedAt: p.startedAt,
      },
    }),
    auditPut({
      entity: bed.bedId,
      entityType: 'bed',
      action: 'bed.occupied',
      actor,
      at,
      before: { state: bed.state },
      after: { state: 'occupied', placementId: p.id },
    }),
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
        { stream: b.servingStream ?? b.stream, since },
        seededPlacementId(b.bedId),
      );
    });
}

/** Writes seeded external placements, up to 100 per transaction; one already there is left alone. */
export async function writeSeededPlacements(db: Db, placements: readonly PlacementItem[]): Promise<void> {
  for (let i = 0; i < placements.length; i += 100) {
    try {
      await db.transact(placements.slice(i, i + 100).map(externalPlacementPut));
    } catch (error) {
      if (!(error instanceof TransactionCancelled && error.conditionFailed)) throw error;
      // Some were written by an earlier run: write the rest one at a time.
      for (const p of placements.slice(i, i + 100)) {
        await db.transact([externalPlacementPut(p)]).catch((e: unknown) => {
          if (!(e instanceof TransactionCancelled && e.conditionFailed)) throw e;
        });
      }
    }
  }
}
