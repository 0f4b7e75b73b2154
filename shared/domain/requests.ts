import type { RequestStatus, Stream } from '../contract/enums.js';
import { hasLiveHold } from './holds.js';
import { type StatusFilter, statusFilter } from './status-filter.js';
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

/** `?status=` on a list of requests: `open` and `lapsed` are both stored as open; the clock tells them apart. */
export const requestStatusFilter = <
  R extends { status: RequestStatus; refreshDueAt?: string; createdAt: string },
>(
  asked: RequestStatus | undefined,
  now: Date,
): StatusFilter<RequestStatus, R> =>
  statusFilter(asked, {
    storedFor: { open: ['open'], lapsed: ['open'] },
    effective: (r: R) => effectiveRequestStatus(r.status, refreshDueOf(r), now),
  });

/** A welfare placement of a child under 13 needs the Secretary of State's approval. */
export const needsSosApproval = (stream: Stream, ageYears: number): boolean =>
  stream === 'welfare' && ageYears < SOS_APPROVAL_UNDER;

/** When the sweeper should next look at an open request: to remind, or (after the reminder) to note the lapse. */
export function nextRhythmAt(refreshDueAt: string, reminded: boolean): string {
  if (reminded) return refreshDueAt;
  return new Date(Date.parse(refreshDueAt) - REMIND_BEFORE_MS).toISOString();
}

/**
 * The sweeper's next step for a request found due in the rhythm index: `leave` (placed or
 * withdrawn, or never given a refresh time: it only leaves the index), `lapse` (its refresh time
 * has come), or `remind` (the reminder before it lapses, and when to look again). `tell`: who is
 * told; a lapse matters to national coordination too, as a child may be going without a bed.
 */
export type RhythmStep =
  | { kind: 'leave' }
  | { kind: 'lapse'; due: string; tell: string[] }
  | { kind: 'remind'; due: string; nextAt: string; tell: string[] };

export function rhythmStep(
  r: { status: RequestStatus; refreshDueAt?: string; laCode: string },
  now: Date,
): RhythmStep {
  const due = r.refreshDueAt;
  if (r.status !== 'open' || !due) return { kind: 'leave' };
  if (Date.parse(due) <= now.getTime())
    return { kind: 'lapse', due, tell: [`la:${r.laCode}`, 'coordinator:national'] };
  return { kind: 'remind', due, nextAt: nextRhythmAt(due, true), tell: [`la:${r.laCode}`] };
}

/**
 * What a search records on the request: unmet when it found no fit, met when it found one;
 * undefined when nothing changes (already so, or the request is no longer open: unmet demand
 * lasts only while the request stays unplaced).
 */
export function unmetAfterSearch(
  r: { status: RequestStatus; unmet: boolean },
  matched: boolean,
): boolean | undefined {
  const unmet = !matched;
  return r.status !== 'open' || r.unmet === unmet ? undefined : unmet;
}

/**
 * A request may be withdrawn while it is open (a lapsed one too: it is stored as open) and no
 * live hold reserves a bed for it; the store's condition checks the same at commit.
 */
export const mayWithdraw = (r: { status: RequestStatus; holdUntil?: string }, now: Date): boolean =>
  r.status === 'open' && !hasLiveHold(r, now);
