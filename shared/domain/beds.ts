import type { BedState, ClosedReason, Stream } from '../contract/enums.js';
import { InvalidTransition, NoBedAvailable, PreconditionRequired, VersionMismatch } from './errors.js';
import { mayTake, type PoolBed, type PoolRules } from './pool.js';

/**
 * A bed's own rules: its version as an ETag, which state changes a person may make by hand, and
 * when a bed may take a child recorded from outside the service. The store writes what these
 * decide, on conditions that re-check the same facts at commit time.
 */

/** Strong ETag of a record's version. */
export const etagOf = (version: number) => `"${version}"`;

/** Parses an If-Match value (`"3"`, `W/"3"` or `3`) to a version. */
export function versionFromEtag(etag: string | undefined): number {
  if (etag === undefined || etag.trim() === '')
    throw new PreconditionRequired('Send If-Match with the current ETag');
  // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches, whatever its number.
  if (/^W\//i.test(etag.trim()))
    throw new VersionMismatch('A weak ETag never matches: send the ETag as given');
  const m = /^"?(\d{1,9})"?$/.exec(etag.trim());
  if (!m?.[1]) throw new VersionMismatch('If-Match does not match the current ETag');
  return Number(m[1]);
}

/** What the bed rules read of a bed. */
interface RuledBed {
  bedId: string;
  state: BedState;
  version: number;
  heldUntil?: string;
  contractedTo: PoolBed['contractedTo'];
}

/** A change a provider makes by hand: open or close a bed it saw at `version`. */
export interface BedStateChange {
  version: number;
  state: 'available' | 'closed';
  reason?: ClosedReason;
}

/**
 * Decides a hand-made change: only the version the caller saw, and only a free or closed bed (a
 * held or occupied one changes through its hold or placement). Returns the bed's next state, with
 * whether it now starts its free time (after_hours pool rules) or ends it.
 */
export function changeBedState(
  bed: RuledBed,
  change: BedStateChange,
): {
  state: 'available' | 'closed';
  reason: ClosedReason | null;
  version: number;
  freeSince: 'start' | 'keep' | 'end';
} {
  if (bed.version !== change.version)
    throw new VersionMismatch(`Bed ${bed.bedId} has changed since you read it`);
  if (bed.state === 'held' || bed.state === 'occupied')
    throw new InvalidTransition(`Bed ${bed.bedId} is ${bed.state}: it changes through its hold or placement`);
  return {
    state: change.state,
    // An open bed has no closure reason, whatever a bulk change sent with it.
    reason: change.state === 'closed' ? (change.reason ?? null) : null,
    version: bed.version + 1,
    freeSince: change.state === 'closed' ? 'end' : bed.state === 'available' ? 'keep' : 'start',
  };
}

/** A hold whose time ran out still marks its bed `held` until the sweeper tidies it: the bed is free. */
export function hasLapsedHold(bed: Pick<RuledBed, 'state' | 'heldUntil'>, now: Date): boolean {
  return bed.state === 'held' && bed.heldUntil !== undefined && Date.parse(bed.heldUntil) <= now.getTime();
}

/**
 * Why this bed can't take a child recorded from outside the service now, if it can't: in the
 * words of the bed's state, then of the pool rules (the same `mayTake` a hold and a referral
 * acceptance obey).
 */
export function assertMayRecordExternal(
  bed: RuledBed,
  claimable: PoolBed,
  stream: Stream,
  rules: PoolRules,
  now: Date,
): void {
  if (bed.state === 'closed')
    throw new InvalidTransition(`Bed ${bed.bedId} is closed: open it before recording a child in it`);
  if (bed.state !== 'available' && !hasLapsedHold(bed, now))
    throw new NoBedAvailable(`Bed ${bed.bedId} is ${bed.state}`);
  if (!mayTake(claimable, stream, rules, now))
    throw new NoBedAvailable(
      `Bed ${bed.bedId} is contracted to ${bed.contractedTo}, whose pool rule does not release it to a ${stream.replace('_', ' ')} child now`,
    );
}
