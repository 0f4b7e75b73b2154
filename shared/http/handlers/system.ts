import { AuditEvent, AuditQuery, Health, listOf } from '../../contract/schemas.js';
import { route } from '../types.js';

export const systemRoutes = [
  route({
    method: 'GET',
    path: '/health',
    group: 'health',
    policy: 'public',
    summary: 'Liveness: 200 once the store answers, 503 within 3 s when it does not',
    response: Health,
    handler: async (ctx) => {
      // Its own short budget (2 s), so a stalled store answers 503 inside a health check's patience.
      await ctx.deps.store.db.ping();
      return { status: 200, body: { status: 'ok' } };
    },
  }),
  route({
    method: 'GET',
    path: '/v1/audit',
    group: 'audit',
    policy: ['coordinator'],
    summary: "An entity's audit trail, oldest first",
    query: AuditQuery,
    response: listOf(AuditEvent),
    handler: async (ctx) => {
      const p = await ctx.deps.store.audit.forEntity(ctx.query.entity, ctx.query.limit, ctx.query.cursor);
      return { status: 200, body: { items: p.items, ...(p.nextCursor ? { nextCursor: p.nextCursor } : {}) } };
    },
  }),
];
