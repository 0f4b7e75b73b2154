import type { Request } from '../../contract/schemas.js';
import { hasLiveHold } from '../../domain/holds.js';
import { effectiveRequestStatus, refreshDueOf, reviewDueOf } from '../../domain/requests.js';
import type { RequestItem } from '../../store/records.js';

/** The request as the contract shows it, its status and live hold read at `now`. */
export function toRequest(r: RequestItem, now: Date): Request {
  const holdLive = r.holdId && hasLiveHold(r, now);
  return {
    id: r.id,
    laCode: r.laCode,
    childRef: r.childRef,
    ageYears: r.ageYears,
    sex: r.sex,
    stream: r.stream,
    legalBasis: r.legalBasis,
    needs: r.needs,
    homeLaCode: r.homeLaCode,
    neededBy: r.neededBy,
    legalAuthorityEndsOn: r.legalAuthorityEndsOn ?? null,
    status: effectiveRequestStatus(r.status, refreshDueOf(r), now),
    unmet: r.unmet,
    activeHoldId: holdLive ? (r.holdId ?? null) : null,
    placementId: r.placementId ?? null,
    attempts: r.attempts,
    profile: r.profile ?? {},
    sosApprovalRef: r.sosApprovalRef ?? null,
    refreshDueAt: refreshDueOf(r),
    reviewDueAt: reviewDueOf(r),
    outcome: r.outcome ?? null,
    outcomeNote: r.outcomeNote ?? null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
