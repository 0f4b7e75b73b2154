import type { Stream } from '../contract/enums.js';
import type { FreeBed } from '../domain/holds.js';
import { auditPut } from './audit.js';
import { counterUpdate } from './counters.js';
import type { Db, TransactItem } from './db.js';
import { key } from './keys.js';
import { queryAll } from './query-all.js';
import type { Actor, BedItem, CounterBed, UnitItem } from './records.js';

/** A bed that may be claimed now: free, or held by a hold whose time has run out. */
export type ClaimableBed = FreeBed &
  Pick<BedItem, 'bedId' | 'state' | 'holdId' | 'heldUntil' | 'eligibleStreams' | 'contractedTo'>;

/** What a claim needs to know of its unit. */
export type ClaimUnit = Pick<UnitItem, 'id' | 'name' | 'providerId' | 'regionCode'> &
  Partial<Pick<UnitItem, 'status' | 'ageRange' | 'sexes'>>;

/**
 * First round trip of a hold or a referral acceptance: the unit and its beds that could be taken
 * now, in one Query of the unit's partition (the unit item sits beside its beds), only the fields
 * needed. A lapsed hold's bed is free since its expiry, for the pool's `after_hours` rule.
 */
export async function readClaimableBeds(
  db: Db,
  unitId: string,
  now: Date,
): Promise<{ unit?: ClaimUnit; beds: ClaimableBed[] }> {
  type Row = { type: string } & ClaimUnit & ClaimableBed;
  const rows = await queryAll<Row>(db, {
    KeyConditionExpression: 'pk = :pk',
    FilterExpression: '#type = :unit OR #state = :available OR (#state = :held AND heldUntil <= :now)',
    ProjectionExpression:
      '#type, id, #name, providerId, regionCode, #status, ageRange, sexes, bedId, eligibleStreams, contractedTo, freeSince, #state, holdId, heldUntil',
    ExpressionAttributeNames: { '#type': 'type', '#name': 'name', '#state': 'state', '#status': 'status' },
    ExpressionAttributeValues: {
      ':pk': key.unit(unitId).pk,
      ':unit': 'unit',
      ':available': 'available',
      ':held': 'held',
      ':now': now.toISOString(),
    },
    ConsistentRead: true,
  });
  const u = rows.find((r) => r.type === 'unit');
  const unit = u && {
    id: u.id,
    name: u.name,
    providerId: u.providerId,
    regionCode: u.regionCode,
    status: u.status ?? 'open',
    ageRange: u.ageRange,
    sexes: u.sexes,
  };
  const beds = rows
    .filter((r) => r.type !== 'unit')
    .map(({ bedId, eligibleStreams, contractedTo, freeSince, state, holdId, heldUntil }) => ({
      bedId,
      eligibleStreams,
      contractedTo: contractedTo ?? null,
      state,
      ...(state === 'held' ? { holdId, heldUntil, freeSince: heldUntil } : { freeSince }),
    }));
  return { unit, beds };
}

/** What takes the bed: a hold (until its expiry) or, for a referral acceptance, a placement. */
type BedClaim = { kind: 'hold'; holdId: string; until: string } | { kind: 'placement'; placementId: string };

/**
 * The conditional bed-claim items for one transaction: the bed → `held` (or `occupied` for a
 * placement) serving `stream`, on condition that it is exactly as it was read and still free (or
 * held by the same lapsed hold), and the unit counter's change. Reusable by any write that takes
 * a bed (a hold, a referral acceptance, an external placement): put these items FIRST in the
 * transaction, and treat a `ConditionalCheckFailed` at index 0 as "someone else took this bed,
 * try the next one" (the old bed comes back with ALL_OLD). The pool rules are the caller's:
 * choose and order the beds with `placeHold` / `bedsInChoiceOrder` before calling this.
 */
export function claimBedItems(args: {
  unitId: string;
  bed: ClaimableBed;
  stream: Stream;
  claim: BedClaim;
  at: string;
}): TransactItem[] {
  const { unitId, bed, stream, claim, at } = args;
  const wasFree = bed.state === 'available';
  const toState = claim.kind === 'hold' ? 'held' : 'occupied';
  const facts: CounterBed = { eligibleStreams: bed.eligibleStreams, contractedTo: bed.contractedTo };
  const sets = claim.kind === 'hold' ? 'holdId = :claim, heldUntil = :until' : 'placementId = :claim';
  const removes = claim.kind === 'hold' ? '#reason, freeSince' : '#reason, freeSince, holdId, heldUntil';
  return [
    {
      Update: {
        Key: key.bed(unitId, bed.bedId),
        UpdateExpression: `SET #state = :to, ${sets}, servingStream = :serving, #version = #version + :one, updatedAt = :now REMOVE ${removes}`,
        // The bed must be exactly as we saw it, and still free (or held by the same lapsed hold).
        ConditionExpression: wasFree
          ? '#state = :available'
          : '(#state = :held AND heldUntil <= :now AND holdId = :oldHold)',
        ExpressionAttributeNames: { '#state': 'state', '#version': 'version', '#reason': 'reason' },
        ExpressionAttributeValues: {
          ':to': toState,
          ':claim': claim.kind === 'hold' ? claim.holdId : claim.placementId,
          ...(claim.kind === 'hold' ? { ':until': claim.until } : {}),
          ':serving': stream,
          ':one': 1,
          ':now': at,
          ...(wasFree ? { ':available': 'available' } : { ':held': 'held', ':oldHold': bed.holdId ?? '' }),
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    counterUpdate(unitId, [
      {
        bedId: bed.bedId,
        bed: facts,
        from: bed.state,
        to: toState,
        ...(claim.kind === 'hold' ? { until: claim.until } : {}),
      },
    ]) as TransactItem,
  ];
}

/** A bed that a hold or placement has, as the write that frees or occupies it needs it. */
interface TakenBed {
  unitId: string;
  bedId: string;
  stream: Stream;
  bedStreams?: Stream[];
  contractedTo?: import('../contract/enums.js').Department | null;
}

/** The counter's view of a taken bed (records made before the pool carry only their stream). */
const factsOf = (t: TakenBed): CounterBed => ({
  eligibleStreams: t.bedStreams ?? [t.stream],
  contractedTo: t.contractedTo ?? null,
});

/**
 * A held bed → `occupied` by a placement (condition: still held by this hold), with its counter change.
 */
export function occupyHeldBedItems(
  t: TakenBed,
  holdId: string,
  placementId: string,
  at: string,
): TransactItem[] {
  return [
    {
      Update: {
        Key: key.bed(t.unitId, t.bedId),
        UpdateExpression:
          'SET #state = :to, #version = #version + :one, updatedAt = :at, placementId = :pl REMOVE holdId, heldUntil',
        ConditionExpression: '#state = :held AND holdId = :hold',
        ExpressionAttributeNames: { '#state': 'state', '#version': 'version' },
        ExpressionAttributeValues: {
          ':to': 'occupied',
          ':one': 1,
          ':at': at,
          ':held': 'held',
          ':hold': holdId,
          ':pl': placementId,
        },
      },
    },
    counterUpdate(t.unitId, [
      { bedId: t.bedId, bed: factsOf(t), from: 'held', to: 'occupied' },
    ]) as TransactItem,
  ];
}

/**
 * A held or occupied bed back to `available` (condition: still taken by this hold or placement),
 * free from now (for `after_hours`), with its counter change and the event that tells subscribers
 * a bed came free.
 */
export function freeTakenBedItems(
  t: TakenBed,
  by: { holdId: string } | { placementId: string },
  actor: Actor,
  at: string,
  /** When the bed came free, if earlier than `at` (a lapsed hold tidied later: free since its expiry). */
  since = at,
): TransactItem[] {
  const held = 'holdId' in by;
  return [
    {
      Update: {
        Key: key.bed(t.unitId, t.bedId),
        UpdateExpression: `SET #state = :available, #version = #version + :one, updatedAt = :at, freeSince = :since REMOVE servingStream, ${held ? 'holdId, heldUntil' : 'placementId'}`,
        ConditionExpression: held
          ? '#state = :held AND holdId = :by'
          : '#state = :occupied AND placementId = :by',
        ExpressionAttributeNames: { '#state': 'state', '#version': 'version' },
        ExpressionAttributeValues: {
          ':available': 'available',
          ':one': 1,
          ':at': at,
          ':since': since,
          ':by': held ? by.holdId : by.placementId,
          ...(held ? { ':held': 'held' } : { ':occupied': 'occupied' }),
        },
      },
    },
    counterUpdate(t.unitId, [
      { bedId: t.bedId, bed: factsOf(t), from: held ? 'held' : 'occupied', to: 'available', since },
    ]) as TransactItem,
    auditPut({
      entity: t.bedId,
      entityType: 'bed',
      action: 'bed.freed',
      actor,
      at,
      before: { state: held ? 'held' : 'occupied' },
      after: { state: 'available' },
      notify: { to: ['subscribers'], ids: { unitId: t.unitId, bedId: t.bedId, stream: t.stream } },
    }),
  ];
}
