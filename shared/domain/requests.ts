import type { RequestStatus, Stream } from '../contract/enums.js';
import { DAY_MS } from './time.js';

/** A request must be confirmed as still needed this often, or it lapses (SPEC, Requests). */
export const REFRESH_DAYS = 14;
/** And reviewed this often. */
const REVIEW_MONTHS = 3;
/** The LA is reminded this long before a request lapses. */
const REMIND_BEFORE_MS = 2 * DAY_MS;
/** Under this age a welfare placement needs the Secretary of State's approval. */
export const SOS_APPROVAL_UNDER = 13;

export const refreshDueAfter = (from: Date): string =>
  new Date(from.getTime() + REFRESH_DAYS * DAY_MS).toISOString();

/** The same time of day three calendar months on (the end of a shorter month when the day is missing). */
export function reviewDueAfter(from: Date): string {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + REVIEW_MONTHS);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString();
}

/** Where a stored request predates the rhythm, its first refresh falls due 14 days after creation. */
export const refreshDueOf = (r: { refreshDueAt?: string; createdAt: string }): string =>
  r.refreshDueAt ?? refreshDueAfter(new Date(r.createdAt));
export const reviewDueOf = (r: { reviewDueAt?: string; createdAt: string }): string =>
  r.reviewDueAt ?? reviewDueAfter(new Date(r.createdAt));

/**
 * The status a reader sees: an open request not refreshed by its due time is `lapsed` at once,
 * whether or not the sweeper has noticed (the truth is the clock, as with a hold's expiry).
 */
export function effectiveRequestStatus(
  stored: RequestStatus,
  refreshDueAt: string,
  now: Date,
): RequestStatus {
  if (stored === 'open' && Date.parse(refreshDueAt) <= now.getTime()) return 'lapsed';
  return stored;
}

/** A welfare placement of a child under 13 needs the Secretary of State's approval. */
export const needsSosApproval = (stream: Stream, ageYears: number): boolean =>
  stream === 'welfare' && ageYears < SOS_APPROVAL_UNDER;

/** When the sweeper should next look at an open request: to remind, or (after the reminder) to note the lapse. */
export function nextRhythmAt(refreshDueAt: string, reminded: boolean): string {
  if (reminded) return refreshDueAt;
  return new Date(Date.parse(refreshDueAt) - REMIND_BEFORE_MS).toISOString();
}
