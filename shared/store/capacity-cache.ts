import { type CapacityCounter, CapacityTally, nextCapacityChange } from '../domain/capacity-tally.js';
import type { Db } from './db.js';
import { GSI1, index, key } from './keys.js';
import { queryAll } from './query-all.js';

/**
 * How far back in time a look for changed counters reaches, before the start of the previous look:
 * a counter's stamp is taken when its write is built, and the write may land (and reach the index)
 * a little later. A store call is cut off after 5 s (DEFAULT_TIMEOUTS.budgetMs) and an index entry
 * normally follows its item within a second; 20 s covers both with room for clocks (decision 0013).
 */
export const CAPACITY_CHANGE_MARGIN_MS = 20_000;
/** The copy is read whole again at least this often, whatever the stamps say: the staleness bound. */
export const CAPACITY_FULL_READ_MS = 60_000;

/** A counter as the capacity copy keeps it: what capacity and usage read, and its change stamp. */
type CapacityCounterCopy = CapacityCounter & { contracted?: Record<string, number>; gsi1sk?: string };

const FIELDS = [
  'unitId',
  'regionCode',
  'counts',
  'contracted',
  'holds',
  'lastConfirmedAt',
  // The counter's copy of its unit's status (set with the unit's PATCH, which moves the stamp).
  'status',
  'gsi1sk',
] as const;
const NAMES = Object.fromEntries(FIELDS.map((f, i) => [`#f${i}`, f]));
const PROJECTION = Object.keys(NAMES).join(', ');

/** A min-heap of (instant, unitId): when each unit's figures next change with the clock alone. */
class Due {
  private readonly heap: { at: number; unitId: string }[] = [];

  push(at: number, unitId: string) {
    const h = this.heap;
    h.push({ at, unitId });
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if ((h[p] as { at: number }).at <= (h[i] as { at: number }).at) break;
      [h[p], h[i]] = [h[i] as { at: number; unitId: string }, h[p] as { at: number; unitId: string }];
      i = p;
    }
  }

  /** Removes and returns the earliest entry if it is due at `t`. */
  popDue(t: number): { at: number; unitId: string } | undefined {
    const h = this.heap;
    const top = h[0];
    if (!top || top.at > t) return undefined;
    const last = h.pop() as { at: number; unitId: string };
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && (h[l] as { at: number }).at < (h[m] as { at: number }).at) m = l;
        if (r < h.length && (h[r] as { at: number }).at < (h[m] as { at: number }).at) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i] as { at: number; unitId: string }, h[m] as { at: number; unitId: string }];
        i = m;
      }
    }
    return top;
  }
}

interface Copy {
  epoch: number;
  /** Wall-clock start of the last look (full or changes only) that completed. */
  lookedAt: number;
  fullAt: number;
  counters: Map<string, CapacityCounterCopy>;
  tally: CapacityTally;
  /** The business instant the tally's figures are for; `due` says which units change after it. */
  evaluatedAt: number;
  due: Due;
  dueAt: Map<string, number>;
}

/**
 * This process's copy of every unit's counter, and the capacity picture summed from it, kept
 * current without reading the register on every call (decision 0013). Each counter write stamps the
 * counter's gsi1 sort key with the wall-clock time (`CAPACITY` partition), so a call asks the index
 * only for the stamps newer than its previous look (less a margin), re-reads just those counters
 * (strongly consistent) and moves only their share of the totals. Holds lapsing and units going
 * stale change the figures with time alone: each unit's next such instant is queued and applied when
 * a call's `now` passes it. Read whole when the register's epoch moves and at least every minute.
 */
export class CapacityCache {
  private copy: Copy | undefined;
  private running: Promise<Copy> | undefined;
  private queued: Promise<Copy> | undefined;

  constructor(
    private readonly db: Db,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The capacity picture as of `now`, from every counter change committed before this call began
   * (and indexed within the margin). Concurrent calls share a look that starts after they asked.
   */
  async summary(now: Date): Promise<ReturnType<CapacityTally['summary']>> {
    const copy = await this.look();
    this.advance(copy, now);
    return copy.tally.summary();
  }

  /** Every unit's counter as the same look found it (usage sums places and contracts from them). */
  async counters(): Promise<CapacityCounterCopy[]> {
    const copy = await this.look();
    return [...copy.counters.values()];
  }

  /** One look at a time; a caller joins the next one if it has not started yet, never an earlier one. */
  private look(): Promise<Copy> {
    if (this.queued) return this.queued;
    const before = this.running ?? Promise.resolve(undefined);
    const next: Promise<Copy> = before
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        this.running = next;
        return this.refresh();
      })
      .finally(() => {
        if (this.running === next) this.running = undefined;
      });
    this.queued = next;
    return next;
  }

  private async refresh(): Promise<Copy> {
    const startedAt = this.clock();
    const copy = this.copy;
    if (!copy || startedAt - copy.fullAt >= CAPACITY_FULL_READ_MS) return this.readWhole(startedAt);
    const from = new Date(copy.lookedAt - CAPACITY_CHANGE_MARGIN_MS).toISOString();
    const [epoch, stamps] = await Promise.all([
      this.epoch(),
      queryAll<{ sk: string; gsi1sk: string }>(this.db, {
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk > :from',
        // Keys only: the index need project nothing for this.
        ProjectionExpression: '#sk, #stamp',
        ExpressionAttributeNames: { '#sk': 'sk', '#stamp': 'gsi1sk' },
        ExpressionAttributeValues: { ':pk': index.capacity, ':from': from },
      }),
    ]);
    if (epoch !== copy.epoch) return this.readWhole(startedAt);
    const changed = stamps.filter((s) => copy.counters.get(s.sk)?.gsi1sk !== s.gsi1sk).map((s) => s.sk);
    for (const c of await this.countersOf(changed)) this.put(copy, c);
    copy.lookedAt = startedAt;
    return copy;
  }

  /** Every counter, strongly consistent, from the counters' own partition (the epoch read first). */
  private async readWhole(startedAt: number): Promise<Copy> {
    const epoch = await this.epoch();
    const counters = await queryAll<CapacityCounterCopy>(this.db, {
      KeyConditionExpression: 'pk = :pk',
      ProjectionExpression: PROJECTION,
      ExpressionAttributeNames: NAMES,
      ExpressionAttributeValues: { ':pk': key.counterPartition },
      ConsistentRead: true,
    });
    const copy: Copy = {
      epoch,
      lookedAt: startedAt,
      fullAt: startedAt,
      counters: new Map(),
      tally: new CapacityTally(),
      // Figures for the present until a caller's `now` moves them (`advance`).
      evaluatedAt: this.clock(),
      due: new Due(),
      dueAt: new Map(),
    };
    for (const c of counters) this.put(copy, c);
    this.copy = copy;
    return copy;
  }

  private put(copy: Copy, c: CapacityCounterCopy) {
    copy.counters.set(c.unitId, c);
    this.evaluate(copy, c, new Date(copy.evaluatedAt));
  }

  private evaluate(copy: Copy, c: CapacityCounterCopy, at: Date) {
    copy.tally.setCounter(c, at);
    const next = nextCapacityChange(c, at);
    if (next === Number.POSITIVE_INFINITY) copy.dueAt.delete(c.unitId);
    else {
      copy.dueAt.set(c.unitId, next);
      copy.due.push(next, c.unitId);
    }
  }

  /** Moves the figures to `now`: the units whose holds lapsed or who went stale since; all if time went back. */
  private advance(copy: Copy, now: Date) {
    let t = now.getTime();
    // Concurrent requests arrive out of order by a few milliseconds: the figures of a moment during
    // the request are as true as those of its start, and spare recounting the register.
    if (t < copy.evaluatedAt && copy.evaluatedAt - t <= 1000) t = copy.evaluatedAt;
    if (t < copy.evaluatedAt) {
      // Only tests ask for an earlier instant than before: recount every unit from the copy.
      copy.tally = new CapacityTally();
      copy.due = new Due();
      copy.dueAt = new Map();
      copy.evaluatedAt = t;
      for (const c of copy.counters.values()) this.evaluate(copy, c, now);
      return;
    }
    copy.evaluatedAt = t;
    for (let e = copy.due.popDue(t); e; e = copy.due.popDue(t)) {
      if (copy.dueAt.get(e.unitId) !== e.at) continue; // superseded by a later change of the unit
      const c = copy.counters.get(e.unitId);
      if (c) this.evaluate(copy, c, new Date(t));
    }
  }

  private async epoch(): Promise<number> {
    const out = await this.db.get({ Key: key.registerEpoch, ConsistentRead: true });
    return Number(out.Item?.epoch ?? 0);
  }

  private async countersOf(unitIds: string[]): Promise<CapacityCounterCopy[]> {
    const out: CapacityCounterCopy[] = [];
    for (let i = 0; i < unitIds.length; i += 100) {
      let pending: Record<string, unknown>[] = unitIds.slice(i, i + 100).map((id) => key.unitCounter(id));
      while (pending.length) {
        const got = await this.db.batchGet(pending, PROJECTION, NAMES, true);
        out.push(...((got.Responses?.[this.db.tableName] ?? []) as CapacityCounterCopy[]));
        pending = (got.UnprocessedKeys?.[this.db.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return out;
  }
}
