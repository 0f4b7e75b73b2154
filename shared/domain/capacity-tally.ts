import type { Stream } from '../contract/enums.js';
import {
  type BedTotals,
  type CapacityCell,
  type CapacityRow,
  type CounterState,
  capacityRowsOf,
  type summariseCapacity,
  type UnitsByStatus,
} from './capacity.js';
import { isStale, STALE_AFTER_MS } from './time.js';

/** A unit's counter as capacity reads it. */
export type CapacityCounter = CounterState & {
  unitId: string;
  regionCode: string;
  lastConfirmedAt: string | null;
  status?: CapacityRow['status'];
};

/**
 * The first instant after `now` at which the same counter would give other capacity rows: a live
 * hold lapsing (a hold counts as free from its `heldUntil` on) or the unit going stale (a
 * millisecond after 24 hours without confirmation). Infinity when neither can happen.
 */
export function nextCapacityChange(c: CapacityCounter, now: Date): number {
  const t = now.getTime();
  let next = Number.POSITIVE_INFINITY;
  for (const h of Object.values(c.holds ?? {})) {
    const at = Date.parse(h.heldUntil);
    if (at > t && at < next) next = at;
  }
  if (!isStale(c.lastConfirmedAt, now) && c.lastConfirmedAt) {
    const at = Date.parse(c.lastConfirmedAt) + STALE_AFTER_MS + 1;
    if (at < next) next = at;
  }
  return next;
}

interface Tally {
  beds: BedTotals;
  staleBeds: BedTotals;
  units: number;
  staleUnits: number;
  unitsByStatus: UnitsByStatus;
}

const noUnits = (): UnitsByStatus => ({ open: 0, paused: 0, closed: 0 });
const emptyTally = (): Tally => ({
  beds: zero(),
  staleBeds: zero(),
  units: 0,
  staleUnits: 0,
  unitsByStatus: noUnits(),
});

const zero = (): BedTotals => ({ available: 0, held: 0, occupied: 0, closed: 0, total: 0 });
const STATES = ['available', 'held', 'occupied', 'closed', 'total'] as const;

/** What one unit adds to each cell it appears in (national, its streams, its region, both). */
type Contribution = Map<string, Tally>;

function contributionOf(rows: CapacityRow[]): Contribution {
  const out: Contribution = new Map();
  for (const r of rows) {
    for (const k of ['N', `S|${r.stream}`, `R|${r.regionCode}`, `SR|${r.stream}|${r.regionCode}`]) {
      let t = out.get(k);
      if (!t) {
        // A unit is counted once in a cell however many of its rows fall in it; stale is per unit.
        t = {
          beds: zero(),
          staleBeds: zero(),
          units: 1,
          staleUnits: r.stale ? 1 : 0,
          unitsByStatus: { ...noUnits(), [r.status ?? 'open']: 1 },
        };
        out.set(k, t);
      }
      const into = r.stale ? t.staleBeds : t.beds;
      for (const s of STATES) into[s] += r.beds[s];
    }
  }
  return out;
}

/**
 * The pooled capacity picture kept up to date one unit at a time: each unit's share of every cell
 * is added when its counter is seen and taken away when it changes, so an answer costs the units
 * that changed, not the register. `summary()` equals `summariseCapacity` over the same rows
 * (tests/unit/capacity-tally.test.ts compares them).
 */
export class CapacityTally {
  private readonly cells = new Map<string, Tally>();
  private readonly byUnit = new Map<string, Contribution>();

  /** Sets a unit's rows (replacing what it added before); no rows removes it. */
  set(unitId: string, rows: CapacityRow[]): void {
    const before = this.byUnit.get(unitId);
    if (before) this.apply(before, -1);
    if (rows.length === 0) {
      this.byUnit.delete(unitId);
      return;
    }
    const after = contributionOf(rows);
    this.byUnit.set(unitId, after);
    this.apply(after, 1);
  }

  /** Sets a unit from its counter as it stands at `now`. */
  setCounter(c: CapacityCounter, now: Date): void {
    this.set(c.unitId, capacityRowsOf(c, now, isStale(c.lastConfirmedAt, now)));
  }

  has(unitId: string): boolean {
    return this.byUnit.has(unitId);
  }

  private apply(contribution: Contribution, sign: 1 | -1) {
    for (const [k, c] of contribution) {
      let t = this.cells.get(k);
      if (!t) {
        t = emptyTally();
        this.cells.set(k, t);
      }
      t.units += sign * c.units;
      t.staleUnits += sign * c.staleUnits;
      for (const st of ['open', 'paused', 'closed'] as const)
        t.unitsByStatus[st] += sign * c.unitsByStatus[st];
      for (const s of STATES) {
        t.beds[s] += sign * c.beds[s];
        t.staleBeds[s] += sign * c.staleBeds[s];
      }
      if (t.units === 0) this.cells.delete(k);
    }
  }

  summary(): ReturnType<typeof summariseCapacity> {
    const cellOf = (k: string): CapacityCell => {
      const t = this.cells.get(k) ?? emptyTally();
      return {
        beds: { ...t.beds },
        staleBeds: { ...t.staleBeds },
        units: t.units,
        staleUnits: t.staleUnits,
        unitsByStatus: { ...t.unitsByStatus },
        occupancy: t.beds.total ? Math.round((t.beds.occupied / t.beds.total) * 1000) / 1000 : null,
      };
    };
    const keys = [...this.cells.keys()];
    const after = (prefix: string) =>
      keys
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length))
        .sort((a, b) => a.localeCompare(b));
    return {
      national: cellOf('N'),
      byStream: after('S|').map((stream) => ({ stream: stream as Stream, ...cellOf(`S|${stream}`) })),
      byRegion: after('R|').map((regionCode) => ({ regionCode, ...cellOf(`R|${regionCode}`) })),
      byStreamAndRegion: after('SR|').map((k) => {
        const [stream, regionCode] = k.split('|') as [Stream, string];
        return { stream, regionCode, ...cellOf(`SR|${k}`) };
      }),
    };
  }
}
