import type { DeclineReason, HoldStatus } from '../contract/enums.js';
import { NoBedAvailable, NotFound } from '../domain/errors.js';
import {
  type acceptHold,
  assertMayHold,
  type declineHold,
  explainDecisionRefusal,
  holdStatusFilter,
  type placeHold,
} from '../domain/holds.js';
import { assertUnitOpen, assertUnitTakes } from '../domain/unit-rules.js';
import {
  type ClaimableBed,
  type ClaimUnit,
  freeTakenBedItems,
  occupyHeldBedItems,
  readClaimableBeds,
} from './bed-claim.js';
import { type Db, sleep, type TransactItem, TransactionCancelled } from './db.js';
import { DECISION_FIGURE_FIELDS } from './figure-fields.js';
import {
  acceptedAudits,
  holdDecision,
  holdEndedAudit,
  newHold,
  newHoldItems,
  placementPut,
  releaseRequest,
  requestPlaced,
} from './hold-items.js';
import { type Recorder, recordOf } from './idempotency.js';
import { project, queryItems } from './index-reads.js';
import { GSI3, GSI4, index, key } from './keys.js';
import { listScoped, type Scope } from './lists.js';
import type { Page } from './paging.js';
import { queryAll, timeRange } from './query-all.js';
import type { Actor, BedItem, HoldItem, RequestItem, ServicePlacementItem } from './records.js';

export type { ClaimableBed, ClaimUnit };

const CONFLICT_RETRIES = 6;
/** Index of the unit-is-open check in a claim's transaction. */
const UNIT_OPEN_CHECK = 5;

export class HoldStore {
  constructor(private readonly db: Db) {}

  async get(id: string): Promise<HoldItem | undefined> {
    const out = await this.db.get({ Key: key.hold(id), ConsistentRead: true });
    return out.Item as HoldItem | undefined;
  }

  async list(
    scope: Scope,
    options: {
      limit: number;
      cursor?: string;
      requestId?: string;
      status?: HoldStatus;
      /** Only holds created at or after this instant (a live hold is never older than its window). */
      createdSince?: string;
    },
    now: Date,
  ): Promise<Page<HoldItem>> {
    const filter: Record<string, string | readonly string[]> = {};
    if (options.requestId) filter.requestId = options.requestId;
    const status = holdStatusFilter<HoldItem>(options.status, now);
    if (status.stored) filter.status = status.stored;
    const page = await listScoped<HoldItem>(
      this.db,
      { la: index.laHolds, provider: index.providerHolds, all: index.allHolds },
      scope,
      { limit: options.limit, cursor: options.cursor, filter, skFrom: options.createdSince },
    );
    return { ...page, items: page.items.filter(status.matches) };
  }

  /**
   * Holds created between two instants or dates, with only the fields the commissioning figures
   * need (stream, home region, outcome, decline reason). One index partition, in time order.
   */
  createdBetween(
    from: string,
    to: string,
  ): Promise<Pick<HoldItem, (typeof DECISION_FIGURE_FIELDS)[number]>[]> {
    return queryAll(this.db, {
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
      ...project(DECISION_FIGURE_FIELDS),
      ExpressionAttributeValues: { ':pk': index.allHolds, ...timeRange(from, to) },
    });
  }

  /** Active holds whose expiry is before `before`, soonest first (sweeper; "about to expire"). */
  async activeExpiringBefore(before: string, limit = 100): Promise<HoldItem[]> {
    // The index finds them; the holds themselves are read by key (it carries no hold: decision 0014).
    const page = await queryItems<HoldItem>(
      this.db,
      {
        IndexName: GSI4,
        KeyConditionExpression: 'gsi4pk = :pk AND gsi4sk < :before',
        ExpressionAttributeValues: { ':pk': index.activeHolds, ':before': before },
        Limit: limit,
      },
      (h) => h.status === 'active',
    );
    return page.items;
  }

  /** First round trip of a hold: the unit and its beds that could be taken now (bed-claim.ts). */
  unitForHold(unitId: string, now: Date) {
    return readClaimableBeds(this.db, unitId, now);
  }

  /**
   * Second round trip: takes one of the beds `placeHold` chose, in its order, in one conditional
   * transaction — bed → held, the counter, the hold, the request's pointer to it and the audit
   * event, all or nothing. If another caller took a bed first, tries the next; the condition, not
   * a prior read, decides. A refused request explains itself from DynamoDB's copy (ALL_OLD).
   */
  async claim(args: {
    request: RequestItem;
    unit: ClaimUnit;
    decision: ReturnType<typeof placeHold<ClaimableBed>>;
    actor: Actor;
    now: Date;
    /** The call's idempotency record for this hold (shared/store/idempotency.ts), in the same transaction. */
    record?: (hold: HoldItem) => TransactItem;
  }): Promise<HoldItem> {
    const { request, unit, actor, now, decision, record } = args;
    assertUnitOpen(unit);
    assertUnitTakes(unit, request);
    const at = now.toISOString();
    for (const choice of spreadWithinRank(decision.choices)) {
      for (let attempt = 1; attempt <= CONFLICT_RETRIES; attempt++) {
        const hold = newHold(request, unit, choice, decision.expiresAt, now);
        try {
          await this.db.transact([
            // Ending at UNIT_OPEN_CHECK: a unit paused, closed or corrected while this ran takes no hold.
            ...newHoldItems(hold, request, choice.bed, actor, at),
            // Last: a call with the same key that committed first wins (Db.transact: AlreadyAnswered).
            ...(record ? [record(hold)] : []),
          ]);
          return hold;
        } catch (error) {
          if (!(error instanceof TransactionCancelled)) throw error;
          if (error.codeAt(3) === 'ConditionalCheckFailed') {
            const current = error.oldItemAt(3) as RequestItem | undefined;
            if (!current) throw new NotFound('No such request');
            assertMayHold(current, now);
            throw new NoBedAvailable('The request changed while the hold was being made: try again');
          }
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
    throw new NoBedAvailable(`Every free bed at ${unit.name} that this child may take was just taken`);
  }

  /** Accepts a live hold (`acceptHold` decided): hold → accepted, bed → occupied, request → placed, a placement made; one transaction. */
  async accept(
    hold: HoldItem,
    decision: ReturnType<typeof acceptHold>,
    placement: ServicePlacementItem,
    actor: Actor,
    now: Date,
    record?: Recorder<ServicePlacementItem>,
  ): Promise<ServicePlacementItem> {
    const at = decision.decidedAt;
    const withBed: ServicePlacementItem = {
      ...placement,
      bedStreams: hold.bedStreams ?? [hold.stream],
      contractedTo: hold.contractedTo ?? null,
      flex: hold.flex ?? false,
    };
    await this.decide(now, [
      holdDecision(hold, { status: decision.status, decidedAt: at, placementId: placement.id }, at),
      ...occupyHeldBedItems(hold, hold.id, placement.id, at),
      requestPlaced(hold, placement.id, at),
      placementPut(withBed, at),
      ...acceptedAudits(hold, withBed, actor, at),
      ...recordOf(record, withBed),
    ]);
    return withBed;
  }

  /** Ends a live hold without a placement (`declineHold` decided: declined or released): the bed is free again. */
  async end(
    hold: HoldItem,
    decision: ReturnType<typeof declineHold>,
    actor: Actor,
    now: Date,
    record?: Recorder<HoldItem>,
  ): Promise<HoldItem> {
    const at = decision.decidedAt;
    const change: Record<string, string> = { status: decision.status, decidedAt: at };
    if (decision.declineReason) change.declineReason = decision.declineReason;
    if (decision.declineNote) change.declineNote = decision.declineNote;
    const ended = { ...hold, ...change } as HoldItem;
    await this.decide(now, [
      holdDecision(hold, change, at),
      ...freeTakenBedItems(hold, { holdId: hold.id }, actor, at),
      releaseRequest(hold, at),
      holdEndedAudit(hold, decision.status, actor, at, decision.declineReason as DeclineReason | undefined),
      ...recordOf(record, ended),
    ]);
    return ended;
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
      holdEndedAudit(hold, 'expired', actor, at),
    ];
    // The bed came free when the hold lapsed, not when the sweeper noticed.
    if (stillOurs)
      items.push(...freeTakenBedItems(hold, { holdId: hold.id }, actor, at, [hold.expiresAt, at].sort()[0]));
    if (requestPointsHere) items.push(releaseRequest(hold, at));
    try {
      await this.db.transactWithRetry(() => items);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled) return false; // changed meanwhile; the next sweep looks again
      throw error;
    }
  }

  /** Commits a deciding transaction; a refusal is explained from the hold DynamoDB returned (ALL_OLD). */
  private async decide(now: Date, items: TransactItem[]): Promise<void> {
    try {
      await this.db.transactWithRetry(() => items);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed) {
        const old = error.oldItemAt(0) as HoldItem | undefined;
        throw explainDecisionRefusal(old, now);
      }
      throw error;
    }
  }
}

/** Shuffles beds within each choice rank (own, pooled, lent), so concurrent callers spread out instead of racing for one bed. */
function spreadWithinRank<T extends { contractedTo: unknown; flex: boolean }>(choices: readonly T[]): T[] {
  const rankOf = (c: T) => (c.flex ? 2 : c.contractedTo === null ? 1 : 0);
  return [...choices]
    .map((c) => ({ c, r: rankOf(c), k: Math.random() }))
    .sort((a, b) => a.r - b.r || a.k - b.k)
    .map(({ c }) => c);
}
