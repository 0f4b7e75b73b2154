import type { DemandDecline, DemandRequest } from './demand.js';
import { DAY_MS, HOUR_MS, isoDay } from './time.js';
import type { Period } from './usage.js';

/**
 * A day's facts are kept (decision 0013) only once the day has been over this long: a request made
 * in its last seconds may take a few seconds to be written and indexed.
 */
const SETTLE_MS = HOUR_MS;

/** The last day whose requests and declines can no longer gain a member (UTC days, as `isoDay`). */
export const lastClosedDay = (now: Date) => isoDay(new Date(now.getTime() - DAY_MS - SETTLE_MS));

/** Every date of an inclusive period, in order. */
export function daysOf(p: Period): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${p.from}T00:00:00Z`); t <= Date.parse(`${p.to}T00:00:00Z`); t += DAY_MS)
    out.push(isoDay(new Date(t)));
  return out;
}

/**
 * A request whose demand figures can no longer change: placed or withdrawn, with the instant it
 * happened (its wait ends there; `lapsed` and `unmet` only ever count the unplaced and open).
 */
export const isSettled = (r: Pick<DemandRequest, 'status' | 'placedAt' | 'withdrawnAt'>) =>
  (r.status === 'placed' && !!r.placedAt) || (r.status === 'withdrawn' && !!r.withdrawnAt);

/** Sorted days gathered into periods, joining runs less than `gap` days apart (fewer reads). */
export function rangesOf(days: readonly string[], gap = 7): Period[] {
  const out: Period[] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && (Date.parse(`${d}T00:00:00Z`) - Date.parse(`${last.to}T00:00:00Z`)) / DAY_MS <= gap)
      last.to = d;
    else out.push({ from: d, to: d });
  }
  return out;
}

/** One closed day's kept facts: the requests made that day (all settled) and the declines decided on it. */
export interface DemandDay<R extends DemandRequest = DemandRequest> {
  day: string;
  requests: R[];
  declines: DemandDecline[];
}
