import type { Referral } from '../../contract/referrals.js';
import type { Caller } from '../../domain/access.js';
import { effectiveReferralStatus, referralEndedFor } from '../../domain/referrals.js';
import type { ReferralItem } from '../../store/records.js';

/**
 * The referral as the contract shows it to `caller`, a lapsed offer read as such at `now`. A home
 * whose referral has ended no longer sees the child's facts: its access to the request ended too.
 */
export function toReferral(r: ReferralItem, now: Date, caller: Caller): Referral {
  const status = effectiveReferralStatus(r.status, r.offerExpiresAt, now);
  const referral: Referral = {
    id: r.id,
    requestId: r.requestId,
    unitId: r.unitId,
    unitName: r.unitName,
    providerId: r.providerId,
    laCode: r.laCode,
    stream: r.stream,
    status,
    respondBy: r.respondBy,
    offerExpiresAt: r.offerExpiresAt ?? null,
    declineReason: r.declineReason ?? null,
    declineNote: r.declineNote ?? null,
    placementId: r.placementId ?? null,
    ageYears: r.ageYears,
    sex: r.sex,
    legalBasis: r.legalBasis,
    needs: r.needs,
    profile: r.profile,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt ?? null,
    updatedAt: r.updatedAt,
  };
  if (referralEndedFor(caller, status, now)) {
    for (const field of CHILD_FIELDS) delete referral[field];
  }
  return referral;
}

const CHILD_FIELDS = ['ageYears', 'sex', 'legalBasis', 'needs', 'profile'] as const;
