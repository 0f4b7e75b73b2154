import type { Hold } from '../../contract/schemas.js';
import { effectiveHoldStatus } from '../../domain/holds.js';
import type { HoldItem } from '../../store/records.js';

/** The hold as the contract shows it, its status read at `now` (a lapsed hold reads `expired`). */
export function toHold(h: HoldItem, now: Date): Hold {
  return {
    id: h.id,
    requestId: h.requestId,
    unitId: h.unitId,
    bedId: h.bedId,
    providerId: h.providerId,
    laCode: h.laCode,
    stream: h.stream,
    status: effectiveHoldStatus(h.status, h.expiresAt, now),
    expiresAt: h.expiresAt,
    createdAt: h.createdAt,
    decidedAt: h.decidedAt ?? null,
    declineReason: h.declineReason ?? null,
    declineNote: h.declineNote ?? null,
    placementId: h.placementId ?? null,
    contractedTo: h.contractedTo ?? null,
    flex: h.flex ?? false,
  };
}
