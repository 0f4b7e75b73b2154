import { type BedStateChange, changeBedState } from '../domain/beds.js';
import { NotFound, ValidationFailed, VersionMismatch } from '../domain/errors.js';
import { auditPut } from './audit.js';
import { CapacityCache } from './capacity-cache.js';
import { type BedMove, counterUpdate } from './counters.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { type Recorder, recordOf } from './idempotency.js';
import { batchGetInOrder, queryItems } from './index-reads.js';
import { GSI1, index, key } from './keys.js';
import { MatchFactsCache } from './match-facts.js';
import { decodeCursor, encodeCursor, type Page } from './paging.js';
import { queryAll } from './query-all.js';
import type { Actor, BedItem, UnitCounterItem, UnitItem } from './records.js';
import { REGISTER_FIELDS, type UnitListFilter, unitListFilter, withRegisterDefaults } from './unit-facts.js';

const UNIT_FIELDS = [
  'id',
  'name',
  'providerId',
  'providerName',
  'kind',
  'streams',
  'laCode',
  'regionCode',
  'location',
  'ofstedUrn',
  'odsCode',
  'ageRange',
  'sexes',
  'specialisms',
  'capacity',
  'lastConfirmedAt',
  'illustrative',
  'synthetic',
  ...REGISTER_FIELDS,
] as const;

function pickUnit(item: Record<string, unknown>): UnitItem {
  const out: Record<string, unknown> = {};
  for (const f of UNIT_FIELDS) if (item[f] !== undefined) out[f] = item[f];
  return withRegisterDefaults(out as unknown as UnitItem);
}

/** A bed coming free starts its free time now (after_hours pool rules); a closed bed has none. */
const FREE_SINCE = { start: ', freeSince = :at', keep: '', end: ' REMOVE freeSince' } as const;

interface BedChange extends BedStateChange {
  bedId: string;
}

/** A unit of the register with its counter, as read together for a page of the list. */
export interface UnitRow {
  unit: UnitItem;
  counter: UnitCounterItem | undefined;
}

export class UnitStore {
  /** This process's copy of every unit's matching facts, checked against the register's epoch. */
  readonly matchFacts: MatchFactsCache;
  /** This process's copy of every counter and the capacity totals, kept by change stamps (decision 0013). */
  readonly capacity: CapacityCache;

  constructor(private readonly db: Db) {
    this.matchFacts = new MatchFactsCache(db);
    this.capacity = new CapacityCache(db);
  }

  async getUnit(unitId: string): Promise<UnitItem | undefined> {
    const out = await this.db.get({ Key: key.unit(unitId), ConsistentRead: true });
    return out.Item ? pickUnit(out.Item) : undefined;
  }

  /** The unit's counter item (strongly consistent). */
  async getCounter(unitId: string): Promise<UnitCounterItem | undefined> {
    const out = await this.db.get({ Key: key.unitCounter(unitId), ConsistentRead: true });
    return out.Item as UnitCounterItem | undefined;
  }

  /** The register, a page at a time, each unit with its counter (the HTTP layer works out availability). */
  async listUnits(filter: UnitListFilter & { limit: number; cursor?: string }): Promise<Page<UnitRow>> {
    const values: Record<string, unknown> = { ':pk': index.unitsAll };
    let condition = 'gsi1pk = :pk';
    if (filter.region) {
      condition += ' AND begins_with(gsi1sk, :region)';
      values[':region'] = `${filter.region}#`;
    }
    const filters = unitListFilter(filter, values);
    // The index finds the page (filtering on the `streams` and `status` it carries); the units
    // and then their counters are read by key (the index carries no whole unit: decision 0014).
    const page = await queryItems<Record<string, unknown>>(this.db, {
      IndexName: GSI1,
      KeyConditionExpression: condition,
      ...filters,
      ExpressionAttributeValues: values,
      Limit: filter.limit,
      ExclusiveStartKey: decodeCursor(filter.cursor, { gsi1pk: index.unitsAll }),
    });
    const units = page.items.map(pickUnit);
    const counters = await this.countersFor(units);
    return {
      items: units.map((unit) => ({ unit, counter: counters.get(unit.id) })),
      nextCursor: encodeCursor(page.lastKey),
    };
  }

  private async countersFor(units: UnitItem[]): Promise<Map<string, UnitCounterItem>> {
    const found = await batchGetInOrder<UnitCounterItem>(
      this.db,
      units.map((u) => key.unitCounter(u.id)),
    );
    return new Map(found.map((c) => [c.unitId, c]));
  }

  listBeds(unitId: string): Promise<BedItem[]> {
    return queryAll<BedItem>(this.db, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :bed)',
      ExpressionAttributeValues: { ':pk': key.unit(unitId).pk, ':bed': key.bedPrefix },
      ConsistentRead: true,
    });
  }

  async getBed(unitId: string, bedId: string): Promise<BedItem | undefined> {
    const out = await this.db.get({ Key: key.bed(unitId, bedId), ConsistentRead: true });
    return out.Item as BedItem | undefined;
  }

  /** Every unit's counter in the country, strongly consistent, from the counters' own partition. */
  async capacityItems(): Promise<
    Pick<UnitCounterItem, 'unitId' | 'regionCode' | 'counts' | 'contracted' | 'holds' | 'lastConfirmedAt'>[]
  > {
    return queryAll(this.db, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': key.counterPartition },
      ProjectionExpression: 'unitId, regionCode, counts, contracted, holds, lastConfirmedAt',
      ConsistentRead: true,
    });
  }

  /**
   * Changes beds of one unit in one all-or-nothing transaction: each bed only if its version
   * is the one the caller saw (no lost update) and it is not held or occupied; counters,
   * the unit's confirmation time and an audit event per bed go in the same write.
   */
  async updateBeds(unit: UnitItem, changes: BedChange[], actor: Actor, now: Date): Promise<BedItem[]> {
    if (new Set(changes.map((c) => c.bedId)).size !== changes.length) {
      throw new ValidationFailed([{ field: 'beds', message: 'each bed may appear once' }]);
    }
    const current = new Map<string, BedItem>();
    if (changes.length === 1) {
      const only = changes[0] as BedChange;
      const bed = await this.getBed(unit.id, only.bedId);
      if (bed) current.set(bed.bedId, bed);
    } else {
      for (const bed of await this.listBeds(unit.id)) current.set(bed.bedId, bed);
    }
    const at = now.toISOString();
    const moves: BedMove[] = [];
    const items: TransactItem[] = [];
    const audits: TransactItem[] = [];
    const updated: BedItem[] = [];
    for (const change of changes) {
      const bed = current.get(change.bedId);
      if (!bed) throw new NotFound(`No bed ${change.bedId} at this unit`);
      const decided = changeBedState(bed, change);
      const next: BedItem = {
        ...bed,
        state: decided.state,
        reason: decided.reason,
        version: decided.version,
        updatedAt: at,
      };
      updated.push(next);
      moves.push({
        bedId: bed.bedId,
        bed: { eligibleStreams: bed.eligibleStreams, contractedTo: bed.contractedTo },
        from: bed.state,
        to: decided.state,
        since: at,
      });
      items.push({
        Update: {
          Key: key.bed(unit.id, bed.bedId),
          UpdateExpression: `SET #state = :state, #reason = :reason, #version = :next, updatedAt = :at${FREE_SINCE[decided.freeSince]}`,
          // The version the caller saw, and a state this route may change: closes the lost-update race.
          ConditionExpression: '#version = :seen AND (#state = :available OR #state = :closed)',
          ExpressionAttributeNames: { '#state': 'state', '#reason': 'reason', '#version': 'version' },
          ExpressionAttributeValues: {
            ':state': decided.state,
            ':reason': decided.reason,
            ':next': decided.version,
            ':seen': bed.version,
            ':available': 'available',
            ':closed': 'closed',
            ':at': at,
          },
        },
      });
      audits.push(
        auditPut({
          entity: bed.bedId,
          entityType: 'bed',
          action: 'bed.updated',
          actor,
          at,
          before: { state: bed.state, reason: bed.reason ?? null, version: bed.version },
          after: { state: next.state, reason: next.reason, version: next.version },
          ...(bed.state !== 'available' && next.state === 'available'
            ? {
                notify: {
                  to: ['subscribers'],
                  ids: { unitId: unit.id, bedId: bed.bedId, streams: bed.eligibleStreams.join(' ') },
                },
              }
            : {}),
        }),
      );
    }
    const counted = counterUpdate(unit.id, moves, at);
    if (counted) items.push(counted);
    items.push(this.confirmUnitUpdate(unit.id, at));
    items.push(...audits);
    try {
      await this.db.transactWithRetry(() => items);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.conditionFailed) {
        throw new VersionMismatch('A bed changed while you were updating it: read the beds again');
      }
      throw error;
    }
    return updated;
  }

  private confirmUnitUpdate(unitId: string, at: string): TransactItem {
    return {
      Update: {
        Key: key.unit(unitId),
        UpdateExpression: 'SET lastConfirmedAt = :at',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': at },
      },
    };
  }

  /** "Nothing has changed": stamps the unit and its counter as confirmed now. */
  async confirm(unit: UnitItem, actor: Actor, now: Date, record?: Recorder<UnitItem>): Promise<UnitItem> {
    const at = now.toISOString();
    const confirmed = { ...unit, lastConfirmedAt: at };
    const items: TransactItem[] = [this.confirmUnitUpdate(unit.id, at)];
    const counted = counterUpdate(unit.id, [], at);
    if (counted) items.push(counted);
    items.push(
      auditPut({
        entity: unit.id,
        entityType: 'unit',
        action: 'unit.confirmed',
        actor,
        at,
        before: { lastConfirmedAt: unit.lastConfirmedAt },
        after: { lastConfirmedAt: at },
      }),
      ...recordOf(record, confirmed),
    );
    await this.db.transactWithRetry(() => items);
    return confirmed;
  }
}
