/**
 * Statistical disclosure control for the commissioning figures (DOMAIN.md, "Privacy"; SPEC,
 * "Pooled commissioning"). Counts of children, requests, placements or waits below 5 are
 * withheld (primary suppression), and then as many further figures as it takes so that no
 * withheld figure can be worked out exactly from the published totals (secondary suppression).
 *
 * A table is a set of named figures and the relations between them ("this total is the sum of
 * those parts"). A withheld figure is recoverable when some combination of the relations pins
 * it down; that is linear algebra, so it is checked as such rather than by rules of thumb.
 * What this does not defend against: bounds (a withheld figure is known to be 0–4), and sums
 * across different endpoints that count different populations.
 */

/**
 * UK official statistics convention as this project applies it: counts of 1 to 4 are withheld.
 * A zero names no child, so it is shown: a dashboard of zeros at low volume reads as "none",
 * not as a page of blanks (issue 23). Secondary suppression still protects the small cells.
 */
export const SUPPRESS_BELOW = 5;

/** A count that must be withheld on its own: at least one child, fewer than `below`. */
const isSmall = (value: number, below = SUPPRESS_BELOW) => value > 0 && value < below;

/** One published figure: a number, or withheld. Every count, total, median and p90 has this shape. */
export type Cell = { value: number; suppressed: false } | { value: null; suppressed: true };

export const shown = (value: number): Cell => ({ value, suppressed: false });
export const withheld = (): Cell => ({ value: null, suppressed: true });

/** A published total and the published figures that add up to it. */
export interface Relation {
  total: string;
  parts: readonly string[];
}

/** The margin of a dimension ("all regions", "all streams"). */
export const ALL = '*';

/** A figure's key from its measure and coordinates, e.g. `requests|E12000003|welfare`. */
export const figureKey = (measure: string, coords: readonly string[]) => [measure, ...coords].join('|');

/**
 * Every coordinate of a table with margins: each dimension's values, or ALL. Two dimensions
 * of 9 and 3 give 10 × 4 coordinates: the interior, both margins and the grand total.
 */
export function coordinates(dims: readonly (readonly string[])[]): string[][] {
  return dims.reduce<string[][]>(
    (acc, values) => acc.flatMap((c) => [...values, ALL].map((v) => [...c, v])),
    [[]],
  );
}

/** The additive relations of a measure over a table with margins: each ALL is the sum of its dimension's values. */
export function marginRelations(measure: string, dims: readonly (readonly string[])[]): Relation[] {
  const relations: Relation[] = [];
  for (const coords of coordinates(dims)) {
    dims.forEach((values, d) => {
      if (coords[d] !== ALL) return;
      const at = (v: string) =>
        figureKey(
          measure,
          coords.map((c, i) => (i === d ? v : c)),
        );
      relations.push({ total: figureKey(measure, coords), parts: values.map(at) });
    });
  }
  return relations;
}

const membersOf = (r: Relation) => [r.total, ...r.parts];
/** Parts before the total, so that between equal figures the total stays published. */
const partsFirst = (r: Relation) => [...r.parts, r.total];

/**
 * The visible figure to withhold next: the smallest non-zero one (a withheld zero would be a
 * weak complement: readers know a shown zero is zero); a zero only when nothing else is left;
 * between equals, the first offered.
 */
function smallestVisible(keys: Iterable<string>, counts: ReadonlyMap<string, number>, hidden: Set<string>) {
  let best: string | undefined;
  let bestValue = Number.POSITIVE_INFINITY;
  for (const k of keys) {
    const v = counts.get(k) ?? 0;
    const rank = v === 0 ? Number.MAX_SAFE_INTEGER : v;
    if (hidden.has(k) || rank >= bestValue) continue;
    best = k;
    bestValue = rank;
  }
  return best;
}

/** Until no relation has exactly one withheld member, withhold the smallest visible member of each that does. */
function closeLoneCells(
  counts: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  hidden: Set<string>,
) {
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of relations) {
      const members = membersOf(r);
      if (members.filter((k) => hidden.has(k)).length !== 1) continue;
      const next = smallestVisible(partsFirst(r), counts, hidden);
      if (next !== undefined) {
        hidden.add(next);
        changed = true;
      }
    }
  }
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

/**
 * The withheld figures that the published ones determine exactly. With the visible figures
 * known, the relations restricted to the withheld ones form a linear system; a withheld figure
 * is determined exactly when its unit vector lies in that system's row space, i.e. when the
 * reduced row echelon form has a row with a single non-zero entry in its column. Exact
 * integer arithmetic (rows kept small by dividing out their gcd).
 */
export function recoverable(relations: readonly Relation[], hidden: ReadonlySet<string>): string[] {
  const vars = [...new Set(relations.flatMap(membersOf))].filter((k) => hidden.has(k)).sort();
  const col = new Map(vars.map((k, i) => [k, i]));
  const rows: number[][] = [];
  for (const r of relations) {
    const row = new Array<number>(vars.length).fill(0);
    const t = col.get(r.total);
    if (t !== undefined) row[t] = (row[t] ?? 0) + 1;
    for (const p of r.parts) {
      const i = col.get(p);
      if (i !== undefined) row[i] = (row[i] ?? 0) - 1;
    }
    if (row.some((x) => x !== 0)) rows.push(row);
  }
  let pivotRow = 0;
  for (let c = 0; c < vars.length && pivotRow < rows.length; c++) {
    const found = rows.findIndex((row, i) => i >= pivotRow && row[c] !== 0);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found] as number[], rows[pivotRow] as number[]];
    const pivot = rows[pivotRow] as number[];
    const a = pivot[c] as number;
    const support = pivot.flatMap((x, j) => (x !== 0 ? [j] : []));
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number[];
      const b = row[c] as number;
      if (i === pivotRow || b === 0) continue;
      if (a === 1 || a === -1) {
        // The usual case for tables of sums: a unit pivot, so only its non-zero columns change.
        for (const j of support) row[j] = (row[j] as number) - b * a * (pivot[j] as number);
        continue;
      }
      let g = 0;
      for (let j = 0; j < row.length; j++) {
        row[j] = a * (row[j] as number) - b * (pivot[j] as number);
        g = gcd(g, row[j] as number);
      }
      if (g > 1) for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) / g;
    }
    pivotRow++;
  }
  // Exactness is the point: a figure that overflowed could hide a disclosure, so refuse rather than guess.
  if (!rows.every((row) => row.every(Number.isSafeInteger))) throw new Error('suppression check overflowed');
  const determined: string[] = [];
  for (const row of rows) {
    const nonZero = row.flatMap((x, j) => (x !== 0 ? [j] : []));
    if (nonZero.length === 1) determined.push(vars[nonZero[0] as number] as string);
  }
  return determined.sort();
}

/**
 * Which figures to withhold: every count of 1 to `below` − 1 (primary), then the fewest small figures
 * needed so that none of them can be recovered from the rest (secondary). Figures that derive
 * from the same children (bed-nights from placements) take the same pattern: recoverability
 * depends only on which figures are withheld, not on their values.
 */
export function suppressionPattern(
  counts: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  below = SUPPRESS_BELOW,
): Set<string> {
  const hidden = new Set([...counts].filter(([, v]) => isSmall(v, below)).map(([k]) => k));
  // Tables that share no figure cannot reveal each other's: protect each on its own (smaller systems).
  for (const part of connected(relations)) {
    for (;;) {
      closeLoneCells(counts, part, hidden);
      const [exposed] = recoverable(part, hidden);
      if (exposed === undefined) break;
      // A combination of relations still pins `exposed` down: withhold one more figure next to it.
      const near = part.filter((r) => membersOf(r).includes(exposed)).flatMap(partsFirst);
      const touching = part.filter((r) => membersOf(r).some((k) => hidden.has(k))).flatMap(partsFirst);
      const next = smallestVisible(near, counts, hidden) ?? smallestVisible(touching, counts, hidden);
      if (next === undefined) break; // cannot happen: a determined figure has a visible neighbour
      hidden.add(next);
    }
  }
  return hidden;
}

/** Relations grouped so that no figure appears in two groups. */
function connected(relations: readonly Relation[]): Relation[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  for (const r of relations) {
    if (!parent.has(r.total)) parent.set(r.total, r.total);
    for (const p of r.parts) {
      if (!parent.has(p)) parent.set(p, p);
      parent.set(find(p), find(r.total));
    }
  }
  const groups = new Map<string, Relation[]>();
  for (const r of relations) {
    const root = find(r.total);
    const group = groups.get(root) ?? [];
    group.push(r);
    groups.set(root, group);
  }
  return [...groups.values()];
}

/** The published form of a count under a pattern. */
export const cellOf = (
  key: string,
  counts: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
): Cell => (hidden.has(key) ? withheld() : shown(counts.get(key) ?? 0));

/**
 * Nearest-rank quantile (q in (0, 1]): the smallest value with at least q of the values at or
 * below it. Median is q = 0.5. Always one of the values, so it needs no interpolation rule.
 */
export function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/**
 * A p90 over fewer than 10 values is, by nearest rank, the single largest one: one child's
 * own wait (and so, from the period, nearly their dates). It needs 10 children to be a spread.
 */
const P90_NEEDS = 10;

/** Median and p90 of a group of children's figures: the median withheld under 5 children, the p90 under 10. */
export function distribution(values: readonly number[], below = SUPPRESS_BELOW): { median: Cell; p90: Cell } {
  const at = (q: number, needs: number) =>
    values.length < needs ? withheld() : shown(quantile(values, q) as number);
  return { median: at(0.5, below), p90: at(0.9, Math.max(below, P90_NEEDS)) };
}
