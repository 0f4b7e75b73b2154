import { InvalidTransition, NoBedAvailable, NotFound } from '../domain/errors.js';
import { bedsInChoiceOrder, type PoolRules } from '../domain/pool.js';
import { assertLiveOffer, explainOfferRefusal } from '../domain/referral-rules.js';
import { auditPut } from './audit.js';
import { type ClaimableBed, claimBedItems } from './bed-claim.js';
import { type Db, sleep, type TransactItem, TransactionCancelled } from './db.js';
import { bedOccupiedAudit, placementPut, placementStartedAudit } from './hold-items.js';
import { key } from './keys.js';
import type { Actor, PlacementItem, ReferralItem, RequestItem, ServicePlacementItem } from './records.js';
import { referralMove, withdrawReferralItems } from './referral-items.js';
import type { ReferralStore } from './referrals.js';
import { sameReferrals } from './requests.js';
import { unitOpenCheck } from './unit-status.js';

const ATTEMPTS = 6;
/** Positions in the transaction, to read its cancellation reasons. */
const BED = 0;
const REQUEST = 2;
const REFERRAL = 3;
const PLACEMENT = 4;

interface Acceptance {
  referral: ReferralItem;
  request: RequestItem;
  /** The unit's beds that are free now (or held by a lapsed hold). */
  beds: ClaimableBed[];
  rules: PoolRules;
  /** The placement to make, but for the bed the claim will choose. */
  placement: Omit<ServicePlacementItem, 'bedId'>;
  actor: Actor;
  now: Date;
  /** The call's idempotency record for this placement (shared/store/idempotency.ts), in the same transaction. */
  record?: (placement: ServicePlacementItem) => TransactItem;
}

/**
 * Accepts an offer: in ONE conditional transaction, a free bed of the request's stream at the
 * unit becomes occupied, the placement is made, the request is placed, this referral accepted and
 * every other live referral of the request withdrawn, with their audit events. A bed someone else
 * took first moves on to the next; a referral that changed meanwhile re-reads and tries again.
 * No bed: NoBedAvailable, and nothing is written (the offer stands).
 */
export async function acceptReferral(
  db: Db,
  referrals: ReferralStore,
  a: Acceptance,
): Promise<PlacementItem> {
  const { referral, actor, now } = a;
  let request = a.request;
  // The pool's one rule and bed order (own department's, pooled spot, another's released bed).
  const ordered = bedsInChoiceOrder(a.beds, referral.stream, a.rules, now);
  if (ordered.length === 0)
    throw new NoBedAvailable(`No free ${referral.stream.replace('_', ' ')} bed at ${referral.unitName} now`);
  let others = (await referrals.ofRequest(request)).filter((r) => r.id !== referral.id);
  for (const bed of ordered) {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const placement: ServicePlacementItem = { ...a.placement, bedId: bed.bedId };
      const writes = items(placement, bed, referral, request, others, actor, now);
      // The unit still open and still taking this child: one paused, closed or corrected since
      // it offered (or while this ran) places no one, and the offer stands.
      const unitCheck = writes.push(unitOpenCheck(referral.unitId, request)) - 1;
      // Last: a call with the same key that committed first wins; this one answers as it did.
      if (a.record) writes.push(a.record(placement));
      try {
        await db.transact(writes);
        return placement;
      } catch (error) {
        if (!(error instanceof TransactionCancelled)) throw error;
        if (error.codeAt(unitCheck) === 'ConditionalCheckFailed')
          throw new NoBedAvailable(
            `${referral.unitName} stopped taking this child: the offer can't be accepted now`,
          );
        if (error.codeAt(BED) === 'ConditionalCheckFailed') break; // someone else has this bed: next one
        if (error.codeAt(REFERRAL) === 'ConditionalCheckFailed') {
          assertLiveOffer(error.oldItemAt(REFERRAL) as ReferralItem | undefined, now);
          throw new InvalidTransition('The offer changed while it was being accepted: try again');
        }
        if (error.codeAt(PLACEMENT) === 'ConditionalCheckFailed')
          throw new InvalidTransition('This offer has already been accepted');
        if (error.codeAt(REQUEST) === 'ConditionalCheckFailed') {
          // DynamoDB returns the request as it is (ALL_OLD): refused for good, or (its referrals
          // moved) the request to try again with.
          const current = error.oldItemAt(REQUEST) as RequestItem | undefined;
          if (!current) throw new NotFound('No such request');
          explainOfferRefusal(current, now);
          request = current;
        }
        if (error.conditionFailed || error.conflicted) {
          // A referral of the request moved (declined, offered, a new one made): read them again.
          others = (await referrals.ofRequest(request)).filter((r) => r.id !== referral.id);
          if (attempt < ATTEMPTS) {
            await sleep(Math.random() * 5 * attempt);
            continue;
          }
          throw new InvalidTransition('The request changed while the offer was being accepted: try again');
        }
        throw error;
      }
    }
  }
  throw new NoBedAvailable(
    `Every free ${referral.stream.replace('_', ' ')} bed at ${referral.unitName} was just taken`,
  );
}

function items(
  placement: ServicePlacementItem,
  bed: ClaimableBed,
  referral: ReferralItem,
  request: RequestItem,
  others: ReferralItem[],
  actor: Actor,
  now: Date,
): TransactItem[] {
  const at = now.toISOString();
  const ids = {
    referralId: referral.id,
    requestId: request.id,
    placementId: placement.id,
    unitId: referral.unitId,
  };
  return [
    // The bed → occupied and its counter, exactly as a hold takes one (index 0 failing = taken).
    ...claimBedItems({
      unitId: placement.unitId,
      bed,
      stream: referral.stream,
      claim: { kind: 'placement', placementId: placement.id },
      at,
    }),
    {
      Update: {
        Key: key.request(request.id),
        UpdateExpression:
          'SET #status = :placed, placementId = :pl, placedAt = :at, updatedAt = :at, unmet = :false REMOVE gsi4pk, gsi4sk',
        // Open, no live hold reserving another bed for the child, and the referrals we saw.
        ConditionExpression: `#status = :open AND (attribute_not_exists(holdUntil) OR holdUntil <= :at) AND ${sameReferrals(request)}`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':placed': 'placed',
          ':pl': placement.id,
          ':at': at,
          ':open': 'open',
          ':false': false,
          ...(request.referralIds?.size ? { ':refs': request.referralIds.size } : {}),
        },
        // A refusal explains itself from the request as it is, without a second read.
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    referralMove(
      referral,
      ['offered'],
      'accepted',
      at,
      { placementId: placement.id, decidedAt: at },
      ' AND offerExpiresAt > :at',
    ),
    placementPut(placement, at),
    auditPut({
      entity: referral.id,
      entityType: 'referral',
      action: 'referral.accepted',
      actor,
      at,
      before: { status: 'offered' },
      after: { status: 'accepted', placementId: placement.id },
      // The home that offered now expects the child.
      notify: { to: [`provider:${referral.providerId}`], ids },
    }),
    placementStartedAudit(
      placement,
      {
        requestId: placement.requestId,
        referralId: referral.id,
        homeRegionCode: placement.homeRegionCode,
        distanceKm: placement.distanceKm,
      },
      actor,
      at,
    ),
    bedOccupiedAudit(bed.bedId, bed.state, actor, at),
    auditPut({
      entity: request.id,
      entityType: 'request',
      action: 'request.placed',
      actor,
      at,
      before: { status: 'open' },
      after: { status: 'placed', placementId: placement.id, referralId: referral.id },
    }),
    ...withdrawReferralItems(others, actor, at, 'placed_elsewhere'),
  ];
}
