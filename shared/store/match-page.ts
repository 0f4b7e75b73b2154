import { MatchCursor } from '../contract/matches.js';
import { ValidationFailed } from '../domain/errors.js';
import type { LatLon } from '../domain/geo.js';
import {
  type Candidate,
  type ChildProfile,
  candidateOf,
  comparePositions,
  describeMatch,
  fits,
  type MatchFacts,
  type MatchPosition,
  orderByFit,
  type RankedMatch,
} from '../domain/matching.js';
import type { PoolRules } from '../domain/pool.js';
import type { Db } from './db.js';
import { key } from './keys.js';
import { MATCH_FIELDS } from './match-query.js';
import type { Page } from './paging.js';
import type { UnitCounterItem } from './records.js';

/** Units read beyond what the page needs in one go: a few of them may turn out to be full. */
const SLACK = 4;

function encodeMatchCursor(p: MatchPosition, rank: number): string {
  const c: MatchCursor = { b: p.band, k: p.decikm, u: p.unitId, r: rank };
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeMatchCursor(cursor: string | undefined): MatchCursor | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const out = MatchCursor.safeParse(parsed);
  if (!out.success) throw badCursor();
  return out.data;
}

const badCursor = () =>
  new ValidationFailed([{ field: 'cursor', message: 'is not a cursor this list gave out' }]);

/** The first index in `ordered` after the position a cursor names (binary search). */
function indexAfter(ordered: MatchPosition[], after: MatchCursor): number {
  const at: MatchPosition = { band: after.b as MatchPosition['band'], decikm: after.k, unitId: after.u };
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePositions(ordered[mid] as MatchPosition, at) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counters of the given units, strongly consistent, only the fields ranking reads. */
async function countersOf(db: Db, unitIds: string[]): Promise<Map<string, UnitCounterItem>> {
  const names = Object.fromEntries(MATCH_FIELDS.map((f, i) => [`#f${i}`, f]));
  const out = new Map<string, UnitCounterItem>();
  let pending: Record<string, unknown>[] = unitIds.map((id) => key.unitCounter(id));
  while (pending.length) {
    const got = await db.batchGet(pending, Object.keys(names).join(', '), names, true);
    for (const item of (got.Responses?.[db.tableName] ?? []) as UnitCounterItem[]) out.set(item.unitId, item);
    pending = (got.UnprocessedKeys?.[db.tableName]?.Keys ?? []) as Record<string, unknown>[];
  }
  return out;
}

/**
 * One page of a child's matches. Units are put in ranking order from the register's facts alone
 * (fit band, distance), then their counters are read in that order, a page and a few at a time,
 * until the page is full: a unit is listed only if its counter (the truth, read strongly) says it
 * is open, takes the child and has a bed the child's stream may use under the pool rules. So a
 * call reads about `limit` counters however large the register is.
 */
export async function matchPage(
  db: Db,
  units: readonly MatchFacts[],
  child: ChildProfile,
  home: LatLon,
  rules: PoolRules,
  now: Date,
  page: { limit: number; cursor?: string },
): Promise<Page<RankedMatch>> {
  const after = decodeMatchCursor(page.cursor);
  const ordered = orderByFit(child, units, home);
  let i = after ? indexAfter(ordered, after) : 0;
  const found: { position: MatchPosition; candidate: Candidate }[] = [];
  while (found.length <= page.limit && i < ordered.length) {
    const chunk = ordered.slice(i, i + Math.min(100, page.limit + 1 - found.length + SLACK));
    i += chunk.length;
    const counters = await countersOf(
      db,
      chunk.map((p) => p.unitId),
    );
    for (const position of chunk) {
      const counter = counters.get(position.unitId);
      if (!counter?.streams?.includes(child.stream)) continue;
      const candidate = candidateOf(counter, child.stream, rules, now);
      if (!fits(child, candidate)) continue;
      found.push({ position, candidate });
      if (found.length > page.limit) break;
    }
  }
  const first = (after?.r ?? 0) + 1;
  const items = found
    .slice(0, page.limit)
    .map((f, n) => describeMatch(child, f.candidate, f.position, first + n, now));
  const last = found.length > page.limit ? found[page.limit - 1] : undefined;
  return {
    items,
    ...(last ? { nextCursor: encodeMatchCursor(last.position, first + page.limit - 1) } : {}),
  };
}
