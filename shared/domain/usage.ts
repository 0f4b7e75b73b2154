import { DEPARTMENT_BY_STREAM, type Department, STREAMS, type Stream } from '../contract/enums.js';
import {
  ALL,
  type Cell,
  cellOf,
  coordinates,
  figureKey,
  marginRelations,
  shown,
  suppressionPattern,
  withheld,
} from './suppression.js';
import { DAY_MS } from './time.js';
import { type Period, tallyOfPlacements, type UsagePlacement, type UsageTallyRow } from './usage-days.js';

// The shapes usage reads are declared beside the kept nights (one direction of import).
export type { Period, UsagePlacement } from './usage-days.js';

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);

/** Dates in an inclusive period (its nights). */
export const nightsIn = (p: Period) => dayNumber(p.to) - dayNumber(p.from) + 1;

/**
 * Bed-nights a placement used in the period: the dates d in [from, to] with
 * date(startedAt) ≤ d < date(dischargedAt, or now while still placed). A child admitted and
 * discharged on the same day used no night; tonight is counted once tonight is over.
 */
export function bedNights(p: UsagePlacement, period: Period, now: Date): number {
  const first = Math.max(dayNumber(p.startedAt), dayNumber(period.from));
  const end = Math.min(dayNumber(p.dischargedAt ?? now.toISOString()), dayNumber(period.to) + 1);
  return Math.max(0, end - first);
}

/** Each department's agreed fraction of the pooled places; they must add up to 1. */
type DepartmentShares = Readonly<Record<Department, number>>;

/** Problems with a set of shares (none: usable). */
export function sharesProblems(shares: DepartmentShares): string[] {
  const values = Object.values(shares);
  const problems: string[] = [];
  if (values.some((v) => !(v >= 0 && v <= 1))) problems.push('every share must be between 0 and 1');
  if (Math.abs(values.reduce((a, b) => a + b, 0) - 1) > 1e-9) problems.push('the shares must add up to 1');
  return problems;
}

const DEPARTMENTS = STREAMS.map((s) => DEPARTMENT_BY_STREAM[s]);
const streamOf = (d: Department) => STREAMS.find((s) => DEPARTMENT_BY_STREAM[s] === d) as Stream;

export interface UsageFigures {
  placements: Cell;
  bedNights: Cell;
}

/** Each department's contracted beds in the pool (pooled spot beds belong to none). */
type ContractedBeds = Readonly<Record<Department, number>>;

/**
 * The interplay the pool buys, per department: nights its children spent in beds contracted to
 * another department (`flex`) and nights its contracted beds served other departments' children
 * (`lent`). Each figure is withheld when 1 to 4 children are behind it.
 */
function flexAndLent(rows: readonly UsageTallyRow[]) {
  const nights = { flex: new Map<Department, number>(), lent: new Map<Department, number>() };
  const children = { flex: new Map<Department, number>(), lent: new Map<Department, number>() };
  for (const r of rows) {
    const own = DEPARTMENT_BY_STREAM[r.stream];
    if (!r.contractedTo || r.contractedTo === own || r.children === 0) continue;
    for (const [kind, dept] of [
      ['flex', own],
      ['lent', r.contractedTo],
    ] as const) {
      nights[kind].set(dept, (nights[kind].get(dept) ?? 0) + r.nights);
      children[kind].set(dept, (children[kind].get(dept) ?? 0) + r.children);
    }
  }
  const cell = (kind: 'flex' | 'lent', d: Department): Cell => {
    const c = children[kind].get(d) ?? 0;
    return c > 0 && c < 5 ? withheld() : shown(nights[kind].get(d) ?? 0);
  };
  return (d: Department) => ({ flexBedNights: cell('flex', d), lentBedNights: cell('lent', d) });
}

const ratio = (used: Cell, agreed: number): Cell =>
  used.suppressed || agreed === 0 ? withheld() : shown(Math.round((used.value / agreed) * 1000) / 1000);

/**
 * Bed-nights used per department (its stream) and per region of the unit, against each
 * department's agreed share of the pooled places. Placements (children) below 5 in a cell are
 * withheld with their bed-nights, and the same secondary pattern hides the bed-nights, since
 * they are the same children's figures under the same totals.
 */
export function summariseUsage(args: {
  /** The placements, or (`tally`) what they add up to in the period, per cell (usage-days.ts). */
  placements?: readonly UsagePlacement[];
  tally?: readonly UsageTallyRow[];
  pooledPlaces: number;
  /** Each department's contracted beds: its share of the pool is these over all places. */
  contractedBeds: ContractedBeds;
  period: Period;
  regions: readonly string[];
  now: Date;
}) {
  const { period, now } = args;
  const rows = args.tally ?? tallyOfPlacements(args.placements ?? [], period, now);
  const nights = nightsIn(period);
  const regions = [...new Set([...args.regions, ...rows.map((r) => r.regionCode)])].sort();
  const dims = [DEPARTMENTS, regions] as const;
  const children = new Map<string, number>();
  const used = new Map<string, number>();
  for (const coords of coordinates(dims)) {
    children.set(figureKey('placements', coords), 0);
    used.set(figureKey('bedNights', coords), 0);
  }
  for (const r of rows) {
    if (r.children === 0) continue;
    const dept = DEPARTMENT_BY_STREAM[r.stream];
    for (const coords of [
      [dept, r.regionCode],
      [dept, ALL],
      [ALL, r.regionCode],
      [ALL, ALL],
    ]) {
      const c = figureKey('placements', coords);
      const b = figureKey('bedNights', coords);
      children.set(c, (children.get(c) ?? 0) + r.children);
      used.set(b, (used.get(b) ?? 0) + r.nights);
    }
  }
  const hidden = suppressionPattern(children, marginRelations('placements', dims));
  const figures = (coords: string[]): UsageFigures => ({
    placements: cellOf(figureKey('placements', coords), children, hidden),
    bedNights: hidden.has(figureKey('placements', coords))
      ? withheld()
      : shown(used.get(figureKey('bedNights', coords)) ?? 0),
  });
  const agreed = (share: number) => Math.round(share * args.pooledPlaces * nights * 10) / 10;
  const shareOf = (d: Department) =>
    args.pooledPlaces ? Math.round((args.contractedBeds[d] / args.pooledPlaces) * 1000) / 1000 : 0;
  const interplay = flexAndLent(rows);
  const national = figures([ALL, ALL]);
  return {
    from: period.from,
    to: period.to,
    nights,
    pooledPlaces: args.pooledPlaces,
    national: {
      ...national,
      agreedBedNights: agreed(1),
      usedOfAgreed: ratio(national.bedNights, agreed(1)),
    },
    byDepartment: DEPARTMENTS.map((department) => {
      const f = figures([department, ALL]);
      const share = shareOf(department);
      return {
        department,
        stream: streamOf(department),
        contractedBeds: args.contractedBeds[department],
        share,
        // From the beds themselves, not the rounded share.
        agreedBedNights: args.contractedBeds[department] * nights,
        ...f,
        usedOfAgreed: ratio(f.bedNights, args.contractedBeds[department] * nights),
        ...interplay(department),
      };
    }),
    byRegion: regions.map((regionCode) => ({ regionCode, ...figures([ALL, regionCode]) })),
    byDepartmentAndRegion: DEPARTMENTS.flatMap((department) =>
      regions.map((regionCode) => ({
        department,
        stream: streamOf(department),
        regionCode,
        ...figures([department, regionCode]),
      })),
    ),
  };
}
