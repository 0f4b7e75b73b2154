import type { ReferralStatus } from '../contract/enums.js';
import { isOpenReferral } from '../domain/referrals.js';
import { auditPut } from './audit.js';
import type { TransactItem } from './db.js';
import { key } from './keys.js';
import type { Actor, ReferralItem } from './records.js';

/** A referral leaves pending or offered only through one of these, each conditional on where it stands. */
export function referralMove(
  r: Pick<ReferralItem, 'id'>,
  from: readonly ReferralStatus[],
  to: ReferralStatus,
  at: string,
  set: Record<string, string> = {},
  extraCondition = '',
): TransactItem {
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = { ':to': to, ':at': at };
  const sets = ['#status = :to', 'updatedAt = :at'];
  for (const [k, v] of Object.entries(set)) {
    names[`#${k}`] = k;
    values[`:${k}`] = v;
    sets.push(`#${k} = :${k}`);
  }
  const froms = from.map((s, i) => {
    values[`:from${i}`] = s;
    return `:from${i}`;
  });
  return {
    Update: {
      Key: key.referral(r.id),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: `#status IN (${froms.join(', ')})${extraCondition}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      // A refusal explains itself from the referral as it is, without a second read.
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/**
 * Items that withdraw every live referral in `referrals` (the request was placed or withdrawn),
 * each telling its provider; for the caller's transaction.
 */
export function withdrawReferralItems(
  referrals: readonly ReferralItem[],
  actor: Actor,
  at: string,
  why: string,
): TransactItem[] {
  return referrals.filter(isOpenReferral).flatMap((r) => [
    referralMove(r, [r.status], 'withdrawn', at),
    auditPut({
      entity: r.id,
      entityType: 'referral',
      action: 'referral.withdrawn',
      actor,
      at,
      before: { status: r.status },
      after: { status: 'withdrawn', why },
      notify: {
        to: [`provider:${r.providerId}`],
        ids: { referralId: r.id, requestId: r.requestId, unitId: r.unitId },
      },
    }),
  ]);
}
