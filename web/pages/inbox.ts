import type { Role } from '../../shared/contract/enums.js';
import { formatAgo, formatDateTime } from '../format.js';
import { unreadAfter } from '../nav-counts.js';
import { type PageRoute, page } from '../page.js';
import { type Notification, notifications } from '../services/notifications.js';

/** Each event as its organisation reads it: the inbox carries ids only, so the words live here. */
const WHAT: Record<string, string> = {
  'hold.created': 'A bed at your unit was held for a child: accept or decline',
  'hold.accepted': 'A home accepted the child on your hold',
  'hold.declined': 'A home declined your hold',
  'hold.expired': 'A hold ended without a decision',
  'hold.released': 'A hold on your bed was released',
  'referral.created': 'A new referral: offer or decline',
  'referral.offered': 'A home offered a place',
  'referral.declined': 'A home declined a referral',
  'referral.accepted': 'Your offer was accepted: the child is placed with you',
  'referral.withdrawn': 'A referral to you was withdrawn',
  'request.refresh_due': 'A request lapses soon: confirm it is still needed',
  'request.lapsed': 'A request lapsed',
  'request.unmet': 'No unit has a free bed that fits a new request',
  'placement.authority_ending_soon': 'A placement’s legal authority ends soon',
  'placement.authority_lapsed': 'A placement has no current legal authority',
  'bed.freed': 'A bed became free',
};

/** Where each kind of record is seen; a provider has no request page. */
function hrefOf(n: Notification, role: Role): string | undefined {
  switch (n.entity) {
    case 'hold':
      return `/holds/${n.entityId}`;
    case 'referral':
      return `/referrals/${n.entityId}`;
    case 'placement':
      return `/placements/${n.entityId}`;
    case 'request':
      return role === 'provider' ? undefined : `/requests/${n.entityId}`;
    case 'unit':
      return `/units/${n.entityId}`;
    default:
      return undefined;
  }
}

const CURSOR = /^[A-Za-z0-9_-]{1,2048}$/;

/** The organisation's notifications, newest first: the same list Notify and webhooks deliver when deployed. */
export const inboxPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/inbox',
    roles: ['la', 'provider', 'coordinator'],
    handle: async (c) => {
      const asked = c.url.searchParams.get('cursor') ?? '';
      const cursor = CURSOR.test(asked) ? asked : undefined;
      const list = await notifications(c.client, 25, cursor);
      // What is new is said on this view, then counts as seen: the navigation's count clears.
      const after = unreadAfter(c.session);
      const newest = list.items[0]?.createdAt;
      if (newest && newest > (c.session.inboxSeenAt ?? '')) c.session.inboxSeenAt = newest;
      const items = list.items.map((n) => ({
        what: WHAT[n.type] ?? n.type.replace(/[._]/g, ' '),
        href: hrefOf(n, c.user.role),
        at: n.createdAt,
        when: formatDateTime(n.createdAt),
        ago: formatAgo(n.createdAt, c.now),
        fresh: n.createdAt > after,
      }));
      const fresh = items.filter((n) => n.fresh).length;
      return page('inbox.njk', 'Inbox', {
        items,
        fresh: fresh ? `${fresh} new since you last looked` : undefined,
        older: list.nextCursor ? `/inbox?cursor=${encodeURIComponent(list.nextCursor)}` : undefined,
        newest: cursor ? '/inbox' : undefined,
      });
    },
  },
];
