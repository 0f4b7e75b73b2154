import type { Referral } from '../../shared/contract/referrals.js';
import type { Request } from '../../shared/contract/schemas.js';
import { isUnanswered } from '../../shared/domain/referrals.js';
import { formatAgo, formatDateTime, laName } from '../format.js';
import { profileLine } from './common.js';

/** A request this close to its refresh date is shown as lapsing, so someone can phone the LA first. */
const LAPSING_WITHIN_MS = 3 * 86_400_000;

/**
 * What the board adds for referrals and the request rhythm: homes that have not answered in time
 * (oldest first) and requests that have lapsed or soon will (lapsed first, then soonest).
 */
export function boardAttention(open: Request[], lapsed: Request[], pending: Referral[], now: Date) {
  const soon = open.filter(
    (r) => r.status === 'open' && Date.parse(r.refreshDueAt) - now.getTime() <= LAPSING_WITHIN_MS,
  );
  const lapsing = [
    ...lapsed.filter((r) => r.status === 'lapsed'),
    ...soon.sort((a, b) => a.refreshDueAt.localeCompare(b.refreshDueAt)),
  ];
  const unanswered = pending
    .filter((r) => isUnanswered(r, now))
    .sort((a, b) => a.respondBy.localeCompare(b.respondBy));
  return {
    unanswered: unanswered.map((r) => ({
      href: `/referrals/${r.id}`,
      unit: r.unitName,
      la: laName(r.laCode),
      child: profileLine(r),
      due: formatDateTime(r.respondBy),
      late: formatAgo(r.respondBy, now).replace(/ ago$/, ''),
    })),
    lapsing: lapsing.map((r) => ({
      href: `/requests/${r.id}`,
      childRef: r.childRef,
      la: laName(r.laCode),
      profile: profileLine(r),
      due: formatDateTime(r.refreshDueAt),
      lapsed: r.status === 'lapsed',
    })),
  };
}
