import type { ReferralStatus, RequestStatus, Sex, Stream, UnitStatus } from '../contract/enums.js';
import { type FieldError, HoldExists, InvalidTransition, NoBedAvailable } from './errors.js';
import { hasLiveHold } from './holds.js';
import { effectiveReferralStatus } from './referrals.js';
import { effectiveRequestStatus, refreshDueOf } from './requests.js';

/**
 * The referral commands' rules (SPEC, "Referrals"): who may be referred where, and when an offer
 * may be accepted. Each decides from what it is given and throws the domain's named errors; the
 * store writes the round or the acceptance with conditions that check the same facts at commit.
 */

/** What the referral rules read of a request. */
interface ReferredRequest {
  status: RequestStatus;
  refreshDueAt?: string;
  createdAt: string;
  stream: Stream;
  ageYears: number;
  sex: Sex;
  holdUntil?: string;
}

/** What they read of a unit on the register. */
interface ReferredUnit {
  id: string;
  name: string;
  status?: UnitStatus;
  streams: readonly Stream[];
  ageRange: { min: number; max: number };
  sexes: readonly Sex[];
}

/** What they read of a referral already made for the request. */
interface MadeReferral {
  id: string;
  unitId: string;
  status: ReferralStatus;
  offerExpiresAt?: string;
}

/** Only an open request is referred: a lapsed one is confirmed as still needed first. */
export function assertReferable(
  request: Pick<ReferredRequest, 'status' | 'refreshDueAt' | 'createdAt'>,
  now: Date,
) {
  const status = effectiveRequestStatus(request.status, refreshDueOf(request), now);
  if (status !== 'open')
    throw new InvalidTransition(
      status === 'lapsed'
        ? 'The request has lapsed: confirm it is still needed first'
        : `The request is ${status}`,
    );
}

/**
 * Why this unit can take no referral for this child, or undefined when it can: the same rules
 * (and the same 409 no_bed_available) as a hold there, as a referral promises to look for a bed.
 */
function unfitReason(u: ReferredUnit, request: ReferredRequest): string | undefined {
  if ((u.status ?? 'open') !== 'open')
    return `${u.name} is ${u.status ?? 'not open'}: it takes no new referrals`;
  if (!u.streams.includes(request.stream))
    return `${u.name} does not take children in the ${request.stream} stream`;
  // The unit's registration: a home that could never take this child is never asked to.
  if (request.ageYears < u.ageRange.min || request.ageYears > u.ageRange.max)
    return `${u.name} takes children aged ${u.ageRange.min} to ${u.ageRange.max} only`;
  if (!u.sexes.includes(request.sex)) return `${u.name} does not take ${request.sex} children`;
  return undefined;
}

/** A request's live referrals (pending, or offered and not expired), by unit. */
function liveByUnit(referrals: readonly MadeReferral[], now: Date) {
  const live = new Map<string, { id: string; status: ReferralStatus }>();
  for (const r of referrals) {
    const status = effectiveReferralStatus(r.status, r.offerExpiresAt, now);
    if (status === 'pending' || status === 'offered') live.set(r.unitId, { id: r.id, status });
  }
  return live;
}

/**
 * Decides a referral round (throws, or returns nothing): the request open; each unit open and
 * taking this child (else no_bed_available naming each unit that is not, field `body.unitIds.N`);
 * no unit the request already has a live referral to (else invalid_transition naming each). A
 * referral that has ended (declined, withdrawn, expired) leaves its unit free to be asked again.
 */
export function referRound(args: {
  request: ReferredRequest;
  units: readonly ReferredUnit[];
  /** Every referral already made for the request. */
  referrals: readonly MadeReferral[];
  now: Date;
}): void {
  const { request, units, now } = args;
  assertReferable(request, now);
  const unfit = units.flatMap((u, i): FieldError[] => {
    const why = unfitReason(u, request);
    return why ? [{ field: `body.unitIds.${i}`, message: why }] : [];
  });
  if (unfit.length) throw new NoBedAvailable(unfit.map((e) => e.message).join('; '), unfit);
  const live = liveByUnit(args.referrals, now);
  const twice = units.flatMap((u, i): FieldError[] => {
    const r = live.get(u.id);
    return r
      ? [
          {
            field: `body.unitIds.${i}`,
            message: `${u.name} already has this request’s referral ${r.id} (${r.status})`,
          },
        ]
      : [];
  });
  if (twice.length)
    throw new InvalidTransition(
      `A unit is referred once while its referral is live: ${twice.map((e) => e.message).join('; ')}`,
      twice,
    );
}

/** Only a live offer can be accepted (an expired or decided one is refused); also explains a refused write. */
export function assertLiveOffer(
  referral: Pick<MadeReferral, 'status' | 'offerExpiresAt'> | undefined,
  now: Date,
) {
  const status = referral ? effectiveReferralStatus(referral.status, referral.offerExpiresAt, now) : 'gone';
  if (status !== 'offered')
    throw new InvalidTransition(`The referral is ${status}: only a live offer can be accepted`);
}

/** An offer is accepted only for a request still open as stored (a lapsed one's child still needs the bed). */
export function assertOpenForOffer(request: Pick<ReferredRequest, 'status'>) {
  if (request.status !== 'open') throw new InvalidTransition(`The request is ${request.status}`);
}

/**
 * Why the request refused an acceptance, from the request as DynamoDB returned it: not open, or
 * a live hold reserves another bed for the child. Nothing: it refused only because its referrals
 * moved, and the acceptance may be tried again with it.
 */
export function explainOfferRefusal(request: Pick<ReferredRequest, 'status' | 'holdUntil'>, now: Date) {
  assertOpenForOffer(request);
  if (hasLiveHold(request, now))
    throw new HoldExists('The request has an active hold: release it before accepting an offer');
}

/** Why an answer (offer, decline) to a referral was refused, from the referral as it now is. */
export function explainAnswerRefusal(
  current: Pick<MadeReferral, 'status' | 'offerExpiresAt'> | undefined,
  now: Date,
) {
  const status = current ? effectiveReferralStatus(current.status, current.offerExpiresAt, now) : 'gone';
  return new InvalidTransition(`The referral is ${status}: it can no longer be changed this way`);
}

/**
 * Whether a refused referral round was refused only because another round was written after
 * the request's referrals were read (read them again and decide afresh): the request, as
 * DynamoDB returned it, is still open and not lapsed, and holds another number of referrals.
 * Otherwise the request itself refused it (no longer open, or lapsed).
 */
export function roundRefusedForChange(
  request: { status: RequestStatus; refreshDueAt?: string; referralIds?: { size: number } },
  seen: number,
  now: Date,
): boolean {
  const lapsed = request.refreshDueAt === undefined || Date.parse(request.refreshDueAt) <= now.getTime();
  return request.status === 'open' && !lapsed && (request.referralIds?.size ?? 0) !== seen;
}
