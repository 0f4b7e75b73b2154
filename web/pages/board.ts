import { formatAgo, formatDate, laName } from '../format.js';
import { type PageRoute, page } from '../page.js';
import { referrals } from '../services/referrals.js';
import { activeHolds, activePlacements, allUnits, openRequests } from '../services/register.js';
import { requests as requestsOf } from '../services/requests.js';
import { boardAttention } from './board-referrals.js';
import { expiryOf, profileLine, unitName } from './common.js';
import { unlawfulRows } from './placement-view.js';

/** The national coordinators' board: who waits, what is held (soonest to lapse first), what is stale. */
export const boardPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/board',
    roles: ['coordinator'],
    handle: async (c) => {
      const client = c.client;
      const [requests, holds, unitList, placements, pending, lapsed] = await Promise.all([
        openRequests(client),
        activeHolds(client),
        allUnits(client),
        activePlacements(client),
        referrals(client, { status: 'pending' }),
        requestsOf(client, { status: 'lapsed' }),
      ]);
      const attention = boardAttention(requests, lapsed, pending, c.now);
      const units = new Map(unitList.map((u) => [u.id, u]));
      const live = holds
        .filter((h) => h.status === 'active')
        .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
      const stale = unitList.filter((u) => u.stale).sort((a, b) => a.name.localeCompare(b.name));
      const waiting = requests
        .filter((r) => r.status === 'open')
        .sort((a, b) => a.neededBy.localeCompare(b.neededBy) || a.createdAt.localeCompare(b.createdAt));
      return page('board.njk', 'National board', {
        counts: {
          waiting: waiting.length,
          held: live.length,
          endingSoon: live.filter((h) => expiryOf(h, c.now).soon).length,
          stale: stale.length,
          unlawful: unlawfulRows(placements, units).length,
          unanswered: attention.unanswered.length,
          lapsing: attention.lapsing.length,
        },
        ...attention,
        unlawful: unlawfulRows(placements, units),
        waiting: waiting.map((r) => ({
          href: `/requests/${r.id}`,
          childRef: r.childRef,
          la: laName(r.laCode),
          profile: profileLine(r),
          neededBy: formatDate(r.neededBy),
          waiting: formatAgo(r.createdAt, c.now).replace(/ ago$/, ''),
          held: Boolean(r.activeHoldId),
        })),
        holds: live.map((h) => {
          const e = expiryOf(h, c.now);
          return {
            href: `/holds/${h.id}`,
            unit: unitName(units, h.unitId),
            la: laName(h.laCode),
            time: e.time,
            left: e.left,
            soon: e.soon,
          };
        }),
        stale: stale.map((u) => ({
          href: `/units/${u.id}`,
          name: u.name,
          provider: u.providerName,
          confirmed: formatAgo(u.lastConfirmedAt, c.now),
        })),
      });
    },
  },
];
