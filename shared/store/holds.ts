import type { DeclineReason, HoldStatus } from '../contract/enums.js';
import type { Hold } from '../contract/schemas.js';
import { HoldExists, InvalidTransition, NoBedAvailable, NotFound } from '../domain/errors.js';
import { effectiveHoldStatus } from '../domain/holds.js';
import { auditPut } from './audit.js';
import { counterUpdate } from './counters.js';
import { type Db, sleep, type TransactItem, TransactionCancelled } from './db.js';
import { GSI3, GSI4, index, key } from './keys.js';
import { listScoped, type Scope } from './lists.js';
import type { Page } from './paging.js';
import { queryAll, timeRange } from './query-all.js';
import type { Actor, BedItem, HoldItem, RequestItem, ServicePlacementItem, UnitItem } from './records.js';
import { newId } from './requests.js';
import { assertUnitOpen, assertUnitTakes, unitOpenCheck } from './unit-status.js';

export function toHold(h: HoldItem, now: Date): Hold {
  return {
    id: h.id,
    requestId: h.requestId,
    unitId: h.unitId,
    bedId: h.bedId,
    providerId: h.providerId,
    laCode: h.laCode,
    stream: h.stream,
    status: effectiveHoldStatus(h.status, h.expiresAt, now),
    expiresAt: h.expiresAt,
    createdAt: h.createdAt,
    decidedAt: h.decidedAt ?? null,
    declineReason: h.declineReason ?? null,
    placementId: h.placementId ?? null,
  };
}

/** A bed a hold may take now: free, or held by a hold whose time has run out. */
export type ClaimableBed = Pick<BedItem, 'bedId' | 'stream' | 'state' | 'holdId' | 'heldUntil'>;

/** What a hold needs to know of its unit. */
export type HoldUnit = Pick<UnitItem, 'id' | 'name' | 'providerId' | 'regionCode'> &
  Partial<Pick<UnitItem, 'status' | 'ageRange' | 'sexes'>>;

/** Placement ids follow from hold ids, so accepting the same hold twice can only ever make one placement. */
export const placementIdFor = (holdId: string) => `pl_${holdId.replace(/^hold_/, '')}`;

const CONFLICT_RETRIES = 6;
/** Index of the unit-is-open check in a claim's transaction. */
const UNIT_OPEN_CHECK = 5;

export class HoldStore {
  constructor(private readonly db: Db) {}

  async get(id: string): Promise<HoldItem | undefined> {
    const out = await this.db.get({ Key: key.hold(id), ConsistentRead: true });
    return out.Item as HoldItem | undefined;
  }

  list(
    scope: Scope,
    options: { limit: number; cursor?: string; requestId?: string; status?: HoldStatus },
    now: Date,
  ) {
    const filter: Record<string, string> = {};
    if (options.requestId) filter.requestId = options.requestId;
    // `expired` and `active` depend on the clock, so they are filtered after reading.
    if (options.status && options.status !== 'expired' && options.status !== 'active')
      filter.status = options.status;
    if (options.status === 'expired' || options.status === 'active') filter.status = 'active';
    return listScoped<HoldItem>(
      this.db,
      { la: index.laHolds, provider: index.providerHolds, all: index.allHolds },
      scope,
      { limit: options.limit, cursor: options.cursor, filter },
    ).then(
      (page): Page<HoldItem> =>
        options.status === 'expired' || options.status === 'active'
          ? {
              ...page,
              items: page.items.filter(
                (h) => effectiveHoldStatus(h.status, h.expiresAt, now) === options.status,
              ),
            }
          : page,
    );
  }

  /**
   * Holds created between two instants or dates, with only the fields the commissioning figures
   * need (stream, home region, outcome, decline reason). One index partition, in time order.
   */
  createdBetween(
    from: string,
    to: string,
  ): Promise<Pick<HoldItem, 'stream' | 'homeRegionCode' | 'status' | 'decidedAt' | 'declineReason'>[]> {
    return queryAll(this.db, {
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
      ProjectionExpression: '#stream, homeRegionCode, #status, decidedAt, declineReason',
      ExpressionAttributeNames: { '#stream': 'stream', '#status': 'status' },
      ExpressionAttributeValues: { ':pk': index.allHolds, ...timeRange(from, to) },
    });
  }

  /** Active holds whose expiry is before `before`, soonest first (sweeper; "about to expire"). */
  async activeExpiringBefore(before: string, limit = 100): Promise<HoldItem[]> {
    const out = await this.db.query({
      IndexName: GSI4,
      KeyConditionExpression: 'gsi4pk = :pk AND gsi4sk < :before',
      ExpressionAttributeValues: { ':pk': index.activeHolds, ':before': before },
      Limit: limit,
    });
    return (out.Items ?? []) as HoldItem[];
  }

  /**
   * First round trip of a hold: the unit and its beds that could be taken now, in one Query of
   * the unit's partition (the unit item sits beside its beds), with only the fields needed.
   */
  async unitForHold(unitId: string, now: Date): Promise<{ unit?: HoldUnit; beds: ClaimableBed[] }> {
    type Row = { type: string } & HoldUnit & ClaimableBed;
    const rows = await queryAll<Row>(this.db, {
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: '#type = :unit OR #state = :available OR (#state = :held AND heldUntil <= :now)',
      ProjectionExpression:
        '#type, id, #name, providerId, regionCode, #status, ageRange, sexes, bedId, #stream, #state, holdId, heldUntil',
      ExpressionAttributeNames: {
        '#type': 'type',
        '#name': 'name',
        '#state': 'state',
        '#stream': 'stream',
        '#status': 'status',
      },
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
      .map(({ bedId, stream, state, holdId, heldUntil }) => ({ bedId, stream, state, holdId, heldUntil }));
    return { unit, beds };
  }

  /**
   * Second round trip: takes one bed in one conditional transaction — bed → held, the hold,
   * the request's pointer to it, the counters and the audit event, all or nothing. If another
   * caller took the bed first, tries the next; the condition, not a prior read, decides.
   */
  async claim(args: {
    request: RequestItem;
    unit: HoldUnit;
    beds: ClaimableBed[];
    actor: Actor;
    now: Date;
    holdMinutes: number;
  }): Promise<HoldItem> {
    const { request, unit, actor, now } = args;
    assertUnitOpen(unit);
    assertUnitTakes(unit, request);
    const candidates = args.beds.filter((b) => b.stream === request.stream);
    if (candidates.length === 0)
      throw new NoBedAvailable(`No free ${request.stream.replace('_', ' ')} bed at ${unit.name}`);
    // Start at a random bed so concurrent callers spread out instead of all racing for the first.
    const offset = Math.floor(Math.random() * candidates.length);
    const ordered = candidates.map((_, i) => candidates[(i + offset) % candidates.length] as ClaimableBed);
    for (const bed of ordered) {
      for (let attempt = 1; attempt <= CONFLICT_RETRIES; attempt++) {
        const hold = this.newHold(request, unit, bed.bedId, now, args.holdMinutes);
        try {
          await this.db.transact(this.claimItems(hold, bed, request, actor, now));
          return hold;
        } catch (error) {
          if (!(error instanceof TransactionCancelled)) throw error;
          if (error.codeAt(2) === 'ConditionalCheckFailed')
            return this.explainRequestRefusal(request.id, now);
          if (error.codeAt(0) === 'ConditionalCheckFailed') break; // someone else has this bed: next one
          if (error.codeAt(UNIT_OPEN_CHECK) === 'ConditionalCheckFailed')
            throw new NoBedAvailable(`${unit.name} stopped taking this child while the hold was being made`);
          if (error.conflicted && attempt < CONFLICT_RETRIES) {
            await sleep(Math.random() * 5 * attempt);
            continue;
          }
          if (error.conflicted) break;
          throw error;
        }
      }
    }
    throw new NoBedAvailable(
      `Every free ${request.stream.replace('_', ' ')} bed at ${unit.name} was just taken`,
    );
  }

  private newHold(
    request: RequestItem,
    unit: HoldUnit,
    bedId: string,
    now: Date,
    holdMinutes: number,
  ): HoldItem {
    return {
      id: newId('hold'),
      requestId: request.id,
      unitId: unit.id,
      bedId,
      providerId: unit.providerId,
      laCode: request.laCode,
      stream: request.stream,
      regionCode: unit.regionCode,
      homeRegionCode: request.homeRegionCode,
      status: 'active',
      expiresAt: new Date(now.getTime() + holdMinutes * 60_000).toISOString(),
      createdAt: now.toISOString(),
    };
  }

  private claimItems(
    hold: HoldItem,
    bed: ClaimableBed,
    request: RequestItem,
    actor: Actor,
    now: Date,
  ): TransactItem[] {
    const at = now.toISOString();
    const wasFree = bed.state === 'available';
    // Named parts of the claim condition (the bed must be exactly as we saw it, and still free):
    const isAvailable = '#state = :available';
    const holdHasLapsed = '(#state = :held AND heldUntil <= :now AND holdId = :oldHold)';
    const sk = `${at}#${hold.id}`;
    return [
      {
        Update: {
          Key: key.bed(hold.unitId, hold.bedId),
          UpdateExpression:
            'SET #state = :held, holdId = :hold, heldUntil = :until, servingStream = :serving, #version = #version + :one, updatedAt = :now REMOVE #reason, freeSince',
          ConditionExpression: wasFree ? isAvailable : holdHasLapsed,
          ExpressionAttributeNames: { '#state': 'state', '#version': 'version', '#reason': 'reason' },
          ExpressionAttributeValues: {
            ':held': 'held',
            ':hold': hold.id,
            ':until': hold.expiresAt,
            ':serving': hold.stream,
            ':one': 1,
            ':now': at,
            ...(wasFree ? { ':available': 'available' } : { ':oldHold': bed.holdId ?? '' }),
          },
        },
      },
      {
        Put: {
          Item: {
            ...key.hold(hold.id),
            gsi1pk: index.laHolds(hold.laCode),
            gsi1sk: sk,
            gsi2pk: index.providerHolds(hold.providerId),
            gsi2sk: sk,
            gsi3pk: index.allHolds,
            gsi3sk: sk,
            gsi4pk: index.activeHolds,
            gsi4sk: `${hold.expiresAt}#${hold.id}`,
            type: 'hold',
            ...hold,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Update: {
          Key: key.request(request.id),
          UpdateExpression:
            'SET holdId = :hold, holdUntil = :until, updatedAt = :now, gsi2pk = :prov, gsi2sk = :sk ADD attempts :one, providerIds :provSet',
          // At most one live hold per request, and only while it is open.
          ConditionExpression: '#status = :open AND (attribute_not_exists(holdUntil) OR holdUntil <= :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':hold': hold.id,
            ':until': hold.expiresAt,
            ':now': at,
            ':open': 'open',
            ':one': 1,
            ':prov': index.providerRequests(hold.providerId),
            ':sk': `${request.createdAt}#${request.id}`,
            ':provSet': new Set([hold.providerId]),
          },
        },
      },
      counterUpdate({
        stream: hold.stream,
        unitId: hold.unitId,
        delta: wasFree ? { available: -1, held: 1 } : {},
        holds: { [hold.bedId]: hold.expiresAt },
      }) as TransactItem,
      auditPut({
        entity: hold.id,
        entityType: 'hold',
        action: 'hold.created',
        actor,
        at,
        before: null,
        after: {
          status: 'active',
          requestId: hold.requestId,
          unitId: hold.unitId,
          bedId: hold.bedId,
          expiresAt: hold.expiresAt,
        },
        notify: {
          to: [`provider:${hold.providerId}`],
          ids: { holdId: hold.id, unitId: hold.unitId, requestId: hold.requestId },
        },
      }),
      // Last, at UNIT_OPEN_CHECK: a unit paused, closed or corrected while this ran takes no hold.
      unitOpenCheck(hold.unitId, request),
    ];
  }

  private async explainRequestRefusal(requestId: string, now: Date): Promise<never> {
    const out = await this.db.get({ Key: key.request(requestId), ConsistentRead: true });
    const r = out.Item as RequestItem | undefined;
    if (!r) throw new NotFound('No such request');
    if (r.status !== 'open') throw new InvalidTransition(`The request is ${r.status}`);
    if (r.holdUntil && Date.parse(r.holdUntil) > now.getTime())
      throw new HoldExists('The request already has an active hold');
    throw new InvalidTransition('The request changed while the hold was being made: try again');
  }

  /** Accepts a live hold: hold → accepted, bed → occupied, request → placed, a placement made; one transaction. */
  async accept(
    hold: HoldItem,
    placement: ServicePlacementItem,
    actor: Actor,
    now: Date,
  ): Promise<ServicePlacementItem> {
    const at = now.toISOString();
    const sk = `${at}#${placement.id}`;
    await this.decide(hold, now, [
      this.holdDecision(hold, 'accepted', at, { placementId: placement.id }),
      this.bedMove(hold, 'occupied', at, { placementId: placement.id }),
      counterUpdate({
        stream: hold.stream,
        unitId: hold.unitId,
        delta: { held: -1, occupied: 1 },
        holds: { [hold.bedId]: null },
      }) as TransactItem,
      {
        Update: {
          Key: key.request(hold.requestId),
          UpdateExpression:
            'SET #status = :placed, placementId = :pl, placedAt = :at, updatedAt = :at, unmet = :false REMOVE holdId, holdUntil',
          ConditionExpression: '#status = :open AND holdId = :hold',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':placed': 'placed',
            ':pl': placement.id,
            ':at': at,
            ':open': 'open',
            ':hold': hold.id,
            ':false': false,
          },
        },
      },
      {
        Put: {
          Item: {
            ...key.placement(placement.id),
            gsi1pk: index.laPlacements(placement.laCode),
            gsi1sk: sk,
            gsi2pk: index.providerPlacements(placement.providerId),
            gsi2sk: sk,
            gsi3pk: index.allPlacements,
            gsi3sk: sk,
            type: 'placement',
            ...placement,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      auditPut({
        entity: hold.id,
        entityType: 'hold',
        action: 'hold.accepted',
        actor,
        at,
        before: { status: 'active' },
        after: { status: 'accepted', placementId: placement.id },
        notify: {
          to: [`la:${hold.laCode}`],
          ids: { holdId: hold.id, placementId: placement.id, requestId: hold.requestId },
        },
      }),
      auditPut({
        entity: placement.id,
        entityType: 'placement',
        action: 'placement.started',
        actor,
        at,
        before: null,
        after: {
          status: 'active',
          requestId: placement.requestId,
          unitId: placement.unitId,
          bedId: placement.bedId,
          stream: placement.stream,
          regionCode: placement.regionCode,
          homeRegionCode: placement.homeRegionCode,
          distanceKm: placement.distanceKm,
        },
      }),
      auditPut({
        entity: hold.bedId,
        entityType: 'bed',
        action: 'bed.occupied',
        actor,
        at,
        before: { state: 'held' },
        after: { state: 'occupied' },
      }),
    ]);
    return placement;
  }

  /** Ends a live hold without a placement (declined by the provider or released by the LA): the bed is free again. */
  async end(
    hold: HoldItem,
    outcome: 'declined' | 'released',
    actor: Actor,
    now: Date,
    reason?: DeclineReason,
    note?: string,
  ): Promise<HoldItem> {
    const at = now.toISOString();
    await this.decide(hold, now, [
      this.holdDecision(
        hold,
        outcome,
        at,
        reason ? { declineReason: reason, ...(note ? { declineNote: note } : {}) } : {},
      ),
      ...this.freeBedItems(hold, actor, at),
      this.releaseRequest(hold, at),
      this.holdEndedAudit(hold, outcome, actor, at, reason),
    ]);
    return { ...hold, status: outcome, decidedAt: at, ...(reason ? { declineReason: reason } : {}) };
  }

  /**
   * Tidies one lapsed hold (the sweeper). Nothing relies on this for correctness: the claim
   * condition already treats the bed as free. It marks the hold expired and, if the bed is
   * still held for it, frees the bed and counters; if another hold has the bed, leaves it be.
   */
  async expire(hold: HoldItem, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const actor = { role: 'system', org: 'sweeper' };
    const [bedOut, requestOut] = await Promise.all([
      this.db.get({ Key: key.bed(hold.unitId, hold.bedId), ConsistentRead: true }),
      this.db.get({ Key: key.request(hold.requestId), ConsistentRead: true, ProjectionExpression: 'holdId' }),
    ]);
    const bed = bedOut.Item as BedItem | undefined;
    const stillOurs = bed?.state === 'held' && bed.holdId === hold.id;
    // The request may already have moved on to a new hold elsewhere: only clear a pointer to this one.
    const requestPointsHere = requestOut.Item?.holdId === hold.id;
    const items: TransactItem[] = [
      {
        Update: {
          Key: key.hold(hold.id),
          UpdateExpression: 'SET #status = :expired, decidedAt = :at REMOVE gsi4pk, gsi4sk',
          ConditionExpression: '#status = :active AND expiresAt <= :at',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':expired': 'expired', ':active': 'active', ':at': at },
        },
      },
      auditPut({
        entity: hold.id,
        entityType: 'hold',
        action: 'hold.expired',
        actor,
        at,
        before: { status: 'active' },
        after: { status: 'expired' },
        notify: {
          to: [`la:${hold.laCode}`, `provider:${hold.providerId}`],
          ids: { holdId: hold.id, requestId: hold.requestId },
        },
      }),
    ];
    if (stillOurs) items.push(...this.freeBedItems(hold, actor, at));
    if (requestPointsHere) items.push(this.releaseRequest(hold, at));
    try {
      await this.db.transactWithRetry(() => items);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled) return false; // changed meanwhile; the next sweep looks again
      throw error;
    }
  }

  /** The bed back to available, its counters, and the event that tells subscribers a bed came free. */
  private freeBedItems(hold: HoldItem, actor: Actor, at: string): TransactItem[] {
    return [
      this.bedMove(hold, 'available', at, {}),
      counterUpdate({
        stream: hold.stream,
        unitId: hold.unitId,
        delta: { held: -1, available: 1 },
        holds: { [hold.bedId]: null },
      }) as TransactItem,
      auditPut({
        entity: hold.bedId,
        entityType: 'bed',
        action: 'bed.freed',
        actor,
        at,
        before: { state: 'held' },
        after: { state: 'available' },
        notify: { to: ['subscribers'], ids: { unitId: hold.unitId, bedId: hold.bedId, stream: hold.stream } },
      }),
    ];
  }

  /** The request no longer has this hold (condition: it still points at it). */
  private releaseRequest(hold: HoldItem, at: string): TransactItem {
    return {
      Update: {
        Key: key.request(hold.requestId),
        UpdateExpression: 'SET updatedAt = :at REMOVE holdId, holdUntil',
        ConditionExpression: 'holdId = :hold',
        ExpressionAttributeValues: { ':at': at, ':hold': hold.id },
      },
    };
  }

  /** A declined or released hold's event, for the other party. */
  private holdEndedAudit(
    hold: HoldItem,
    outcome: 'declined' | 'released',
    actor: Actor,
    at: string,
    reason?: DeclineReason,
  ): TransactItem {
    return auditPut({
      entity: hold.id,
      entityType: 'hold',
      action: `hold.${outcome}`,
      actor,
      at,
      before: { status: 'active' },
      after: { status: outcome, ...(reason ? { declineReason: reason } : {}) },
      notify: {
        to: outcome === 'declined' ? [`la:${hold.laCode}`] : [`provider:${hold.providerId}`],
        ids: { holdId: hold.id, requestId: hold.requestId, unitId: hold.unitId },
      },
    });
  }

  private holdDecision(
    hold: HoldItem,
    status: HoldStatus,
    at: string,
    extra: Record<string, string>,
  ): TransactItem {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = { ':status': status, ':active': 'active', ':at': at };
    const sets = ['#status = :status', 'decidedAt = :at'];
    for (const [k, v] of Object.entries(extra)) {
      names[`#${k}`] = k;
      values[`:${k}`] = v;
      sets.push(`#${k} = :${k}`);
    }
    return {
      Update: {
        Key: key.hold(hold.id),
        UpdateExpression: `SET ${sets.join(', ')} REMOVE gsi4pk, gsi4sk`,
        // Only a live hold can be decided: an expired one has already let its bed go.
        ConditionExpression: '#status = :active AND expiresAt > :at',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  }

  private bedMove(
    hold: HoldItem,
    to: 'occupied' | 'available',
    at: string,
    extra: { placementId?: string },
  ): TransactItem {
    return {
      Update: {
        Key: key.bed(hold.unitId, hold.bedId),
        // A freed bed starts its free time now (after_hours pool rules) and serves no one.
        UpdateExpression:
          to === 'occupied'
            ? 'SET #state = :to, #version = #version + :one, updatedAt = :at, placementId = :pl REMOVE holdId, heldUntil'
            : 'SET #state = :to, #version = #version + :one, updatedAt = :at, freeSince = :at REMOVE holdId, heldUntil, servingStream',
        ConditionExpression: '#state = :held AND holdId = :hold',
        ExpressionAttributeNames: { '#state': 'state', '#version': 'version' },
        ExpressionAttributeValues: {
          ':to': to,
          ':one': 1,
          ':at': at,
          ':held': 'held',
          ':hold': hold.id,
          ...(extra.placementId ? { ':pl': extra.placementId } : {}),
        },
      },
    };
  }

  private async decide(hold: HoldItem, now: Date, items: TransactItem[]): Promise<void> {
    try {
      await this.db.transactWithRetry(() => items);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed) {
        const current = await this.get(hold.id);
        const status = current ? effectiveHoldStatus(current.status, current.expiresAt, now) : 'unknown';
        throw new InvalidTransition(`The hold is ${status}: it can no longer be changed`);
      }
      throw error;
    }
  }
}
