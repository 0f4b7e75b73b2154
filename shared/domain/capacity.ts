import type { Stream } from '../contract/enums.js';

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
}

export interface CapacityCell {
  /** Beds of units confirmed in the last 24 hours: the figures to trust. */
  beds: BedTotals;
  /** Beds of stale units, counted apart rather than trusted. */
  staleBeds: BedTotals;
  units: number;
  staleUnits: number;
  /** occupied ÷ total over fresh units (0–1), null when there are none. */
  occupancy: number | null;
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
  for (const r of rows) {
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
