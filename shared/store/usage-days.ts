import { daysOf, lastClosedDay } from '../domain/demand-days.js';
import { HOUR_MS, isoDay } from '../domain/time.js';
import type { Period } from '../domain/usage.js';
import {
  dayBefore,
  tallyOfDays,
  type UsageDay,
  type UsageDayRow,
  type UsageTallyRow,
  usageDayOf,
} from '../domain/usage-days.js';
import { type Db, type TransactItem, TransactionCancelled } from './db.js';
import { key } from './keys.js';
import type { PlacementStore } from './placements.js';

/** Bumped when what a kept day holds changes shape: days kept in another format are read afresh. */
const FORMAT = 1;
/** Days kept by one call at most: one transaction with the epoch's check (the rest: later calls). */
const USAGE_KEEP_PER_CALL = 99;
/**
 * No day is kept for this long after the epoch moved: the placement that moved it may not yet be
 * in the index usage reads (eventually consistent), and a day kept without it would be kept wrong.
 */
const EPOCH_SETTLE_MS = HOUR_MS;

interface Epoch {
  n: number;
  at?: string;
}

/**
 * Moves the usage epoch: for a placement whose start is in the past (recorded from outside the
 * service, or seeded), in the same transaction as the placement where possible. Every usage day
 * kept before it is read afresh from then on.
 */
export function usageEpochBump(at: string): TransactItem {
  return {
    Update: {
      Key: key.usageEpoch,
      UpdateExpression: 'ADD n :one SET #at = :at',
      ExpressionAttributeNames: { '#at': 'at' },
      ExpressionAttributeValues: { ':one': 1, ':at': at },
    },
  };
}

/**
 * Usage's input for a period, with each closed night read from one kept item (`USAGEDAY` /
 * `<day>`) instead of every placement ever started. A night's facts are fixed once it is over
 * (usageDayOf); the one thing that can change them, a placement recorded with a start in the past,
 * moves the epoch, and days kept under an older epoch are not used. Nights not kept (the first
 * read of a period, the night just ended, and everything after an epoch move) are computed from
 * the placements exactly as usage always read them, and kept on the way. The answer is the same
 * either way: tests/integration/usage-days.test.ts holds it to reading every placement.
 */
export class UsageDays {
  constructor(
    private readonly db: Db,
    private readonly placements: PlacementStore,
  ) {}

  async tally(
    period: Period,
    now: Date,
  ): Promise<{ rows: UsageTallyRow[]; keptDays: number; readPlacements: boolean }> {
    // Tonight and later nights are empty (a night counts once it is over): nothing to read for them.
    const lastNight = [period.to, dayBefore(isoDay(now))].sort()[0] as string;
    if (period.from > lastNight) return { rows: [], keptDays: 0, readPlacements: false };
    const closed = lastClosedDay(now);
    const keptTo = [closed, lastNight].sort()[0] as string;
    const [epoch, kept] = await Promise.all([
      this.epoch(),
      period.from <= keptTo ? this.kept({ from: period.from, to: keptTo }) : Promise.resolve([]),
    ]);
    const usable = kept.filter((k) => k.epoch === epoch.n).map((k) => k.day);
    const have = new Set(usable.map((d) => d.day));
    const missing = daysOf({ from: period.from, to: lastNight }).filter((d) => !have.has(d));
    if (!missing.length)
      return { rows: tallyOfDays(usable, period), keptDays: usable.length, readPlacements: false };
    // What usage always read: every placement started by the last night it needs.
    const placements = await this.placements.startedBy(missing[missing.length - 1] as string);
    const fresh = missing.map((d) => usageDayOf(placements, d, now));
    const settled = !epoch.at || now.getTime() - Date.parse(epoch.at) >= EPOCH_SETTLE_MS;
    if (settled)
      await this.keep(
        fresh.filter((d) => d.day <= closed),
        epoch,
      );
    return {
      rows: tallyOfDays([...usable, ...fresh], period),
      keptDays: usable.length,
      readPlacements: true,
    };
  }

  private async epoch(): Promise<Epoch> {
    const out = await this.db.get({ Key: key.usageEpoch, ConsistentRead: true });
    return { n: (out.Item?.n as number | undefined) ?? 0, at: out.Item?.at as string | undefined };
  }

  /** The kept days of a period, with the epoch each was kept under (strongly consistent). */
  private async kept(p: Period): Promise<{ day: UsageDay; epoch: number }[]> {
    const out: { day: UsageDay; epoch: number }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.query({
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': key.usageEpoch.pk, ':from': p.from, ':to': p.to },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      });
      for (const item of page.Items ?? [])
        if (item.format === FORMAT)
          out.push({
            day: { day: item.sk as string, rows: item.rows as UsageDayRow[] },
            epoch: item.epoch as number,
          });
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /**
   * Keeps closed days, at most USAGE_KEEP_PER_CALL, in one transaction that also checks the epoch
   * is still the one they were computed under: a placement recorded meanwhile with a start in the
   * past cancels it. Losing the race (or a conflict with another reader keeping the same days)
   * only means a later call keeps them; this call's answer is exact either way.
   */
  private async keep(days: UsageDay[], epoch: Epoch) {
    const batch = days.slice(0, USAGE_KEEP_PER_CALL);
    if (!batch.length) return;
    const check: TransactItem = {
      ConditionCheck: {
        Key: key.usageEpoch,
        ConditionExpression: epoch.n ? 'n = :n' : 'attribute_not_exists(n)',
        ...(epoch.n ? { ExpressionAttributeValues: { ':n': epoch.n } } : {}),
      },
    };
    const puts: TransactItem[] = batch.map((d) => ({
      Put: {
        Item: { ...key.usageDay(d.day), type: 'usageDay', format: FORMAT, epoch: epoch.n, rows: d.rows },
      },
    }));
    try {
      await this.db.transact([check, ...puts]);
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
    }
  }
}
