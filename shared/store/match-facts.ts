import type { MatchFacts } from '../domain/matching.js';
import type { Db, TransactItem } from './db.js';
import { key } from './keys.js';
import { queryAll } from './query-all.js';

/**
 * A process trusts its copy of the register's matching facts at most this long, whatever the epoch
 * says: a backstop for a writer that changed facts without bumping the epoch (decision 0009).
 */
const MATCH_FACTS_MAX_AGE_MS = 5 * 60_000;

/** The epoch's increment, for the same transaction as a change to a unit's matching facts. */
export function registerEpochBump(): TransactItem {
  return {
    Update: {
      Key: key.registerEpoch,
      UpdateExpression: 'ADD epoch :one',
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}

/** The same increment on its own: after a batch of new units (seeding, import) has been written. */
export async function bumpRegisterEpoch(db: Db): Promise<void> {
  await db.update({
    Key: key.registerEpoch,
    UpdateExpression: 'ADD epoch :one',
    ExpressionAttributeValues: { ':one': 1 },
  });
}

const FACT_FIELDS = ['unitId', 'streams', 'status', 'location', 'ageRange', 'sexes', 'specialisms'] as const;

/**
 * This process's copy of every unit's matching facts (stream, status, age, sex, place,
 * specialisms): what orders candidates before any counter is read. Facts change only when the
 * register does, never with a bed, so the copy is checked against the register's epoch (one small
 * GetItem) on every use and rebuilt, with one Query of the counters' facts, only when it moved.
 */
export class MatchFactsCache {
  private copy: { epoch: number; builtAt: number; units: MatchFacts[] } | undefined;
  private building: Promise<MatchFacts[]> | undefined;

  constructor(
    private readonly db: Db,
    private readonly clock: () => number = Date.now,
  ) {}

  async units(): Promise<MatchFacts[]> {
    const epoch = await this.epoch();
    const copy = this.copy;
    if (copy && copy.epoch === epoch && this.clock() - copy.builtAt < MATCH_FACTS_MAX_AGE_MS)
      return copy.units;
    // Concurrent callers share one rebuild.
    this.building ??= this.rebuild(epoch).finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async epoch(): Promise<number> {
    const out = await this.db.get({ Key: key.registerEpoch, ConsistentRead: true });
    return Number(out.Item?.epoch ?? 0);
  }

  /** The epoch is read before the facts: a change landing in between is caught by the next call. */
  private async rebuild(epoch: number): Promise<MatchFacts[]> {
    const builtAt = this.clock();
    const names = Object.fromEntries(FACT_FIELDS.map((f, i) => [`#f${i}`, f]));
    const units = await queryAll<MatchFacts>(this.db, {
      KeyConditionExpression: 'pk = :pk',
      ProjectionExpression: Object.keys(names).join(', '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':pk': key.counterPartition },
      ConsistentRead: true,
    });
    this.copy = { epoch, builtAt, units };
    return units;
  }
}
