import type { DeclineReason, Department, HoldStatus, Stream } from '../contract/enums.js';
import { HoldExists, InvalidTransition, NoBedAvailable } from './errors.js';
import { bedsInChoiceOrder, isFlex, type PoolBed, type PoolRules } from './pool.js';
import { type StatusFilter, statusFilter } from './status-filter.js';

/**
 * The hold's rules and decisions (SPEC, "Holds"). Each command decides from what it is given and
 * returns what must be written; the store turns that into one conditional transaction. The
 * conditions the store writes re-check the same facts at commit time, so a decision made on a
 * read that went stale is refused by DynamoDB, never half-applied.
 */

/**
 * The status a reader sees: an active hold past its expiry is `expired` at once, whether or
 * not the sweeper has tidied it (DynamoDB TTL can lag by days; the truth is the clock).
 */
export function effectiveHoldStatus(stored: HoldStatus, expiresAt: string, now: Date): HoldStatus {
  if (stored === 'active' && Date.parse(expiresAt) <= now.getTime()) return 'expired';
  return stored;
}

/**
 * `?status=` on a list of holds: an `active` one is stored as active; an `expired` one as active
 * (not yet tidied) or expired (the sweeper has been); the clock tells them apart.
 */
export const holdStatusFilter = <H extends { status: HoldStatus; expiresAt: string }>(
  asked: HoldStatus | undefined,
  now: Date,
): StatusFilter<HoldStatus, H> =>
  statusFilter(asked, {
    storedFor: { active: ['active'], expired: ['active', 'expired'] },
    effective: (h: H) => effectiveHoldStatus(h.status, h.expiresAt, now),
  });

/** The shortest look-back for live holds, whatever HOLD_MINUTES is now. */
const LIVE_WINDOW_FLOOR_MINUTES = 24 * 60;

/**
 * The earliest creation time a list asked for `active` holds needs to read (undefined: all of
 * them). A hold is live for holdMinutes from its creation, so the live ones are among those made
 * since then; a day's margin keeps holds made under a longer HOLD_MINUTES than today's.
 */
export function holdListCreatedSince(
  asked: HoldStatus | undefined,
  holdMinutes: number,
  now: Date,
): string | undefined {
  if (asked !== 'active') return undefined;
  const window = Math.max(holdMinutes, LIVE_WINDOW_FLOOR_MINUTES) * 60_000;
  return new Date(now.getTime() - window).toISOString();
}

/** What the hold rules read of a request. */
interface HoldingRequest {
  id: string;
  status: string;
  stream: Stream;
  /** The expiry of the request's latest hold, if it has one. */
  holdUntil?: string;
}

/** Does the request have a hold that is still live? The one home of "at most one active hold per request". */
export function hasLiveHold(request: Pick<HoldingRequest, 'holdUntil'>, now: Date): boolean {
  return request.holdUntil !== undefined && Date.parse(request.holdUntil) > now.getTime();
}

/**
 * Why a request may not take a hold now (throws), or nothing. Used before the write and to
 * explain a refused write from the request as DynamoDB returned it.
 */
export function assertMayHold(request: Pick<HoldingRequest, 'status' | 'holdUntil'>, now: Date): void {
  if (request.status !== 'open') throw new InvalidTransition(`The request is ${request.status}`);
  if (hasLiveHold(request, now))
    throw new HoldExists('The request already has an active hold: release it before holding another bed');
}

/** A bed the hold may take, with what the pool rules need. */
export interface FreeBed extends PoolBed {
  bedId: string;
}

/** One bed to try, and what the hold will say about it. */
export interface HoldChoice<B extends FreeBed> {
  bed: B;
  contractedTo: Department | null;
  flex: boolean;
}

/**
 * Decides a hold: the request must be open with no live hold; the beds to
 * try, in the pool's order (own department's, pooled spot, another department's released bed),
 * each with `contractedTo` and `flex`; and the expiry. No bed the child may take: `no_bed_available`.
 */
export function placeHold<B extends FreeBed>(args: {
  request: HoldingRequest;
  unit: { name: string; status?: string };
  beds: readonly B[];
  rules: PoolRules;
  now: Date;
  holdMinutes: number;
}): { expiresAt: string; choices: HoldChoice<B>[] } {
  const { request, unit, now } = args;
  assertMayHold(request, now);
  const ordered = bedsInChoiceOrder(args.beds, request.stream, args.rules, now);
  if (ordered.length === 0)
    throw new NoBedAvailable(
      `No free bed at ${unit.name} that a ${request.stream.replace('_', ' ')} child may take now`,
    );
  return {
    expiresAt: new Date(now.getTime() + args.holdMinutes * 60_000).toISOString(),
    choices: ordered.map((bed) => ({
      bed,
      contractedTo: bed.contractedTo,
      flex: isFlex(bed, request.stream),
    })),
  };
}

/** What the deciding commands read of a hold. */
interface DecidedHold {
  status: HoldStatus;
  expiresAt: string;
}

/** Only a live hold can be accepted, declined or released: an expired one has already let its bed go. */
function assertLive(hold: DecidedHold, now: Date): void {
  const status = effectiveHoldStatus(hold.status, hold.expiresAt, now);
  if (status !== 'active') throw new InvalidTransition(`The hold is ${status}: it can no longer be changed`);
}

/** Releasing a released hold again changes nothing and answers the hold as it is (SPEC: idempotent). */
export const isReleaseRepeat = (hold: { status: HoldStatus }) => hold.status === 'released';

/** Accepting a hold: the hold must be live; it becomes `accepted`, its bed `occupied`, and a placement starts now. */
export function acceptHold(hold: DecidedHold, now: Date): { status: 'accepted'; decidedAt: string } {
  assertLive(hold, now);
  return { status: 'accepted', decidedAt: now.toISOString() };
}

/** Declining (provider) or releasing (LA) a hold: the hold must be live; its bed is free again. */
export function declineHold(
  hold: DecidedHold,
  outcome: 'declined' | 'released',
  now: Date,
  reason?: DeclineReason,
  note?: string,
): {
  status: 'declined' | 'released';
  decidedAt: string;
  declineReason?: DeclineReason;
  declineNote?: string;
} {
  assertLive(hold, now);
  return {
    status: outcome,
    decidedAt: now.toISOString(),
    ...(reason ? { declineReason: reason } : {}),
    ...(reason && note ? { declineNote: note } : {}),
  };
}

/** Why a deciding write was refused, from the hold as DynamoDB returned it (or as last read). */
export function explainDecisionRefusal(current: DecidedHold | undefined, now: Date): InvalidTransition {
  const status = current ? effectiveHoldStatus(current.status, current.expiresAt, now) : 'unknown';
  return new InvalidTransition(`The hold is ${status}: it can no longer be changed`);
}
