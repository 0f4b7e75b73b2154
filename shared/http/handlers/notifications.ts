import { Notification, NotificationsQuery } from '../../contract/referrals.js';
import { listOf } from '../../contract/schemas.js';
import { inboxOfPrincipal } from '../../store/inbox-items.js';
import { page } from '../respond.js';
import { route } from '../types.js';

export const notificationRoutes = [
  route({
    method: 'GET',
    path: '/v1/notifications',
    group: 'requests',
    policy: ['la', 'provider', 'coordinator', 'commissioner'],
    summary:
      "Your organisation's notifications, newest first: what happened and to which record (ids only, never a childRef)",
    query: NotificationsQuery,
    response: listOf(Notification),
    handler: async (ctx) => {
      const p = await ctx.deps.store.notifications.list(
        inboxOfPrincipal(ctx.principal),
        ctx.query.limit,
        ctx.query.cursor,
      );
      return { status: 200, body: page(p, (n) => n) };
    },
  }),
];
