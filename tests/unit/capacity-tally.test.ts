import { describe, expect, it } from 'vitest';
import type { Stream } from '../../shared/contract/enums.js';
import { type CapacityRow, capacityRowsOf, summariseCapacity } from '../../shared/domain/capacity.js';
import {
  type CapacityCounter,
  CapacityTally,
  nextCapacityChange,
} from '../../shared/domain/capacity-tally.js';
import { isStale } from '../../shared/domain/time.js';

const STREAMS: Stream[] = ['welfare', 'justice', 'mental_health'];
const REGIONS = ['E12000001', 'E12000003', 'E12000007'];

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

function randomRows(unitId: string, r: (n: number) => number): CapacityRow[] {
  const regionCode = REGIONS[r(REGIONS.length)] as string;
  const stale = r(4) === 0;
  const streams = STREAMS.filter(() => r(2) === 0);
  return streams.map((stream) => {
    const beds = { available: r(4), held: r(2), occupied: r(5), closed: r(2), total: 0 };
    beds.total = beds.available + beds.held + beds.occupied + beds.closed;
    return { unitId, stream, regionCode, beds, stale };
  });
}

describe('CapacityTally', () => {
  it('equals summariseCapacity over the same rows after any sequence of sets and removals', () => {
    const r = rng(21);
    const tally = new CapacityTally();
    const current = new Map<string, CapacityRow[]>();
    for (let step = 0; step < 600; step++) {
      const unitId = `u${r(40)}`;
      const rows = r(8) === 0 ? [] : randomRows(unitId, r);
      tally.set(unitId, rows);
      if (rows.length) current.set(unitId, rows);
      else current.delete(unitId);
      if (step % 25 === 0) expect(tally.summary()).toEqual(summariseCapacity([...current.values()].flat()));
    }
    expect(tally.summary()).toEqual(summariseCapacity([...current.values()].flat()));
    for (const unitId of [...current.keys()]) tally.set(unitId, []);
    expect(tally.summary()).toEqual(summariseCapacity([]));
  });
});

describe('nextCapacityChange', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const counter: CapacityCounter = {
    unitId: 'u1',
    regionCode: 'E12000003',
    lastConfirmedAt: '2026-11-25T06:00:00.000Z',
    counts: { 'welfare:available': 1, 'welfare:held': 2, 'welfare:total': 3 },
    holds: {
      b1: { eligibleStreams: ['welfare'], contractedTo: null, heldUntil: '2026-11-25T12:10:00.000Z' },
      b2: { eligibleStreams: ['welfare'], contractedTo: null, heldUntil: '2026-11-25T11:50:00.000Z' },
    },
  };
  const rowsAt = (t: number) => {
    const at = new Date(t);
    return capacityRowsOf(counter, at, isStale(counter.lastConfirmedAt, at));
  };

  it('is the instant a live hold lapses, and the rows are the same until just before it', () => {
    const next = nextCapacityChange(counter, now);
    expect(next).toBe(Date.parse('2026-11-25T12:10:00.000Z'));
    expect(rowsAt(next - 1)).toEqual(rowsAt(now.getTime()));
    expect(rowsAt(next)).not.toEqual(rowsAt(next - 1));
  });

  it('is the millisecond the unit goes stale once no hold is left to lapse', () => {
    const later = new Date('2026-11-25T13:00:00Z');
    const next = nextCapacityChange(counter, later);
    expect(next).toBe(Date.parse('2026-11-26T06:00:00.001Z'));
    expect(rowsAt(next - 1)).toEqual(rowsAt(later.getTime()));
    expect(rowsAt(next)).not.toEqual(rowsAt(next - 1));
    expect(nextCapacityChange(counter, new Date(next))).toBe(Number.POSITIVE_INFINITY);
  });
});
