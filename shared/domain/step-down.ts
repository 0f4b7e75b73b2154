/**
 * Step-down and discharge dates: a child ready to leave secure care, when they are planned to
 * leave, and when they left. The dates must tell one consistent story, so a wait can be
 * measured: started ≤ ready ≤ left, and ready ≤ planned discharge.
 */

import type { FieldError } from './errors.js';
import { daysFromTo, londonDate } from './london-time.js';

interface StepDownDates {
  startedAt: string;
  readyFrom: string;
  plannedDischargeOn?: string | null;
}

export function checkStepDown(d: StepDownDates): FieldError[] {
  const started = londonDate(d.startedAt);
  const errors: FieldError[] = [];
  if (d.readyFrom < started)
    errors.push({ field: 'readyFrom', message: `must not be before the placement started (${started})` });
  if (d.plannedDischargeOn && d.plannedDischargeOn < d.readyFrom)
    errors.push({ field: 'plannedDischargeOn', message: 'must not be before readyFrom' });
  return errors;
}

/** The day a child left: today unless given; never before they arrived, before they were ready, or ahead. */
export function checkDischarge(d: {
  startedAt: string;
  readyFrom?: string | null;
  on?: string;
  now: Date;
}): { on: string } | { errors: FieldError[] } {
  const today = londonDate(d.now);
  const on = d.on ?? today;
  const started = londonDate(d.startedAt);
  const errors: FieldError[] = [];
  if (on > today) errors.push({ field: 'on', message: `must not be in the future (today is ${today})` });
  if (on < started)
    errors.push({ field: 'on', message: `must not be before the placement started (${started})` });
  else if (d.readyFrom && on < d.readyFrom)
    errors.push({
      field: 'on',
      message: `must not be before the date the child was ready to leave (${d.readyFrom}): correct the ready date first`,
    });
  return errors.length > 0 ? { errors } : { on };
}

/** Whole days ready but still here: from the ready date to the day they left, or to today. */
export function daysReadyButStillHere(
  readyFrom: string | null | undefined,
  dischargedOn: string | null | undefined,
  now: Date,
): number | null {
  if (!readyFrom) return null;
  return Math.max(0, daysFromTo(readyFrom, dischargedOn ?? londonDate(now)));
}

/**
 * Which planned discharges fall in the next `hours`: those planned for a day from today up to
 * the day `hours` from now (a plan names a day, not an hour). Overdue plans are left out: a bed
 * that did not free on the day planned is no longer a forecast, it is a delay.
 */
export function dischargeWindow(now: Date, hours: number): { first: string; last: string } {
  return { first: londonDate(now), last: londonDate(new Date(now.getTime() + hours * 3_600_000)) };
}

interface Freeing {
  next24h: number;
  next72h: number;
}

/**
 * Capacity's forecast: beds expected to free, nationally, by stream and by the bed's region,
 * from the placements planned to leave within 24 and within 72 hours (72 includes 24).
 */
export function summariseForecast(
  within24: readonly { stream: string; regionCode: string }[],
  within72: readonly { stream: string; regionCode: string }[],
  streams: readonly string[],
) {
  const national: Freeing = { next24h: within24.length, next72h: within72.length };
  const tally = (key: 'stream' | 'regionCode') => {
    const out = new Map<string, Freeing>();
    const cell = (k: string): Freeing => {
      const found = out.get(k);
      if (found) return found;
      const fresh = { next24h: 0, next72h: 0 };
      out.set(k, fresh);
      return fresh;
    };
    for (const p of within24) cell(p[key]).next24h += 1;
    for (const p of within72) cell(p[key]).next72h += 1;
    return out;
  };
  const byStream = tally('stream');
  const byRegion = tally('regionCode');
  return {
    ...national,
    byStream: streams.map((stream) => ({ stream, ...(byStream.get(stream) ?? { next24h: 0, next72h: 0 }) })),
    byRegion: [...byRegion.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([regionCode, f]) => ({ regionCode, ...f })),
  };
}
