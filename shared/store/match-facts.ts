import type { MatchFacts } from '../domain/matching.js';
import type { Db, TransactItem } from './db.js';
import { key } from './keys.js';
import { queryAll } from './query-all.js';

/**
 * A process rebuilds its copy of the register's matching facts at least this often, whatever the
 * epoch says: a backstop for a writer that changed facts without bumping the epoch (decision
 * 0009). The call that finds the copy this old still answers from it; the rebuild runs beside it.
 */
export const MATCH_FACTS_MAX_AGE_MS = 5 * 60_000;

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
 * GetItem) on every use and rebuilt, with one Query of the counters' facts, only when it moved
 * (and, off the caller's path, every MATCH_FACTS_MAX_AGE_MS).
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
    if (copy && copy.epoch === epoch) {
      // The backstop is off the caller's path: the epoch says the copy is current, so this call
      // answers from it while one rebuild reads every counter's facts beside it (a read that
      // grows with the register: 16,000 counters is seconds, not a search's milliseconds).
      if (this.clock() - copy.builtAt >= MATCH_FACTS_MAX_AGE_MS && !this.building)
        this.startRebuild(epoch).catch(() => undefined); // kept as it was; the next call tries again
      return copy.units;
    }
    return this.startRebuild(epoch);
  }

  /** Concurrent callers (and the backstop) share one rebuild. */
  private startRebuild(epoch: number): Promise<MatchFacts[]> {
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
