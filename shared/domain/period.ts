import { ValidationFailed } from './errors.js';
import { DAY_MS, isoDay } from './time.js';

/**
 * The longest period usage and demand answer for in one call: a year, leap day included. Their
 * reads grow with the period (requests, holds and referrals made in it), so a caller wanting
 * several years asks a year at a time rather than one call reading the whole history.
 */
export const MAX_PERIOD_DAYS = 366;
/** The period when none is asked for: the 30 days up to today (or up to `to`), both ends included. */
const DEFAULT_PERIOD_DAYS = 30;

/**
 * The commissioning figures' period (dates, both ends included): as asked, or the 30 days up to
 * today (or up to `to`); `from` after `to`, or more than MAX_PERIOD_DAYS days, is a 400 on `from`.
 */
export function commissioningPeriod(
  q: { from?: string; to?: string },
  now: Date,
): { from: string; to: string } {
  const to = q.to ?? isoDay(now);
  const from = q.from ?? isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS));
  if (from > to) throw new ValidationFailed([{ field: 'query.from', message: 'must not be after to' }]);
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days > MAX_PERIOD_DAYS)
    throw new ValidationFailed([
      {
        field: 'query.from',
        message: `the period is ${days} days: ask for at most ${MAX_PERIOD_DAYS} days (from and to inclusive) at a time`,
      },
    ]);
  return { from, to };
}
