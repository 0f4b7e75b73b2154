import type { ReferralStatus } from '../contract/enums.js';
import { type Caller, linkIsLive } from './access.js';
import { type StatusFilter, statusFilter } from './status-filter.js';
import { HOUR_MS } from './time.js';

/** A home is asked to answer within this long; after it, the coordinator's board shows it as unanswered. */
const RESPOND_WITHIN_MS = 2 * HOUR_MS;

/**
 * The status a reader sees: an offer past its offerExpiresAt is `expired` at once, whether or not
 * anything has tidied it (the truth is the clock, as with a hold).
 */
export function effectiveReferralStatus(
  stored: ReferralStatus,
  offerExpiresAt: string | undefined,
  now: Date,
): ReferralStatus {
  if (stored === 'offered' && offerExpiresAt && Date.parse(offerExpiresAt) <= now.getTime()) return 'expired';
  return stored;
}

/** `?status=` on a list of referrals: `offered` and `expired` are both stored as offered; the clock tells them apart. */
export const referralStatusFilter = <R extends { status: ReferralStatus; offerExpiresAt?: string }>(
  asked: ReferralStatus | undefined,
  now: Date,
): StatusFilter<ReferralStatus, R> =>
  statusFilter(asked, {
    storedFor: { offered: ['offered'], expired: ['offered'] },
    effective: (r: R) => effectiveReferralStatus(r.status, r.offerExpiresAt, now),
  });

/** A referral still awaiting the home or the LA (pending or offered, as stored): a placement elsewhere withdraws it. */
export const isOpenReferral = (r: { status: ReferralStatus }) =>
  r.status === 'pending' || r.status === 'offered';

/** Pending and past its respondBy: nobody at the home has answered in time. */
export const isUnanswered = (r: { status: ReferralStatus; respondBy: string }, now: Date) =>
  r.status === 'pending' && Date.parse(r.respondBy) <= now.getTime();

interface ReferralLike {
  laCode: string;
  providerId: string;
}

const isCoordinator = (c: Caller) => c.role === 'coordinator';

/** The referring LA, the provider of the unit referred to, a coordinator. */
export const mayReadReferral = (c: Caller, r: ReferralLike) =>
  isCoordinator(c) ||
  (c.role === 'la' && c.org === r.laCode) ||
  (c.role === 'provider' && c.org === r.providerId);

/** Offer or decline: the provider of the unit, or a coordinator on its behalf. */
export const mayAnswerReferral = (c: Caller, r: ReferralLike) =>
  isCoordinator(c) || (c.role === 'provider' && c.org === r.providerId);

/** Accept an offer: the referring LA, or a coordinator on its behalf. */
export const mayAcceptReferral = (c: Caller, r: ReferralLike) =>
  isCoordinator(c) || (c.role === 'la' && c.org === r.laCode);

/** When a home must answer a referral made at `now`. */
export const respondByFrom = (now: Date) => new Date(now.getTime() + RESPOND_WITHIN_MS).toISOString();

/** When an offer made at `now` lapses, if the LA has not accepted it. */
export const offerLapsesAt = (now: Date, offerMinutes: number) =>
  new Date(now.getTime() + offerMinutes * 60_000).toISOString();

/**
 * Whether the caller is a home whose referral has ended (declined, withdrawn or expired): it no
 * longer sees the child's facts on it, as it no longer reads the request (providerMayReadRequest).
 * `status` is the effective one, an offer's expiry already read.
 */
export const referralEndedFor = (c: Caller, status: ReferralStatus, now: Date) =>
  c.role === 'provider' && !linkIsLive({ kind: 'referral', providerId: c.org, status }, now);
