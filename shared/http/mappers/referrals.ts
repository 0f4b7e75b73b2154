import type { Referral } from '../../contract/referrals.js';
import { effectiveReferralStatus } from '../../domain/referrals.js';
import type { ReferralItem } from '../../store/records.js';

/** The referral as the contract shows it, a lapsed offer read as such at `now`. */
export function toReferral(r: ReferralItem, now: Date): Referral {
  return {
    id: r.id,
    requestId: r.requestId,
    unitId: r.unitId,
    unitName: r.unitName,
    providerId: r.providerId,
    laCode: r.laCode,
    stream: r.stream,
    status: effectiveReferralStatus(r.status, r.offerExpiresAt, now),
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
}
