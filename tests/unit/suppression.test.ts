import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL,
  coordinates,
  distribution,
  figureKey,
  marginRelations,
  quantile,
  type Relation,
  recoverable,
  SUPPRESS_BELOW,
  suppressionPattern,
} from '../../shared/domain/suppression.js';

/** A table with margins filled in from its interior cells, as the endpoints build them. */
function tableOf(dims: string[][], interior: (coords: string[]) => number) {
  const counts = new Map<string, number>();
  for (const coords of coordinates(dims)) counts.set(figureKey('n', coords), 0);
  for (const coords of coordinates(dims)) {
    if (coords.includes(ALL)) continue;
    const v = interior(coords);
    // Add the cell into itself and every margin above it.
    for (const margin of coordinates(dims.map((_, d) => [coords[d] as string]))) {
      const k = figureKey('n', margin);
      counts.set(k, (counts.get(k) ?? 0) + v);
    }
  }
  return { counts, relations: marginRelations('n', dims) };
}

/** Independent check by rank (floating point, partial pivoting): rank(A_S) − rank(A_S without j) = 1 ⟺ j is determined. */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++)
      if (Math.abs(m[i]?.[c] ?? 0) > Math.abs(m[best]?.[c] ?? 0)) best = i;
    if (Math.abs(m[best]?.[c] ?? 0) < 1e-9) continue;
    [m[r], m[best]] = [m[best] as number[], m[r] as number[]];
    const pivot = m[r] as number[];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let j = c; j < cols; j++) row[j] = (row[j] as number) - f * (pivot[j] as number);
    }
    r++;
  }
  return r;
}

function determinedByRank(relations: readonly Relation[], hidden: ReadonlySet<string>): string[] {
  const vars = [...hidden].sort();
  const matrix = relations.map((r) =>
    vars.map((v) => (v === r.total ? 1 : 0) - r.parts.filter((p) => p === v).length),
  );
  const full = rank(matrix);
  return vars.filter((_, j) => rank(matrix.map((row) => row.filter((_, k) => k !== j))) === full - 1);
}

const smallOrLarge = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
const tables = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }).chain((sizes) => {
  const dims = sizes.map((n, d) => Array.from({ length: n }, (_, i) => `d${d}v${i}`));
  const cells = coordinates(dims).filter((c) => !c.includes(ALL));
  return fc.array(smallOrLarge, { minLength: cells.length, maxLength: cells.length }).map((values) => {
    const byKey = new Map(cells.map((c, i) => [c.join('|'), values[i] as number]));
    return tableOf(dims, (c) => byKey.get(c.join('|')) ?? 0);
  });
});

describe('suppression of small counts', () => {
  it('every visible count is 0 or at least 5 and every count of 1 to 4 is withheld', () => {
    fc.assert(
      fc.property(tables, ({ counts, relations }) => {
        const hidden = suppressionPattern(counts, relations);
        for (const [k, v] of counts) {
          if (!hidden.has(k) && v !== 0) expect(v).toBeGreaterThanOrEqual(SUPPRESS_BELOW);
          if (v > 0 && v < SUPPRESS_BELOW) expect(hidden.has(k)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no withheld count can be recovered as a total minus the visible cells of any breakdown', () => {
    fc.assert(
      fc.property(tables, ({ counts, relations }) => {
        const hidden = suppressionPattern(counts, relations);
        for (const r of relations) {
          const members = [r.total, ...r.parts];
          const withheldHere = members.filter((k) => hidden.has(k));
          // One withheld member with all the others visible would be total − Σ visible (or the reverse).
          expect(withheldHere.length).not.toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no withheld count can be recovered by combining breakdowns either (checked by matrix rank)', () => {
    fc.assert(
      fc.property(tables, ({ counts, relations }) => {
        const hidden = suppressionPattern(counts, relations);
        expect(determinedByRank(relations, hidden)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('the exact recoverability check agrees with the rank check on any pattern', () => {
    fc.assert(
      fc.property(
        tables.chain((t) =>
          fc.subarray([...t.counts.keys()]).map((hidden) => ({ ...t, hidden: new Set(hidden) })),
        ),
        ({ relations, hidden }) => {
          expect(recoverable(relations, hidden)).toEqual(determinedByRank(relations, hidden).sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('linked measures (requests = placed + unplaced) and an unrelated one are protected together', () => {
    const linked = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, cols]) => {
        const dims = [
          Array.from({ length: rows }, (_, i) => `r${i}`),
          Array.from({ length: cols }, (_, i) => `s${i}`),
        ];
        const cells = rows * cols;
        return fc
          .tuple(
            fc.array(smallOrLarge, { minLength: cells, maxLength: cells }),
            fc.array(smallOrLarge, { minLength: cells, maxLength: cells }),
            fc.array(smallOrLarge, { minLength: cells, maxLength: cells }),
          )
          .map(([placed, unplaced, other]) => ({ dims, placed, unplaced, other }));
      });
    fc.assert(
      fc.property(linked, ({ dims, placed, unplaced, other }) => {
        const interior = coordinates(dims).filter((c) => !c.includes(ALL));
        const at = (values: number[]) => (c: string[]) =>
          values[interior.findIndex((x) => x.join() === c.join())] ?? 0;
        const counts = new Map<string, number>();
        const relations: Relation[] = [];
        const tables = {
          placed: tableOf(dims, at(placed)),
          unplaced: tableOf(dims, at(unplaced)),
          other: tableOf(dims, at(other)),
        };
        for (const [measure, t] of Object.entries(tables)) {
          for (const [k, v] of t.counts) counts.set(k.replace(/^n\|/, `${measure}|`), v);
          relations.push(...marginRelations(measure, dims));
        }
        for (const c of coordinates(dims)) {
          const [p, u] = [figureKey('placed', c), figureKey('unplaced', c)];
          counts.set(figureKey('requests', c), (counts.get(p) ?? 0) + (counts.get(u) ?? 0));
          relations.push({ total: figureKey('requests', c), parts: [p, u] });
        }
        relations.push(...marginRelations('requests', dims));
        const hidden = suppressionPattern(counts, relations);
        expect(determinedByRank(relations, hidden)).toEqual([]);
        for (const [k, v] of counts)
          if (!hidden.has(k) && v !== 0) expect(v).toBeGreaterThanOrEqual(SUPPRESS_BELOW);
      }),
      { numRuns: 150 },
    );
  });

  it('the margins of a table add up to their parts', () => {
    fc.assert(
      fc.property(tables, ({ counts, relations }) => {
        for (const r of relations)
          expect(counts.get(r.total)).toBe(r.parts.reduce((n, p) => n + (counts.get(p) ?? 0), 0));
      }),
    );
  });

  it('a table with no small counts publishes everything', () => {
    const { counts, relations } = tableOf([['a', 'b', 'c']], () => 7);
    expect(suppressionPattern(counts, relations).size).toBe(0);
  });

  it('a zero is shown as 0, and is not taken as the complement of a small cell while a larger one can be', () => {
    const values: Record<string, number> = { north: 3, midlands: 0, south: 20, east: 8 };
    const { counts, relations } = tableOf([Object.keys(values)], ([r]) => values[r as string] ?? 0);
    const hidden = suppressionPattern(counts, relations);
    expect([...hidden].sort()).toEqual(['n|east', 'n|north']);
  });

  it('a table of zeros publishes every zero', () => {
    const { counts, relations } = tableOf([['a', 'b', 'c']], () => 0);
    expect(suppressionPattern(counts, relations).size).toBe(0);
  });

  it('one small region also withholds the next smallest region, not the national total', () => {
    const values: Record<string, number> = { north: 3, midlands: 9, south: 20 };
    const { counts, relations } = tableOf([Object.keys(values)], ([r]) => values[r as string] ?? 0);
    const hidden = suppressionPattern(counts, relations);
    expect([...hidden].sort()).toEqual(['n|midlands', 'n|north']);
  });

  it('a small cell in a two-way table is protected by a rectangle of withheld cells', () => {
    const grid: Record<string, number> = { 'a|x': 2, 'a|y': 10, 'b|x': 12, 'b|y': 30 };
    const { counts, relations } = tableOf(
      [
        ['a', 'b'],
        ['x', 'y'],
      ],
      (c) => grid[c.join('|')] ?? 0,
    );
    const hidden = suppressionPattern(counts, relations);
    expect(hidden.has('n|a|x')).toBe(true);
    expect(recoverable(relations, hidden)).toEqual([]);
    expect(hidden.has(`n|${ALL}|${ALL}`)).toBe(false);
  });
});

describe('medians and p90s', () => {
  it('take the nearest rank, so they are always one of the values', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBeUndefined();
  });

  it('withhold the median when fewer than 5 children are behind it', () => {
    expect(distribution([1, 2, 3, 4]).median).toEqual({ value: null, suppressed: true });
    expect(distribution([1, 2, 3, 4, 5]).median).toEqual({ value: 3, suppressed: false });
  });

  it('withhold the p90 until it is no longer the single largest value (10 children)', () => {
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(quantile(nine, 0.9)).toBe(Math.max(...nine));
    expect(distribution(nine).p90).toEqual({ value: null, suppressed: true });
    expect(distribution([...nine, 10]).p90).toEqual({ value: 9, suppressed: false });
  });
});
