import type { Department, Stream } from '../contract/enums.js';
import { DAY_MS, isoDay } from './time.js';

/** A placement as the usage figures need it: no child, no ids. */
export interface UsagePlacement {
  stream: Stream;
  /** The unit's region: where the bed-nights were used. */
  regionCode: string;
  startedAt: string;
  dischargedAt?: string | null;
  /** The department the bed is contracted to (null: a pooled spot bed; absent: the child's own). */
  contractedTo?: Department | null;
}

/** An inclusive range of dates, `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

/**
 * Placements that count alike in the usage figures: the bed's stream (the child's department),
 * the unit's region, and the department the bed is contracted to (null: pooled, or the child's
 * own where none is recorded; only a department other than the child's is flex or lent).
 */
interface UsageCell {
  stream: Stream;
  regionCode: string;
  contractedTo: Department | null;
}

/** A period's usage, per cell: children with at least one night in it, and their nights in it. */
export interface UsageTallyRow extends UsageCell {
  children: number;
  nights: number;
}

/** One night's usage, per cell: children in a bed that night, and how many of them arrived that day. */
export interface UsageDayRow extends UsageCell {
  present: number;
  began: number;
}

/** One day's kept usage facts (decision 0013's kept days, for usage). */
export interface UsageDay {
  day: string;
  rows: UsageDayRow[];
}

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const cellOf = (p: UsagePlacement): UsageCell => ({
  stream: p.stream,
  regionCode: p.regionCode,
  contractedTo: p.contractedTo ?? null,
});
const keyOf = (c: UsageCell) => `${c.stream}|${c.regionCode}|${c.contractedTo ?? ''}`;

/** The period's figures from the placements themselves: what usage always summed. */
export function tallyOfPlacements(
  placements: readonly UsagePlacement[],
  period: Period,
  now: Date,
): UsageTallyRow[] {
  const rows = new Map<string, UsageTallyRow>();
  for (const p of placements) {
    // bedNights (usage.ts): nights d in the period with date(start) ≤ d < date(discharge, or now).
    const first = Math.max(dayNumber(p.startedAt), dayNumber(period.from));
    const end = Math.min(dayNumber(p.dischargedAt ?? now.toISOString()), dayNumber(period.to) + 1);
    const n = Math.max(0, end - first);
    if (n === 0) continue;
    const c = cellOf(p);
    const row = rows.get(keyOf(c)) ?? { ...c, children: 0, nights: 0 };
    row.children++;
    row.nights += n;
    rows.set(keyOf(c), row);
  }
  return [...rows.values()];
}

/**
 * One night's facts from the placements: who was in a bed on the night of `day` (arrived on or
 * before it, left after it; still there when `now` is past that night). Once the day is over,
 * nothing the service records can change them: arrivals and discharges are stamped with the time
 * they are recorded. Only a placement recorded from outside the service can start in the past,
 * and recording one moves the usage epoch, which retires every kept day (shared/store/usage-days.ts).
 */
export function usageDayOf(placements: readonly UsagePlacement[], day: string, now: Date): UsageDay {
  const d = dayNumber(day);
  const rows = new Map<string, UsageDayRow>();
  for (const p of placements) {
    const start = dayNumber(p.startedAt);
    if (start > d || dayNumber(p.dischargedAt ?? now.toISOString()) <= d) continue;
    const c = cellOf(p);
    const row = rows.get(keyOf(c)) ?? { ...c, present: 0, began: 0 };
    row.present++;
    if (start === d) row.began++;
    rows.set(keyOf(c), row);
  }
  return { day, rows: [...rows.values()] };
}

/**
 * The period's figures from its nights: nights are the sum of each night's children; children
 * with a night in the period are those in a bed on its first night plus those arriving (and
 * staying the night) on a later one. The same as tallyOfPlacements over the same placements,
 * given every night of the period before today (a missing night counts as empty: tonight and
 * later nights are always empty, since a night counts once it is over).
 */
export function tallyOfDays(days: readonly UsageDay[], period: Period): UsageTallyRow[] {
  const rows = new Map<string, UsageTallyRow>();
  for (const { day, rows: nights } of days) {
    if (day < period.from || day > period.to) continue;
    for (const r of nights) {
      const c = { stream: r.stream, regionCode: r.regionCode, contractedTo: r.contractedTo };
      const row = rows.get(keyOf(c)) ?? { ...c, children: 0, nights: 0 };
      row.nights += r.present;
      row.children += day === period.from ? r.present : r.began;
      rows.set(keyOf(c), row);
    }
  }
  return [...rows.values()].filter((r) => r.children > 0);
}

/** The day before an ISO date. */
export const dayBefore = (day: string) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS));
