import { BedState, type Department, type Stream, type UnitStatus } from '../contract/enums.js';
import { countingStream, type PoolBed } from './pool.js';

export interface BedTotals {
  available: number;
  held: number;
  occupied: number;
  closed: number;
  total: number;
}

/** One unit in one stream, as its counters say now. */
export interface CapacityRow {
  unitId: string;
  stream: Stream;
  regionCode: string;
  beds: BedTotals;
  stale: boolean;
  /** The unit's register status; absent reads as open (counters written before status existed). */
  status?: UnitStatus;
}

/** Units in a cell by register status: how many could take a child, and how many are paused or closed. */
export interface UnitsByStatus {
  open: number;
  paused: number;
  closed: number;
}

export interface CapacityCell {
  /** Beds of units confirmed in the last 24 hours: the figures to trust. */
  beds: BedTotals;
  /** Beds of stale units, counted apart rather than trusted. */
  staleBeds: BedTotals;
  units: number;
  staleUnits: number;
  unitsByStatus: UnitsByStatus;
  /** occupied ÷ total over fresh units (0–1), null when there are none. */
  occupancy: number | null;
}

/** A unit's counter as stored: counts by `stream:state`, free beds and live holds with their facts. */
export interface CounterState {
  counts?: Record<string, number>;
  free?: Record<string, { eligibleStreams: Stream[]; contractedTo: Department | null; freeSince: string }>;
  holds?: Record<string, { eligibleStreams: Stream[]; contractedTo: Department | null; heldUntil: string }>;
}

/**
 * The counter as it stands now: a hold past its expiry is a free bed again at once (free since
 * its expiry), whether or not the sweeper has run. Beds by counting stream, and the free beds.
 */
export function effectiveCounter(
  c: CounterState,
  now: Date,
): { byStream: Map<Stream, BedTotals>; freeBeds: PoolBed[] } {
  const byStream = new Map<Stream, BedTotals>();
  for (const [k, n] of Object.entries(c.counts ?? {})) {
    const [stream, state] = k.split(':') as [Stream, keyof BedTotals];
    const t = byStream.get(stream) ?? zero();
    if (state === 'total' || BedState.safeParse(state).success) t[state] += n;
    byStream.set(stream, t);
  }
  const freeBeds: PoolBed[] = Object.values(c.free ?? {}).map((b) => ({ ...b }));
  for (const h of Object.values(c.holds ?? {})) {
    if (Date.parse(h.heldUntil) > now.getTime()) continue;
    const t = byStream.get(countingStream(h)) ?? zero();
    t.held -= 1;
    t.available += 1;
    byStream.set(countingStream(h), t);
    freeBeds.push({
      eligibleStreams: h.eligibleStreams,
      contractedTo: h.contractedTo,
      freeSince: h.heldUntil,
    });
  }
  return { byStream, freeBeds };
}

const zero = (): BedTotals => ({ available: 0, held: 0, occupied: 0, closed: 0, total: 0 });

function add(into: BedTotals, b: BedTotals) {
  into.available += b.available;
  into.held += b.held;
  into.occupied += b.occupied;
  into.closed += b.closed;
  into.total += b.total;
}

function cell(rows: CapacityRow[]): CapacityCell {
  const beds = zero();
  const staleBeds = zero();
  const units = new Set<string>();
  const stale = new Set<string>();
  const unitsByStatus: UnitsByStatus = { open: 0, paused: 0, closed: 0 };
  for (const r of rows) {
    if (!units.has(r.unitId)) unitsByStatus[r.status ?? 'open'] += 1;
    units.add(r.unitId);
    if (r.stale) {
      stale.add(r.unitId);
      add(staleBeds, r.beds);
    } else add(beds, r.beds);
  }
  return {
    beds,
    staleBeds,
    units: units.size,
    staleUnits: stale.size,
    unitsByStatus,
    occupancy: beds.total ? Math.round((beds.occupied / beds.total) * 1000) / 1000 : null,
  };
}

function groupBy<K extends string>(rows: CapacityRow[], keyOf: (r: CapacityRow) => K): Map<K, CapacityRow[]> {
  const m = new Map<K, CapacityRow[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = m.get(k) ?? [];
    list.push(r);
    m.set(k, list);
  }
  return m;
}

/**
 * A unit's capacity rows from its counter: one per stream its beds are counted in (each bed under
 * its contract's stream, so nothing is counted twice), lapsed holds counted as available.
 */
export function capacityRowsOf(
  c: CounterState & {
    unitId: string;
    regionCode: string;
    lastConfirmedAt: string | null;
    status?: UnitStatus;
  },
  now: Date,
  stale: boolean,
): CapacityRow[] {
  return [...effectiveCounter(c, now).byStream].map(([stream, beds]) => ({
    unitId: c.unitId,
    stream,
    regionCode: c.regionCode,
    beds,
    stale,
    status: c.status ?? 'open',
  }));
}

/** The pooled capacity picture nationally, per stream, per region and per stream in each region. */
export function summariseCapacity(rows: CapacityRow[]) {
  const byStream = [...groupBy(rows, (r) => r.stream)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([stream, rs]) => ({ stream, ...cell(rs) }));
  const byRegion = [...groupBy(rows, (r) => r.regionCode)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([regionCode, rs]) => ({ regionCode, ...cell(rs) }));
  const byStreamAndRegion = [...groupBy(rows, (r) => `${r.stream}|${r.regionCode}`)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, rs]) => {
      const [stream, regionCode] = k.split('|') as [Stream, string];
      return { stream, regionCode, ...cell(rs) };
    });
  return { national: cell(rows), byStream, byRegion, byStreamAndRegion };
}
