/**
 * Calendar dates as people in England read them. Orders, ready dates and discharge dates are
 * days on an English calendar, while the store keeps instants in UTC: these convert between the
 * two without a clock (callers pass every instant).
 */
import { DAY_MS, HOUR_MS } from './time.js';

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date (`YYYY-MM-DD`) in England at an instant. */
export function londonDate(at: Date | string): string {
  return LONDON_DAY.format(typeof at === 'string' ? new Date(at) : at);
}

/**
 * The instant a London day begins. England is UTC+0 or UTC+1 and the clocks change at 01:00 UTC,
 * so midnight is always one of the two candidates below and never falls in a gap.
 */
export function londonMidnight(date: string): Date {
  const utc = Date.parse(`${date}T00:00:00Z`);
  const bst = new Date(utc - HOUR_MS);
  return londonDate(bst) === date ? bst : new Date(utc);
}

/** The instant just after a London day ends (the next day's midnight): "until the end of `date`". */
export function endOfLondonDay(date: string): Date {
  return londonMidnight(addDays(date, 1));
}

/** `YYYY-MM-DD` plus whole days on the calendar. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from one date to a later one (negative when `to` is earlier). */
export function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Calendar months, the way courts and the Interpretation Act count them: the same day of the
 * month `months` later, or that month's last day when it is shorter (31 August + 6 months is
 * 28 February, or 29 February in a leap year). The time of day (UTC) is kept.
 */
export function addMonths(at: Date, months: number): Date {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      y,
      m,
      Math.min(at.getUTCDate(), lastDay),
      at.getUTCHours(),
      at.getUTCMinutes(),
      at.getUTCSeconds(),
      at.getUTCMilliseconds(),
    ),
  );
}

/** The same, on a `YYYY-MM-DD` date. */
export function addMonthsToDate(date: string, months: number): string {
  return addMonths(new Date(`${date}T00:00:00Z`), months)
    .toISOString()
    .slice(0, 10);
}
