import type { DeclineReason } from '../contract/enums.js';
import type { HoldChoice } from '../domain/holds.js';
import { auditPut } from './audit.js';
import { type ClaimableBed, type ClaimUnit, claimBedItems } from './bed-claim.js';
import type { TransactItem } from './db.js';
import { index, key } from './keys.js';
import type { Actor, HoldItem, PlacementItem, RequestItem, ServicePlacementItem } from './records.js';
import { newId } from './requests.js';
import { unitOpenCheck } from './unit-status.js';

/** Transaction items a hold writes, besides its bed's (bed-claim.ts). Index attributes come from keys.ts. */

/** The hold a choice of bed makes, live until `expiresAt`; it carries what its lists show without reading further. */
export function newHold(
  request: RequestItem,
  unit: ClaimUnit,
  choice: HoldChoice<ClaimableBed>,
  expiresAt: string,
  now: Date,
): HoldItem {
  return {
    id: newId('hold'),
    requestId: request.id,
    unitId: unit.id,
    bedId: choice.bed.bedId,
    providerId: unit.providerId,
    laCode: request.laCode,
    stream: request.stream,
    regionCode: unit.regionCode,
    homeRegionCode: request.homeRegionCode,
    status: 'active',
    expiresAt,
    createdAt: now.toISOString(),
    bedStreams: choice.bed.eligibleStreams,
    contractedTo: choice.contractedTo,
    flex: choice.flex,
  };
}

/**
 * The writes that make a hold, but its idempotency record: the bed claimed (bed-claim.ts), the
 * hold, the request's pointer (item 3: a refusal is read from it), the audit event, and last the
 * unit-is-open check (UNIT_OPEN_CHECK). The claim commits them; the bench times them bare.
 */
export function newHoldItems(
  hold: HoldItem,
  request: RequestItem,
  bed: ClaimableBed,
  actor: Actor,
  at: string,
) {
  return [
    ...claimBedItems({
      unitId: hold.unitId,
      bed,
      stream: request.stream,
      claim: { kind: 'hold', holdId: hold.id, until: hold.expiresAt },
      at,
    }),
    holdPut(hold),
    requestHoldPointer(hold, request, at),
    holdCreatedAudit(hold, actor, at),
    unitOpenCheck(hold.unitId, request),
  ];
}

/** The new hold, with its index attributes (the LA's, the provider's, the national list, live holds by expiry). */
export function holdPut(hold: HoldItem): TransactItem {
  const sk = `${hold.createdAt}#${hold.id}`;
  return {
    Put: {
      Item: {
        ...key.hold(hold.id),
        gsi1pk: index.laHolds(hold.laCode),
        gsi1sk: sk,
        gsi2pk: index.providerHolds(hold.providerId),
        gsi2sk: sk,
        gsi3pk: index.allHolds,
        gsi3sk: sk,
        gsi4pk: index.activeHolds,
        gsi4sk: `${hold.expiresAt}#${hold.id}`,
        type: 'hold',
        ...hold,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * The request points at its new hold, on condition that it is open and has no live hold: the
 * write-time check of `assertMayHold`. On refusal DynamoDB returns the request (ALL_OLD), so the
 * refusal is explained without reading it again.
 */
export function requestHoldPointer(hold: HoldItem, request: RequestItem, at: string): TransactItem {
  return {
    Update: {
      Key: key.request(request.id),
      UpdateExpression:
        'SET holdId = :hold, holdUntil = :until, updatedAt = :now, gsi2pk = :prov, gsi2sk = :sk ADD attempts :one, providerIds :provSet',
      ConditionExpression: '#status = :open AND (attribute_not_exists(holdUntil) OR holdUntil <= :now)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':hold': hold.id,
        ':until': hold.expiresAt,
        ':now': at,
        ':open': 'open',
        ':one': 1,
        ':prov': index.providerRequests(hold.providerId),
        ':sk': `${request.createdAt}#${request.id}`,
        ':provSet': new Set([hold.providerId]),
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

export function holdCreatedAudit(hold: HoldItem, actor: Actor, at: string): TransactItem {
  return auditPut({
    entity: hold.id,
    entityType: 'hold',
    action: 'hold.created',
    actor,
    at,
    before: null,
    after: {
      status: 'active',
      requestId: hold.requestId,
      unitId: hold.unitId,
      bedId: hold.bedId,
      expiresAt: hold.expiresAt,
      contractedTo: hold.contractedTo ?? null,
      flex: hold.flex ?? false,
    },
    notify: {
      to: [`provider:${hold.providerId}`],
      ids: { holdId: hold.id, unitId: hold.unitId, requestId: hold.requestId },
    },
  });
}

/**
 * A live hold's decision (accepted, declined, released), on condition that it is still active and
 * unexpired; on refusal the hold comes back (ALL_OLD) to say what it is now.
 */
export function holdDecision(hold: HoldItem, change: Record<string, string>, at: string): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':active': 'active', ':at': at };
  const sets: string[] = [];
  for (const [k, v] of Object.entries(change)) {
    names[`#${k}`] = k;
    values[`:${k}`] = v;
    sets.push(`#${k} = :${k}`);
  }
  names['#status'] = 'status';
  return {
    Update: {
      Key: key.hold(hold.id),
      UpdateExpression: `SET ${sets.join(', ')} REMOVE gsi4pk, gsi4sk`,
      ConditionExpression: '#status = :active AND expiresAt > :at',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** The request no longer has this hold (condition: it still points at it). */
export function releaseRequest(hold: HoldItem, at: string): TransactItem {
  return {
    Update: {
      Key: key.request(hold.requestId),
      UpdateExpression: 'SET updatedAt = :at REMOVE holdId, holdUntil',
      ConditionExpression: 'holdId = :hold',
      ExpressionAttributeValues: { ':at': at, ':hold': hold.id },
    },
  };
}

/** The request is placed by this hold's placement (condition: open, and still pointing at this hold). */
export function requestPlaced(hold: HoldItem, placementId: string, at: string): TransactItem {
  return {
    Update: {
      Key: key.request(hold.requestId),
      UpdateExpression:
        'SET #status = :placed, placementId = :pl, placedAt = :at, updatedAt = :at, unmet = :false REMOVE holdId, holdUntil',
      ConditionExpression: '#status = :open AND holdId = :hold',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':placed': 'placed',
        ':pl': placementId,
        ':at': at,
        ':open': 'open',
        ':hold': hold.id,
        ':false': false,
      },
    },
  };
}

/**
 * The new placement, with its index attributes: the placing LA's list (none for an external
 * placement, which no LA made through this service), the provider's and the national one, each
 * sorted by `at`: when the placement started (usage reads the national list up to a date).
 */
export function placementPut(placement: PlacementItem, at: string): TransactItem {
  const sk = `${at}#${placement.id}`;
  return {
    Put: {
      Item: {
        ...key.placement(placement.id),
        ...(placement.laCode ? { gsi1pk: index.laPlacements(placement.laCode), gsi1sk: sk } : {}),
        gsi2pk: index.providerPlacements(placement.providerId),
        gsi2sk: sk,
        gsi3pk: index.allPlacements,
        gsi3sk: sk,
        type: 'placement',
        ...placement,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * The event of a placement starting, whichever way it started (an accepted hold or offer, or a
 * child recorded from outside): where the child is, and what the way it started adds (`facts`).
 * The usage figures and the demand rebuild read these events.
 */
export function placementStartedAudit(
  p: PlacementItem,
  facts: Record<string, unknown>,
  actor: Actor,
  at: string,
): TransactItem {
  return auditPut({
    entity: p.id,
    entityType: 'placement',
    action: 'placement.started',
    actor,
    at,
    before: null,
    after: {
      status: 'active',
      unitId: p.unitId,
      bedId: p.bedId,
      stream: p.stream,
      regionCode: p.regionCode,
      ...facts,
    },
  });
}

/** The event of a bed taken by a placement, from the state it was in (free, or held by the hold accepted). */
export function bedOccupiedAudit(
  bedId: string,
  from: string,
  actor: Actor,
  at: string,
  facts: Record<string, unknown> = {},
): TransactItem {
  return auditPut({
    entity: bedId,
    entityType: 'bed',
    action: 'bed.occupied',
    actor,
    at,
    before: { state: from },
    after: { state: 'occupied', ...facts },
  });
}

/** The accepted hold's events: the hold, the placement that starts, the bed that is now occupied. */
export function acceptedAudits(
  hold: HoldItem,
  placement: ServicePlacementItem,
  actor: Actor,
  at: string,
): TransactItem[] {
  return [
    auditPut({
      entity: hold.id,
      entityType: 'hold',
      action: 'hold.accepted',
      actor,
      at,
      before: { status: 'active' },
      after: { status: 'accepted', placementId: placement.id },
      notify: {
        to: [`la:${hold.laCode}`],
        ids: { holdId: hold.id, placementId: placement.id, requestId: hold.requestId },
      },
    }),
    placementStartedAudit(
      placement,
      {
        requestId: placement.requestId,
        homeRegionCode: placement.homeRegionCode,
        distanceKm: placement.distanceKm,
        contractedTo: placement.contractedTo ?? null,
        flex: placement.flex ?? false,
      },
      actor,
      at,
    ),
    bedOccupiedAudit(hold.bedId, 'held', actor, at),
  ];
}

/** A declined or released hold's event, for the other party. */
export function holdEndedAudit(
  hold: HoldItem,
  outcome: 'declined' | 'released' | 'expired',
  actor: Actor,
  at: string,
  reason?: DeclineReason,
): TransactItem {
  const to =
    outcome === 'declined'
      ? [`la:${hold.laCode}`]
      : outcome === 'released'
        ? [`provider:${hold.providerId}`]
        : [`la:${hold.laCode}`, `provider:${hold.providerId}`];
  return auditPut({
    entity: hold.id,
    entityType: 'hold',
    action: `hold.${outcome}`,
    actor,
    at,
    before: { status: 'active' },
    after: { status: outcome, ...(reason ? { declineReason: reason } : {}) },
    notify: {
      to,
      ids:
        outcome === 'expired'
          ? { holdId: hold.id, requestId: hold.requestId }
          : { holdId: hold.id, requestId: hold.requestId, unitId: hold.unitId },
    },
  });
}
